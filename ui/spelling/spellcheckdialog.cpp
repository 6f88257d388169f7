#include "spelling/spellcheckdialog.h"

#include "spelling/spellchecker.h"
#include "spelling/wordtokenizer.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTextBlock>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

SpellCheckDialog::SpellCheckDialog(SpellChecker &checker, QWidget *parent)
    : QDialog(parent)
    , m_checker(checker)
{
    setWindowTitle(tr("Check Spelling"));
    setModal(false);
    auto *layout = new QVBoxLayout(this);
    m_fieldLabel = new QLabel(this);
    m_fieldLabel->setObjectName(u"fieldLabel"_s);
    layout->addWidget(m_fieldLabel);
    m_contextLabel = new QLabel(this);
    m_contextLabel->setObjectName(u"contextLabel"_s);
    m_contextLabel->setWordWrap(true);
    m_contextLabel->setTextFormat(Qt::RichText);
    m_contextLabel->setFrameShape(QFrame::StyledPanel);
    layout->addWidget(m_contextLabel);

    auto *form = new QFormLayout;
    m_replacement = new QLineEdit(this);
    m_replacement->setObjectName(u"replacement"_s);
    form->addRow(tr("Replace &with:"), m_replacement);
    m_suggestions = new QListWidget(this);
    m_suggestions->setObjectName(u"suggestions"_s);
    form->addRow(tr("&Suggestions:"), m_suggestions);
    layout->addLayout(form);

    auto *grid = new QGridLayout;
    const auto button = [this, grid](const QString &text, const char *name, int row, int column, void (SpellCheckDialog::*slot)()) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1StringView(name));
        connect(b, &QPushButton::clicked, this, slot);
        grid->addWidget(b, row, column);
        m_wordButtons.append(b);
    };
    button(tr("&Replace"), "replaceButton", 0, 0, &SpellCheckDialog::replace);
    button(tr("Replace &All"), "replaceAllButton", 0, 1, &SpellCheckDialog::replaceAll);
    button(tr("&Ignore"), "ignoreButton", 1, 0, &SpellCheckDialog::ignoreOnce);
    button(tr("I&gnore All"), "ignoreAllButton", 1, 1, &SpellCheckDialog::ignoreAll);
    button(tr("Add to &my dictionary"), "addPersonalButton", 2, 0, &SpellCheckDialog::addToPersonalDictionary);
    button(tr("Add to &newsroom dictionary"), "addNewsroomButton", 2, 1, &SpellCheckDialog::addToNewsroomDictionary);
    layout->addLayout(grid);

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(u"summaryLabel"_s);
    m_summaryLabel->setWordWrap(true);
    layout->addWidget(m_summaryLabel);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);

    connect(m_suggestions, &QListWidget::currentTextChanged, m_replacement, &QLineEdit::setText);
    connect(m_suggestions, &QListWidget::itemDoubleClicked, this, &SpellCheckDialog::replace);
}

void SpellCheckDialog::start(const QList<SpellCheckField> &fields)
{
    m_fields = fields;
    m_fieldIndex = 0;
    m_cursor = QTextCursor();
    m_finished = false;
    m_found = m_replaced = m_ignored = m_added = 0;
    findNext();
}

QString SpellCheckDialog::currentWord() const
{
    return m_finished ? QString() : m_cursor.selectedText();
}

QString SpellCheckDialog::currentFieldLabel() const
{
    return m_finished ? QString() : m_fields.at(m_fieldIndex).label;
}

int SpellCheckDialog::currentPosition() const
{
    return m_finished ? -1 : m_cursor.selectionStart();
}

QString SpellCheckDialog::context() const
{
    return m_contextLabel->text();
}

QStringList SpellCheckDialog::suggestions() const
{
    QStringList result;
    for (int i = 0; i < m_suggestions->count(); ++i)
        result.append(m_suggestions->item(i)->text());
    return result;
}

void SpellCheckDialog::setReplacement(const QString &text)
{
    m_replacement->setText(text);
}

QString SpellCheckDialog::replacement() const
{
    return m_replacement->text();
}

void SpellCheckDialog::findNext()
{
    while (m_fieldIndex < m_fields.size()) {
        QTextDocument *document = m_fields.at(m_fieldIndex).document;
        if (document) {
            const int from = m_cursor.isNull() ? 0 : m_cursor.selectionEnd();
            for (QTextBlock block = document->findBlock(from); block.isValid(); block = block.next()) {
                const QList<WordToken> tokens = WordTokenizer::tokenize(block.text());
                for (const WordToken &token : tokens) {
                    const int start = block.position() + int(token.position);
                    if (start < from || token.kind != WordToken::Kind::Word || !m_checker.isMisspelled(token.word))
                        continue;
                    m_cursor = QTextCursor(document);
                    m_cursor.setPosition(start);
                    m_cursor.setPosition(start + int(token.length()), QTextCursor::KeepAnchor);
                    ++m_found;
                    showCurrent();
                    return;
                }
            }
        }
        ++m_fieldIndex;
        m_cursor = QTextCursor();
    }
    finish();
}

bool SpellCheckDialog::currentWordStillShown() const
{
    return !m_cursor.isNull() && m_cursor.hasSelection() && m_cursor.selectedText() == m_word;
}

void SpellCheckDialog::showCurrent()
{
    const QString word = m_cursor.selectedText();
    m_word = word;
    m_fieldLabel->setText(tr("Not in the dictionary, in %1:").arg(m_fields.at(m_fieldIndex).label));
    const QTextBlock block = m_cursor.block();
    const int start = m_cursor.selectionStart() - block.position();
    const QString text = block.text();
    // Up to 60 characters either side, so that long paragraphs stay readable.
    const int left = std::max(0, start - 60);
    const int right = std::min(int(text.size()), start + int(word.size()) + 60);
    m_contextLabel->setText((left > 0 ? u"…"_s : QString()) + text.mid(left, start - left).toHtmlEscaped() + u"<b><u>"_s
                            + word.toHtmlEscaped() + u"</u></b>"_s
                            + text.mid(start + word.size(), right - start - word.size()).toHtmlEscaped()
                            + (right < text.size() ? u"…"_s : QString()));
    m_suggestions->clear();
    const QStringList suggestions = m_checker.suggestions(word);
    m_suggestions->addItems(suggestions);
    m_replacement->setText(suggestions.value(0, word));
    if (!suggestions.isEmpty())
        m_suggestions->setCurrentRow(0);
    m_summaryLabel->clear();
    for (QPushButton *b : std::as_const(m_wordButtons))
        b->setEnabled(true);
}

void SpellCheckDialog::replace()
{
    if (m_finished)
        return;
    if (!currentWordStillShown()) {
        start({}); // the text it was started on is gone: stop, write nothing
        return;
    }
    const QString replacement = m_replacement->text();
    m_cursor.beginEditBlock();
    m_cursor.insertText(replacement);
    m_cursor.endEditBlock();
    // The cursor now sits after the replacement: the search goes on from there.
    ++m_replaced;
    findNext();
}

void SpellCheckDialog::replaceAll()
{
    if (m_finished)
        return;
    if (!currentWordStillShown()) {
        start({});
        return;
    }
    const QString word = m_cursor.selectedText();
    const QString replacement = m_replacement->text();
    for (const SpellCheckField &field : std::as_const(m_fields)) {
        if (!field.document)
            continue;
        for (QTextBlock block = field.document->begin(); block.isValid(); block = block.next()) {
            const QList<WordToken> tokens = WordTokenizer::tokenize(block.text());
            // Back to front, so that earlier offsets stay valid.
            for (auto it = tokens.crbegin(); it != tokens.crend(); ++it) {
                if (it->word != word)
                    continue;
                QTextCursor cursor(field.document);
                cursor.setPosition(block.position() + int(it->position));
                cursor.setPosition(block.position() + int(it->position + it->length()), QTextCursor::KeepAnchor);
                cursor.insertText(replacement);
                ++m_replaced;
            }
        }
    }
    m_cursor.clearSelection();
    findNext();
}

void SpellCheckDialog::ignoreOnce()
{
    if (m_finished)
        return;
    ++m_ignored;
    findNext();
}

void SpellCheckDialog::ignoreAll()
{
    if (m_finished)
        return;
    ++m_ignored;
    m_checker.ignoreWord(m_cursor.selectedText());
    findNext();
}

void SpellCheckDialog::addToPersonalDictionary()
{
    if (!m_finished)
        wordAdded(m_checker.addToPersonalDictionary(m_cursor.selectedText()));
}

void SpellCheckDialog::addToNewsroomDictionary()
{
    if (!m_finished)
        wordAdded(m_checker.addNewsroomWord(m_cursor.selectedText()));
}

void SpellCheckDialog::wordAdded(bool stored)
{
    if (!stored) {
        m_summaryLabel->setText(m_checker.lastError());
        return;
    }
    ++m_added;
    findNext();
}

QString SpellCheckDialog::summary() const
{
    if (!m_finished)
        return {};
    if (m_found == 0)
        return tr("No spelling mistakes found.");
    return tr("Spelling check finished: %n word(s) found", nullptr, m_found) + u"; "_s
        + tr("%n replaced", nullptr, m_replaced) + u", "_s + tr("%n ignored", nullptr, m_ignored) + u", "_s
        + tr("%n added to a dictionary", nullptr, m_added) + u"."_s;
}

void SpellCheckDialog::finish()
{
    m_finished = true;
    m_cursor = QTextCursor();
    m_fieldLabel->clear();
    m_contextLabel->clear();
    m_suggestions->clear();
    m_replacement->clear();
    for (QPushButton *b : std::as_const(m_wordButtons))
        b->setEnabled(false);
    m_summaryLabel->setText(summary());
    Q_EMIT checkFinished();
}
