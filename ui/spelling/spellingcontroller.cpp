#include "spelling/spellingcontroller.h"

#include "editor/articleform.h"
#include "spelling/dictionarydialog.h"
#include "spelling/spellcheckdialog.h"
#include "spelling/spellchecker.h"
#include "spelling/spellhighlighter.h"
#include "spelling/spellingstatus.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QTextEdit>

using namespace Qt::StringLiterals;

// Same shape as MainWindow's constructor on purpose: the parts it works with, passed in.
SpellingController::SpellingController(ArticleForm *form, DialogInterface *dialogs, QWidget *window)
    : QObject(window)
    , m_form(form)
    , m_window(window)
    , m_label(new QLabel(window))
    , m_dialogs(dialogs)
{
    m_label->setObjectName(u"spellingLabel"_s);
}

void SpellingController::setSpellChecker(SpellChecker *checker)
{
    m_checker = checker;
    if (!isAvailable()) {
        // Writing goes on without spell checking: say so where it is seen, without blocking.
        m_form->setSpellChecker(nullptr);
        m_label->setText(tr("Spell checking unavailable"));
        m_label->setToolTip(checker ? checker->validationError() : QString());
        return;
    }
    m_form->setSpellChecker(checker);
    // An article in a language without a dictionary says so instead of "0 misspelled words".
    connect(checker, &SpellChecker::languageChanged, this, &SpellingController::updateCount);
    connect(m_form, &ArticleForm::misspelledCountChanged, this, [this] {
        updateCount();
        Q_EMIT countChanged();
    });
    updateCount();
}

bool SpellingController::isAvailable() const
{
    return m_checker && m_checker->isValid();
}

QString SpellingController::problem() const
{
    if (isAvailable())
        return QString();
    return tr("Spell checking is unavailable: %1").arg(m_checker ? m_checker->validationError() : tr("no spell checker"));
}

void SpellingController::updateCount()
{
    if (m_checker)
        m_label->setText(SpellingStatus::statusText(*m_checker, m_form->misspelledCount()));
}

QList<ChecklistFinding> SpellingController::findings() const
{
    QList<ChecklistFinding> findings;
    if (!isAvailable())
        return m_checker && m_form->hasArticle() ? SpellingStatus::missingDictionaryFindings(*m_checker) : findings;
    for (ArticleField field : m_form->spellCheckedFields()) {
        const SpellHighlighter *highlighter = m_form->highlighter(field);
        if (!highlighter)
            continue;
        const auto words = highlighter->misspelledWords();
        for (const MisspelledWord &word : words) {
            findings.append({ArticleFields::name(field), ChecklistFinding::Severity::Info,
                             tr("%1: unknown word „%2“").arg(ArticleForm::fieldLabel(field), word.word)});
        }
    }
    return findings;
}

void SpellingController::checkSpelling(qint64 articleId)
{
    if (!isAvailable() || !m_form->hasArticle())
        return;
    if (!m_dialog) {
        m_dialog = new SpellCheckDialog(*m_checker, m_window);
        m_dialog->setObjectName(u"spellCheckDialog"_s);
    }
    m_dialog->start(m_form->spellCheckFields());
    m_dialogArticle = articleId;
    m_dialog->show();
    m_dialog->raise();
}

void SpellingController::rebind(qint64 articleId)
{
    // The dialog walks the form's documents, which the next article reuses: bound to the
    // article it was started on, it follows the journalist to the new one (from its first
    // word) or stops, so that nothing is written into an article that was not shown.
    if (!m_dialog || (m_form->hasArticle() && articleId == m_dialogArticle))
        return;
    m_dialogArticle = articleId;
    if (m_dialog->isVisible() && m_form->hasArticle())
        m_dialog->start(m_form->spellCheckFields());
    else
        m_dialog->start({});
}

void SpellingController::showNewsroomDictionary()
{
    if (!hasDictionary())
        return;
    auto *dialog = new DictionaryDialog(*m_checker, *m_dialogs, m_window);
    dialog->setObjectName(u"dictionaryDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void SpellingController::selectFirstMisspelled(ArticleField field)
{
    SpellHighlighter *highlighter = m_form->highlighter(field);
    if (!highlighter || highlighter->misspelledCount() == 0)
        return;
    const MisspelledWord word = highlighter->misspelledWords().constFirst();
    QTextCursor cursor(highlighter->document());
    cursor.setPosition(word.position);
    cursor.setPosition(word.position + int(word.word.size()), QTextCursor::KeepAnchor);
    QWidget *widget = m_form->fieldWidget(field);
    if (auto *line = qobject_cast<QPlainTextEdit *>(widget))
        line->setTextCursor(cursor);
    else if (auto *rich = qobject_cast<QTextEdit *>(widget))
        rich->setTextCursor(cursor);
}
