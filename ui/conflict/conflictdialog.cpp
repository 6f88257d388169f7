#include "conflictdialog.h"

#include "articlediff.h"
#include "storage/articlesnapshot.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ConflictDialog::ConflictDialog(const Article &mine, const Article &theirs, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Saved elsewhere in the meantime"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Someone saved this article (revision %1) while you were editing revision %2. "
                                "Nothing has been overwritten. Choose how to go on; both versions are kept either way.")
                                 .arg(theirs.revision)
                                 .arg(mine.revision),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    const ArticleDiff diff(theirs, mine);
    QList<FieldDifference> rows = diff.fields();
    if (diff.bodyChanged())
        rows.append({u"body"_s, ArticleSnapshot::bodyText(theirs.bodyHtml), ArticleSnapshot::bodyText(mine.bodyHtml)});
    m_table = new QTableWidget(int(rows.size()), 3, this);
    m_table->setObjectName(u"conflictFields"_s);
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Their version (revision %1)").arg(theirs.revision), tr("Your version")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setWordWrap(true);
    for (int row = 0; row < rows.size(); ++row) {
        const FieldDifference &difference = rows.at(row);
        const QString label = difference.field == u"body"_s ? tr("Body") : ArticleDiff::fieldLabel(difference.field);
        m_table->setItem(row, 0, new QTableWidgetItem(label));
        m_table->setItem(row, 1, new QTableWidgetItem(difference.before));
        m_table->setItem(row, 2, new QTableWidgetItem(difference.after));
    }
    m_table->resizeRowsToContents();
    layout->addWidget(m_table);

    auto *buttons = new QDialogButtonBox(this);
    const auto addChoice = [this, buttons](const QString &text, const QString &name, ConflictChoice choice) {
        QPushButton *button = buttons->addButton(text, QDialogButtonBox::AcceptRole);
        button->setObjectName(name);
        connect(button, &QPushButton::clicked, this, [this, choice] { choose(choice); });
    };
    addChoice(tr("&Keep mine as a new revision"), u"keepMine"_s, ConflictChoice::KeepMine);
    addChoice(tr("&Take theirs"), u"takeTheirs"_s, ConflictChoice::TakeTheirs);
    addChoice(tr("&Copy mine into a new article"), u"copyMine"_s, ConflictChoice::CopyMineAsNew);
    layout->addWidget(buttons);
    resize(900, 500);
}

void ConflictDialog::choose(ConflictChoice choice)
{
    m_choice = choice;
    accept();
}
