#include "spelling/spellingstatus.h"

#include "articlefield.h"
#include "language/languages.h"
#include "spelling/spellchecker.h"

QString SpellingStatus::statusText(const SpellChecker &checker, int misspelledCount)
{
    if (!checker.isValid())
        return Languages::noDictionaryMessage(checker.language());
    return tr("%n misspelled word(s)", nullptr, misspelledCount);
}

QList<ChecklistFinding> SpellingStatus::missingDictionaryFindings(const SpellChecker &checker)
{
    if (checker.isValid())
        return {};
    return {{ArticleFields::name(ArticleField::Language), ChecklistFinding::Severity::Warning,
             tr("%1: the spelling of this article is not checked.").arg(Languages::noDictionaryMessage(checker.language()))}};
}
