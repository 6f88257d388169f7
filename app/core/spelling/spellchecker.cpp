#include "spelling/spellchecker.h"

#include "language/languages.h"
#include "spelling/newsroomwordstore.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// A word each dictionary must reject; if it is accepted, Sonnet has no working backend.
QString knownMisspelling(const QString &language)
{
    return language.startsWith(u"de"_s) ? u"Rechtschreibfeler"_s : u"Speling"_s;
}

bool hasDigit(QStringView word)
{
    for (const QChar c : word) {
        if (c.isDigit())
            return true;
    }
    return false;
}

bool isAllCaps(QStringView word)
{
    int letters = 0;
    for (const QChar c : word) {
        if (c.isLetter()) {
            if (!c.isUpper())
                return false;
            ++letters;
        }
    }
    return letters >= 2;
}

// "Pjöngjang" at any place, "wumms" also as "Wumms" at the start of a sentence.
bool containsWordOrLowerInitial(const QSet<QString> &set, const QString &word)
{
    if (set.contains(word))
        return true;
    if (!word.isEmpty() && word.front().isUpper()) {
        QString lowered = word;
        lowered[0] = lowered[0].toLower();
        return set.contains(lowered);
    }
    return false;
}
} // namespace

SpellChecker::SpellChecker(const QString &language, const QString &personalDictionaryFile, QObject *parent)
    : QObject(parent)
    , m_personal(personalDictionaryFile)
{
    if (!m_personal.load())
        m_lastError = m_personal.lastError();
    setLanguage(language);
}

SpellChecker::~SpellChecker() = default;

QStringList SpellChecker::supportedLanguages()
{
    QStringList dictionaries;
    for (const Languages::Language &language : Languages::offered())
        dictionaries.append(language.dictionary);
    return dictionaries;
}

QStringList SpellChecker::availableLanguages()
{
    const QStringList installed = Sonnet::Speller().availableLanguages();
    QStringList result;
    for (const QString &language : supportedLanguages()) {
        if (installed.contains(language))
            result.append(language);
    }
    return result;
}

QString SpellChecker::languageFromTag(const QString &tag, QStringView newsroomGerman)
{
    if (tag.trimmed().isEmpty())
        return Languages::dictionary(newsroomGerman.toString(), newsroomGerman);
    const QString dictionary = Languages::dictionary(tag, newsroomGerman);
    if (!dictionary.isEmpty())
        return dictionary;
    // A language outside the table: its own name, which Sonnet will not know, so that the
    // checker says "No dictionary for Italian" instead of checking Italian with German.
    const QString normalized = Languages::normalize(tag, newsroomGerman);
    return normalized.isEmpty() ? tag.trimmed() : QString(normalized).replace(u'-', u'_');
}

bool SpellChecker::setLanguage(const QString &language)
{
    if (language == m_language && m_valid)
        return true;
    m_language = language;
    m_speller.setLanguage(language);
    // Automatic detection picks de_BE or de_AT for German text; we always know the language.
    m_speller.setAttribute(Sonnet::Speller::AutoDetectLanguage, false);
    m_speller.setAttribute(Sonnet::Speller::CheckUppercase, true);
    m_speller.setAttribute(Sonnet::Speller::SkipRunTogether, false);
    validate();
    invalidate();
    Q_EMIT languageChanged(m_language);
    return m_valid;
}

void SpellChecker::validate()
{
    m_validationError.clear();
    if (!m_speller.isValid() || m_speller.language() != m_language) {
        m_valid = false;
        m_validationError = QCoreApplication::translate("SpellChecker",
                                                        "%1: install its hunspell dictionary (e.g. hunspell-de-de) and the "
                                                        "Sonnet hunspell plugin.")
                                .arg(Languages::noDictionaryMessage(m_language));
        return;
    }
    m_valid = m_speller.isMisspelled(knownMisspelling(m_language));
    if (!m_valid) {
        m_validationError = QCoreApplication::translate("SpellChecker",
                                                        "The spell checker for %1 accepts every word: its dictionary or "
                                                        "backend is missing.")
                                .arg(m_language);
    }
}

void SpellChecker::invalidate()
{
    m_cache.clear();
}

void SpellChecker::setSkipAllCaps(bool skip)
{
    if (skip == m_skipAllCaps)
        return;
    m_skipAllCaps = skip;
    invalidate();
    Q_EMIT dictionaryChanged();
}

bool SpellChecker::shouldSkip(const QString &word) const
{
    if (word.isEmpty() || hasDigit(word))
        return true;
    if (word.contains(u"://"_s) || word.startsWith(u"www."_s, Qt::CaseInsensitive) || word.contains(u'@'))
        return true;
    return m_skipAllCaps && isAllCaps(word);
}

std::optional<bool> SpellChecker::cachedVerdict(const QString &word) const
{
    const auto it = m_cache.constFind(word);
    if (it == m_cache.cend())
        return std::nullopt;
    return *it;
}

bool SpellChecker::isMisspelled(const QString &word)
{
    const auto it = m_cache.constFind(word);
    if (it != m_cache.cend())
        return *it;
    const bool verdict = computeVerdict(word);
    m_cache.insert(word, verdict);
    return verdict;
}

bool SpellChecker::isKnownWord(const QString &word) const
{
    return m_ignored.contains(word) || containsWordOrLowerInitial(m_newsroom, word) || containsWordOrLowerInitial(m_personal.wordsSet(), word);
}

bool SpellChecker::isSingleWordMisspelled(const QString &word)
{
    if (shouldSkip(word) || isKnownWord(word))
        return false;
    if (!m_valid)
        return false;
    ++m_spellerCalls;
    if (!m_speller.isMisspelled(word))
        return false;
    // "geht's", "gibt's": hunspell knows some contractions; for the rest check the stem.
    for (const QString &apostrophe : {u"'s"_s, u"\u2019s"_s}) {
        if (word.size() > 3 && word.endsWith(apostrophe)) {
            const QString stem = word.chopped(2);
            ++m_spellerCalls;
            return !isKnownWord(stem) && m_speller.isMisspelled(stem);
        }
    }
    return true;
}

bool SpellChecker::computeVerdict(const QString &raw)
{
    QString word = raw;
    word.remove(QChar(0x00AD));
    word.replace(QChar(0x2019), u'\'');
    if (shouldSkip(word) || isKnownWord(word))
        return false;
    const WordToken token{word, 0, WordToken::Kind::Word};
    const QList<WordToken> parts = WordTokenizer::hyphenParts(token);
    if (parts.size() <= 1)
        return isSingleWordMisspelled(word);
    // A hyphenated compound is right when hunspell knows it whole ("E-Mail") or when each part
    // is right on its own ("Nordkorea-Soldaten", "CDU-Politiker", "20er-Jahre"); single letters
    // ("E", "U" in "U-Bahn") are not judged alone. It is reported as one word, so the
    // suggestions cover the whole compound.
    if (!hasDigit(word) && !(m_skipAllCaps && isAllCaps(word))) {
        if (!isSingleWordMisspelled(word))
            return false;
    }
    for (const WordToken &part : parts) {
        if (part.word.size() < 2)
            continue;
        if (isSingleWordMisspelled(part.word))
            return true;
    }
    return false;
}

QList<SpellingError> SpellChecker::check(QStringView text)
{
    QList<SpellingError> errors;
    const QList<WordToken> tokens = WordTokenizer::tokenize(text);
    for (const WordToken &token : tokens) {
        if (token.kind == WordToken::Kind::Word && isMisspelled(token.word))
            errors.append(SpellingError{token.word, token.position});
    }
    return errors;
}

QStringList SpellChecker::suggestions(const QString &word) const
{
    if (!m_valid)
        return {};
    QString cleaned = word;
    cleaned.remove(QChar(0x00AD));
    return m_speller.suggest(cleaned);
}

void SpellChecker::ignoreWord(const QString &word)
{
    if (word.isEmpty() || m_ignored.contains(word))
        return;
    m_ignored.insert(word);
    invalidate();
    Q_EMIT dictionaryChanged();
}

bool SpellChecker::addToPersonalDictionary(const QString &word)
{
    return personalDictionaryChanged(m_personal.add(word));
}

bool SpellChecker::removeFromPersonalDictionary(const QString &word)
{
    return personalDictionaryChanged(m_personal.remove(word));
}

bool SpellChecker::personalDictionaryChanged(bool stored)
{
    if (!stored) {
        m_lastError = m_personal.lastError();
        return false;
    }
    invalidate();
    Q_EMIT dictionaryChanged();
    return true;
}

void SpellChecker::setNewsroomWords(const QStringList &words)
{
    QSet<QString> set;
    for (const QString &word : words) {
        const QString w = word.trimmed();
        if (!w.isEmpty())
            set.insert(w);
    }
    if (set == m_newsroom)
        return;
    m_newsroom = set;
    invalidate();
    Q_EMIT dictionaryChanged();
}

bool SpellChecker::setNewsroomStore(NewsroomWordStore *store)
{
    m_store = store;
    if (!store)
        return true;
    const std::optional<QStringList> words = store->words();
    if (!words) {
        m_lastError = store->lastError();
        return false;
    }
    setNewsroomWords(*words);
    return true;
}

bool SpellChecker::addNewsroomWord(const QString &word)
{
    const QString w = word.trimmed();
    if (w.isEmpty())
        return false;
    if (m_store && !m_store->add(w)) {
        m_lastError = m_store->lastError();
        return false;
    }
    if (m_newsroom.contains(w))
        return true;
    m_newsroom.insert(w);
    invalidate();
    Q_EMIT dictionaryChanged();
    return true;
}

bool SpellChecker::removeNewsroomWord(const QString &word)
{
    if (m_store && !m_store->remove(word)) {
        m_lastError = m_store->lastError();
        return false;
    }
    if (!m_newsroom.remove(word))
        return true;
    invalidate();
    Q_EMIT dictionaryChanged();
    return true;
}

QStringList SpellChecker::newsroomWords() const
{
    QStringList list(m_newsroom.cbegin(), m_newsroom.cend());
    std::sort(list.begin(), list.end(), [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    return list;
}
