#include "conflictdialog.h"

#include "articlediff.h"
#include "storage/articlesnapshot.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
QString fieldName(const QString &field)
{
    return field == u"body"_s ? ConflictDialog::tr("Body") : ArticleDiff::fieldLabel(field);
}
} // namespace

ConflictDialog::ConflictDialog(const Article &mine, const Article &theirs, QWidget *parent)
    : ConflictDialog(mine, theirs, ConflictDetails{}, parent)
{
}

ConflictDialog::ConflictDialog(const Article &mine, const Article &theirs, const ConflictDetails &details, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Saved elsewhere in the meantime"));
    auto *layout = new QVBoxLayout(this);
    const QString colleague = details.colleague.isEmpty() ? tr("A colleague") : details.colleague;
    const QString intro = details.conflicts.isEmpty()
        ? tr("%1 saved this article (revision %2) while you were editing revision %3. Nothing has been overwritten. "
             "Choose how to go on; both versions are kept either way.")
              .arg(colleague)
              .arg(theirs.revision)
              .arg(mine.revision)
        : tr("%1 saved this article (revision %2) while you were editing revision %3. Every change to different "
             "fields and paragraphs has been merged; only the %n place(s) below were changed on both sides. "
             "Nothing has been overwritten; both versions are kept either way.",
             nullptr, int(details.conflicts.size()))
              .arg(colleague)
              .arg(theirs.revision)
              .arg(mine.revision);
    auto *introLabel = new QLabel(intro, this);
    introLabel->setObjectName(u"conflictIntro"_s);
    introLabel->setWordWrap(true);
    layout->addWidget(introLabel);

    QList<FieldDifference> rows;
    if (!details.conflicts.isEmpty()) {
        for (const FieldConflict &conflict : details.conflicts)
            rows.append({conflict.field, conflict.theirs, conflict.mine});
    } else {
        const ArticleDiff diff(theirs, mine);
        rows = diff.fields();
        if (diff.bodyChanged())
            rows.append({u"body"_s, ArticleSnapshot::bodyText(theirs.bodyHtml), ArticleSnapshot::bodyText(mine.bodyHtml)});
    }
    m_table = new QTableWidget(int(rows.size()), 3, this);
    m_table->setObjectName(u"conflictFields"_s);
    m_table->setHorizontalHeaderLabels(
        {tr("Field"), tr("Version of %1 (revision %2)").arg(colleague).arg(theirs.revision), tr("Your version")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->setWordWrap(true);
    for (int row = 0; row < rows.size(); ++row) {
        const FieldDifference &difference = rows.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(fieldName(difference.field)));
        // The items keep the plain text (copy, accessibility); the labels on top mark the words.
        m_table->setItem(row, 1, new QTableWidgetItem(difference.before));
        m_table->setItem(row, 2, new QTableWidgetItem(difference.after));
        const auto [theirsHtml, mineHtml] = markedWords(difference.before, difference.after);
        for (const auto &[column, html] : {std::pair{1, theirsHtml}, std::pair{2, mineHtml}}) {
            auto *label = new QLabel(html, m_table);
            label->setTextFormat(Qt::RichText);
            label->setWordWrap(true);
            label->setAutoFillBackground(true);
            label->setMargin(3);
            label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
            m_table->setCellWidget(row, column, label);
        }
    }
    m_table->resizeRowsToContents();
    for (int row = 0; row < rows.size(); ++row) {
        int height = m_table->rowHeight(row);
        for (int column : {1, 2})
            height = std::max(height, m_table->cellWidget(row, column)->heightForWidth(m_table->columnWidth(column)) + 4);
        m_table->setRowHeight(row, std::min(height, 240));
    }
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

std::pair<QString, QString> ConflictDialog::markedWords(const QString &theirs, const QString &mine)
{
    // The same word comparison as the versions panel and the compare window (TextDiff).
    const QList<WordChange> changes = ArticleDiff::diffWords(theirs, mine);
    QStringList theirsParts;
    QStringList mineParts;
    for (const WordChange &change : changes) {
        const QString text = change.text.toHtmlEscaped();
        switch (change.kind) {
        case WordChange::Kind::Unchanged:
            theirsParts.append(text);
            mineParts.append(text);
            break;
        case WordChange::Kind::Deleted:
            theirsParts.append(u"<span style=\"background:#f9d0d0\">"_s + text + u"</span>"_s);
            break;
        case WordChange::Kind::Inserted:
            mineParts.append(u"<span style=\"background:#cdeccd\">"_s + text + u"</span>"_s);
            break;
        }
    }
    return {theirsParts.join(u' '), mineParts.join(u' ')};
}

void ConflictDialog::choose(ConflictChoice choice)
{
    m_choice = choice;
    accept();
}
