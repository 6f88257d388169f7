#include "findreplace/articlefindbar.h"

#include "editor/articleform.h"
#include "editor/bodyeditor.h"
#include "editor/formlineedit.h"
#include "findreplace/bodyreplacecommand.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHideEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {
QTextEdit::ExtraSelection mark(QTextDocument *document, int position, int length, bool current)
{
    QTextEdit::ExtraSelection selection;
    selection.cursor = QTextCursor(document);
    selection.cursor.setPosition(position);
    selection.cursor.setPosition(position + length, QTextCursor::KeepAnchor);
    // Fixed colours with black text: readable in the light and the dark look alike.
    selection.format.setBackground(current ? QColor(0xff, 0x98, 0x00) : QColor(0xff, 0xeb, 0x3b));
    selection.format.setForeground(Qt::black);
    return selection;
}
} // namespace

ArticleFindBar::ArticleFindBar(ArticleForm *form, QWidget *parent)
    : QWidget(parent)
    , m_form(form)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_matchCase(new QCheckBox(tr("Match &case"), this))
    , m_wholeWords(new QCheckBox(tr("&Whole words"), this))
    , m_regex(new QCheckBox(tr("Regular e&xpression"), this))
    , m_status(new QLabel(this))
    , m_refreshDelay(new QTimer(this))
{
    setObjectName(u"articleFindBar"_s);
    m_find->setObjectName(u"findInArticleEdit"_s);
    m_find->setPlaceholderText(tr("Find in this article"));
    m_find->setClearButtonEnabled(true);
    m_replace->setObjectName(u"replaceInArticleEdit"_s);
    m_replace->setPlaceholderText(tr("Replace with"));
    m_status->setObjectName(u"findInArticleStatus"_s);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *previous = new QPushButton(tr("&Previous"), this);
    auto *next = new QPushButton(tr("&Next"), this);
    auto *replace = new QPushButton(tr("&Replace"), this);
    auto *replaceAllButton = new QPushButton(tr("Replace &All"), this);
    replaceAllButton->setObjectName(u"replaceAllButton"_s);
    auto *close = new QToolButton(this);
    close->setIcon(QIcon::fromTheme(u"window-close"_s));
    close->setText(tr("Close"));
    close->setToolTip(tr("Close find and replace (Esc)"));
    close->setAutoRaise(true);

    auto *findLabel = new QLabel(tr("F&ind in article:"), this);
    findLabel->setBuddy(m_find);
    auto *replaceLabel = new QLabel(tr("Replace wit&h:"), this);
    replaceLabel->setBuddy(m_replace);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(6, 4, 6, 4);
    grid->addWidget(findLabel, 0, 0);
    grid->addWidget(m_find, 0, 1);
    grid->addWidget(previous, 0, 2);
    grid->addWidget(next, 0, 3);
    grid->addWidget(m_matchCase, 0, 4);
    grid->addWidget(m_wholeWords, 0, 5);
    grid->addWidget(close, 0, 7, Qt::AlignRight);
    grid->addWidget(replaceLabel, 1, 0);
    grid->addWidget(m_replace, 1, 1);
    grid->addWidget(replace, 1, 2);
    grid->addWidget(replaceAllButton, 1, 3);
    grid->addWidget(m_regex, 1, 4);
    grid->addWidget(m_status, 1, 5, 1, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(6, 1);

    // Matches follow the text as it changes, after a short pause (a long body is re-searched
    // once, not on every keystroke).
    m_refreshDelay->setSingleShot(true);
    m_refreshDelay->setInterval(150);
    connect(m_refreshDelay, &QTimer::timeout, this, &ArticleFindBar::refresh);
    for (const ArticleField field : searchedFields()) {
        if (QTextDocument *doc = document(field))
            connect(doc, &QTextDocument::contentsChanged, this, [this] {
                if (m_active && !m_replacing)
                    m_refreshDelay->start();
            });
    }
    connect(m_find, &QLineEdit::textChanged, this, &ArticleFindBar::refresh);
    for (QCheckBox *box : {m_matchCase, m_wholeWords, m_regex})
        connect(box, &QCheckBox::toggled, this, &ArticleFindBar::refresh);
    connect(m_find, &QLineEdit::returnPressed, this, &ArticleFindBar::findNext);
    connect(m_replace, &QLineEdit::returnPressed, this, &ArticleFindBar::replaceCurrent);
    connect(next, &QPushButton::clicked, this, &ArticleFindBar::findNext);
    connect(previous, &QPushButton::clicked, this, &ArticleFindBar::findPrevious);
    connect(replace, &QPushButton::clicked, this, &ArticleFindBar::replaceCurrent);
    connect(replaceAllButton, &QPushButton::clicked, this, &ArticleFindBar::replaceAll);
    connect(close, &QToolButton::clicked, this, &ArticleFindBar::closeRequested);
}

QList<ArticleField> ArticleFindBar::searchedFields()
{
    return {ArticleField::Kicker,   ArticleField::Headline,     ArticleField::Teaser,
            ArticleField::Body,     ArticleField::Byline,       ArticleField::Dateline,
            ArticleField::PhotoCaption, ArticleField::PhotoCredit, ArticleField::PhotoAlt};
}

QTextDocument *ArticleFindBar::document(ArticleField field) const
{
    QWidget *widget = m_form->fieldWidget(field);
    if (auto *rich = qobject_cast<QTextEdit *>(widget))
        return rich->document();
    if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
        return plain->document();
    return nullptr;
}

void ArticleFindBar::activate()
{
    QWidget *focus = window() ? window()->focusWidget() : nullptr;
    QString selected;
    if (auto *edit = qobject_cast<QTextEdit *>(focus))
        selected = edit->textCursor().selectedText();
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(focus))
        selected = plain->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_find->setText(selected);
    m_active = true;
    show();
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
    refresh();
}

void ArticleFindBar::setSearch(const QString &text, const TextSearch::Options &options)
{
    m_active = true;
    const QSignalBlocker blockFind(m_find);
    m_matchCase->setChecked(options.matchCase);
    m_wholeWords->setChecked(options.wholeWords);
    m_regex->setChecked(options.regularExpression);
    m_find->setText(text);
    refresh();
}

void ArticleFindBar::setReplacement(const QString &text)
{
    m_replace->setText(text);
}

TextSearch ArticleFindBar::search() const
{
    TextSearch::Options options;
    options.matchCase = m_matchCase->isChecked();
    options.wholeWords = m_wholeWords->isChecked();
    options.regularExpression = m_regex->isChecked();
    return TextSearch(m_find->text(), options);
}

int ArticleFindBar::fieldCount() const
{
    QSet<ArticleField> fields;
    for (const Hit &hit : m_hits)
        fields.insert(hit.field);
    return int(fields.size());
}

ArticleField ArticleFindBar::currentField() const
{
    return m_current >= 0 ? m_hits.at(m_current).field : ArticleField::Body;
}

QString ArticleFindBar::statusText() const
{
    return m_status->text();
}

void ArticleFindBar::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? u"color: #c62828;"_s : QString());
}

void ArticleFindBar::refresh()
{
    m_refreshDelay->stop();
    const TextSearch matcher = search();
    m_hits.clear();
    if (matcher.isValid() && m_form->hasArticle()) {
        for (const ArticleField field : searchedFields()) {
            QTextDocument *doc = document(field);
            if (!doc)
                continue;
            for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
                for (const TextSearch::Match &match : matcher.find(block.text()))
                    m_hits.append({field, block.position() + int(match.start), int(match.length)});
            }
        }
    }
    m_current = std::min(m_current, int(m_hits.size()) - 1);
    if (m_find->text().isEmpty())
        setStatus(QString());
    else if (!matcher.isValid())
        setStatus(matcher.errorString(), true);
    else if (m_hits.isEmpty())
        setStatus(tr("Not found in this article"), true);
    else
        setStatus(tr("%n match(es)", nullptr, matchCount()) + u' ' + tr("in %n field(s)", nullptr, fieldCount()));
    highlight();
}

void ArticleFindBar::highlight()
{
    for (const ArticleField field : searchedFields()) {
        QTextDocument *doc = document(field);
        QList<QTextEdit::ExtraSelection> selections;
        if (m_active) {
            for (int i = 0; i < m_hits.size(); ++i) {
                const Hit &hit = m_hits.at(i);
                if (hit.field == field)
                    selections.append(mark(doc, hit.position, hit.length, i == m_current));
            }
        }
        QWidget *widget = m_form->fieldWidget(field);
        if (auto *edit = qobject_cast<QTextEdit *>(widget))
            edit->setExtraSelections(selections);
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
            plain->setExtraSelections(selections);
    }
}

void ArticleFindBar::select(int index)
{
    // The field left behind keeps no selection: only the current match looks selected.
    if (m_current >= 0 && m_current < m_hits.size() && index >= 0 && index < m_hits.size()
        && m_hits.at(m_current).field != m_hits.at(index).field) {
        QWidget *previous = m_form->fieldWidget(m_hits.at(m_current).field);
        if (auto *rich = qobject_cast<QTextEdit *>(previous)) {
            QTextCursor cursor = rich->textCursor();
            cursor.clearSelection();
            rich->setTextCursor(cursor);
        } else if (auto *plain = qobject_cast<QPlainTextEdit *>(previous)) {
            QTextCursor cursor = plain->textCursor();
            cursor.clearSelection();
            plain->setTextCursor(cursor);
        }
    }
    m_current = index;
    if (index < 0 || index >= m_hits.size())
        return;
    const Hit &hit = m_hits.at(index);
    QWidget *widget = m_form->fieldWidget(hit.field);
    // The photo fields live in a side panel: the form brings them into view.
    m_form->focusField(hit.field);
    QTextCursor cursor(document(hit.field));
    cursor.setPosition(hit.position);
    cursor.setPosition(hit.position + hit.length, QTextCursor::KeepAnchor);
    if (auto *edit = qobject_cast<QTextEdit *>(widget)) {
        edit->setTextCursor(cursor);
        edit->ensureCursorVisible();
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget)) {
        plain->setTextCursor(cursor);
        plain->ensureCursorVisible();
    }
    // The keyboard stays in the bar: Enter again finds the next one.
    m_find->setFocus(Qt::OtherFocusReason);
    setStatus(tr("Match %1 of %2 (%3)").arg(index + 1).arg(matchCount()).arg(ArticleForm::fieldLabel(hit.field)));
    highlight();
}

bool ArticleFindBar::findNext()
{
    if (m_refreshDelay->isActive() || m_hits.isEmpty())
        refresh();
    if (m_hits.isEmpty())
        return false;
    select((m_current + 1) % int(m_hits.size()));
    return true;
}

bool ArticleFindBar::findPrevious()
{
    if (m_refreshDelay->isActive() || m_hits.isEmpty())
        refresh();
    if (m_hits.isEmpty())
        return false;
    select(m_current <= 0 ? int(m_hits.size()) - 1 : m_current - 1);
    return true;
}

bool ArticleFindBar::replaceCurrent()
{
    if (m_refreshDelay->isActive())
        refresh();
    if (m_current < 0 || m_current >= m_hits.size())
        return findNext();
    const Hit hit = m_hits.at(m_current);
    QTextDocument *doc = document(hit.field);
    const QTextBlock block = doc->findBlock(hit.position);
    const TextSearch matcher = search();
    const TextSearch::Match match{hit.position - block.position(), hit.length};
    const QString replacement = matcher.replacementFor(block.text(), match, m_replace->text());
    QTextCursor cursor(doc);
    cursor.setPosition(hit.position);
    cursor.setPosition(hit.position + hit.length, QTextCursor::KeepAnchor);
    const int index = m_current;
    cursor.insertText(replacement);
    refresh();
    // The next match is the one that now sits at the same index.
    if (!m_hits.isEmpty())
        select(std::min(index, int(m_hits.size()) - 1));
    return true;
}

int ArticleFindBar::replaceAll()
{
    refresh();
    const TextSearch matcher = search();
    if (m_hits.isEmpty() || !matcher.isValid())
        return 0;
    const QString replacement = m_replace->text();
    QUndoStack *stack = m_form->undoStack();
    int total = 0;
    int fields = 0;
    m_replacing = true;
    // One macro on the form's stack: every field edit and the body's edit block are undone by
    // one Ctrl+Z.
    m_form->beginCompoundEdit(tr("Replace All"));
    for (const ArticleField field : searchedFields()) {
        QWidget *widget = m_form->fieldWidget(field);
        int count = 0;
        if (field == ArticleField::Body) {
            QTextDocument *doc = document(field);
            count = matcher.replaceAll(*doc, replacement);
            if (count > 0)
                stack->push(new BodyReplaceCommand(doc));
        } else if (auto *edit = qobject_cast<FormLineEdit *>(widget)) {
            const QString text = matcher.replaced(edit->text(), replacement, &count);
            if (count > 0)
                edit->setText(text);
        }
        if (count > 0) {
            total += count;
            ++fields;
        }
    }
    m_form->endCompoundEdit();
    m_replacing = false;
    m_current = -1;
    refresh();
    setStatus(tr("%n replacement(s)", nullptr, total) + u' ' + tr("in %n field(s)", nullptr, fields));
    return total;
}

void ArticleFindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        Q_EMIT closeRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ArticleFindBar::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    // Closed (not a minimised window): the marks go.
    if (!event->spontaneous()) {
        m_active = false;
        highlight();
    }
}
