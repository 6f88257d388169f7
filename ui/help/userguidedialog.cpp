#include "help/userguidedialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

UserGuideDialog::UserGuideDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(u"userGuideDialog"_s);
    setWindowTitle(tr("Newsdesk User Guide"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSearchPaths({u":/newsdesk/docs"_s});
    QFile guide(u":/newsdesk/docs/user-guide.md"_s);
    if (guide.open(QIODevice::ReadOnly)) {
        m_browser->setMarkdown(QString::fromUtf8(guide.readAll()));
        fitPictures();
    } else {
        m_browser->setPlainText(tr("The user guide is not installed."));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(760, 640);
}

void UserGuideDialog::fitPictures()
{
    // The screenshots are 1366 and 1920 pixels wide: shown at the dialog's width (the height
    // follows), not behind a horizontal scroll bar.
    struct Picture {
        int position;
        int length;
        QTextImageFormat format;
    };
    QList<Picture> pictures; // collected first: a new format splits the fragments walked
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextImageFormat image = it.fragment().charFormat().toImageFormat();
            if (image.isValid())
                pictures.append({it.fragment().position(), it.fragment().length(), image});
        }
    }
    QTextCursor cursor(m_browser->document());
    for (Picture &picture : pictures) {
        picture.format.setWidth(680);
        cursor.setPosition(picture.position);
        cursor.setPosition(picture.position + picture.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(picture.format);
    }
}
