#include "about/aboutdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

#include <sonnet_version.h>

using namespace Qt::StringLiterals;

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About Newsdesk"));

    auto *icon = new QLabel(this);
    const QIcon appIcon = QIcon::fromTheme(u"org.newsdesk.Newsdesk"_s, QIcon(u":/newsdesk/icons/newsdesk.svg"_s));
    icon->setPixmap(appIcon.pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    m_text = new QLabel(this);
    m_text->setObjectName(u"aboutText"_s);
    m_text->setTextFormat(Qt::RichText);
    m_text->setOpenExternalLinks(true);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setText(u"<h2>Newsdesk %1</h2><p>%2</p><p>%3</p><p>%4<br>%5</p><p>%6</p>"_s.arg(
        newsdeskVersion().toHtmlEscaped(), tr("Desktop editor for German-language newsrooms.").toHtmlEscaped(),
        tr("Licence: %1").arg(licence()).toHtmlEscaped(), tr("Qt %1").arg(qtVersion()).toHtmlEscaped(),
        tr("KDE Sonnet %1 (spell checking with Hunspell)").arg(sonnetVersion()).toHtmlEscaped(),
        tr("Built with Qt and KDE Frameworks. Dictionaries by the Hunspell and LibreOffice communities.")
            .toHtmlEscaped()));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &AboutDialog::reject);

    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
}

QString AboutDialog::newsdeskVersion()
{
    return QStringLiteral(NEWSDESK_VERSION);
}

QString AboutDialog::qtVersion()
{
    // The Qt actually loaded, which may be newer than the one we were built against.
    return QString::fromLatin1(qVersion());
}

QString AboutDialog::sonnetVersion()
{
    return QStringLiteral(SONNET_VERSION_STRING);
}

QString AboutDialog::licence()
{
    return u"GPL-3.0-or-later"_s;
}
