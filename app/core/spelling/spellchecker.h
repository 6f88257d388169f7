#pragma once

#include "spelling/personaldictionary.h"
#include "spelling/wordtokenizer.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <Sonnet/Speller>

#include <optional>

class NewsroomWordStore;

// A misspelled word found in a piece of text: offset and length in that text.
struct SpellingError {
    QString word;
    qsizetype position = 0;
    bool operator==(const SpellingError &) const = default;
};

// The one spell checking service of the application: created in main, passed to every field's
// highlighter, the context menu, the dialogs and the CLI.
//
// Hunspell is slow (isMisspelled tens of microseconds, suggest 20-450 ms), so every verdict
// goes into a word cache shared by all fields; the cache is cleared whenever the language, a
// dictionary or a skip rule changes, and dictionaryChanged() tells highlighters to rehighlight.
// Suggestions are never computed while typing, only when suggestions() is asked.
class SpellChecker : public QObject
{
    Q_OBJECT

public:
    explicit SpellChecker(const QString &language = QStringLiteral("de_DE"),
                          const QString &personalDictionaryFile = PersonalDictionary::defaultFileName(),
                          QObject *parent = nullptr);
    ~SpellChecker() override;

    // The dictionaries of the languages we offer (Languages::offered()), in that order.
    [[nodiscard]] static QStringList supportedLanguages();
    // The supported languages that have an installed dictionary.
    [[nodiscard]] static QStringList availableLanguages();
    // An article's language in any spelling ("de", "de-DE", "DE-de", "ger") -> "de_DE"
    // (Languages::normalize); an empty tag is the newsroom's German.
    [[nodiscard]] static QString languageFromTag(const QString &tag, QStringView newsroomGerman = u"de-DE");


    // Sonnet accepts every word when it has no backend or dictionary for a language, so
    // validity means: Sonnet says valid AND a known misspelling is really flagged. Without a
    // dictionary validationError() starts with Languages::noDictionaryMessage().
    [[nodiscard]] bool isValid() const { return m_valid; }
    [[nodiscard]] QString validationError() const { return m_validationError; }

    bool setLanguage(const QString &language);
    [[nodiscard]] QString language() const { return m_language; }

    // Skip rules. URLs, e-mail addresses, numbers and words with digits are always skipped;
    // all-caps abbreviations ("NATO", "CDU") are by default, configurably.
    void setSkipAllCaps(bool skip);
    [[nodiscard]] bool skipAllCaps() const { return m_skipAllCaps; }
    [[nodiscard]] bool shouldSkip(const QString &word) const;

    // The verdict for one token as the tokenizer cut it (hyphenated compounds, apostrophes
    // included). Cached.
    [[nodiscard]] bool isMisspelled(const QString &word);
    // Cache lookup only: nullopt when the word would need the dictionary.
    [[nodiscard]] std::optional<bool> cachedVerdict(const QString &word) const;
    // Every misspelled word of a text, in order.
    [[nodiscard]] QList<SpellingError> check(QStringView text);

    // Expensive (hunspell suggest): call only on demand.
    [[nodiscard]] QStringList suggestions(const QString &word) const;

    // Session ignore list: forgotten when the application quits.
    void ignoreWord(const QString &word);
    [[nodiscard]] bool isIgnored(const QString &word) const { return m_ignored.contains(word); }

    // Personal dictionary (our own file, see PersonalDictionary).
    bool addToPersonalDictionary(const QString &word);
    bool removeFromPersonalDictionary(const QString &word);
    [[nodiscard]] QStringList personalWords() const { return m_personal.words(); }
    [[nodiscard]] QString personalDictionaryFile() const { return m_personal.fileName(); }

    // Newsroom dictionary. Either a plain list (CLI, tests) or a store that add/remove write to.
    void setNewsroomWords(const QStringList &words);
    // Loads the store's words; the store must outlive this checker or be unset with nullptr.
    bool setNewsroomStore(NewsroomWordStore *store);
    [[nodiscard]] bool hasNewsroomStore() const { return m_store != nullptr; }
    bool addNewsroomWord(const QString &word);
    bool removeNewsroomWord(const QString &word);
    [[nodiscard]] QStringList newsroomWords() const;

    [[nodiscard]] QString lastError() const { return m_lastError; }

    // Instrumentation for tests and benchmarks: how often hunspell was asked, cache size.
    [[nodiscard]] qint64 spellerCalls() const { return m_spellerCalls; }
    [[nodiscard]] qsizetype cacheSize() const { return m_cache.size(); }

Q_SIGNALS:
    // A dictionary, the ignore list, the language or a skip rule changed: rehighlight.
    void dictionaryChanged();
    void languageChanged(const QString &language);

private:
    void validate();
    void invalidate();
    // After an add or remove: the error when it was not stored, else every field rechecks.
    bool personalDictionaryChanged(bool stored);
    [[nodiscard]] bool isKnownWord(const QString &word) const;
    [[nodiscard]] bool isSingleWordMisspelled(const QString &word);
    [[nodiscard]] bool computeVerdict(const QString &word);

    Sonnet::Speller m_speller;
    QString m_language;
    bool m_valid = false;
    QString m_validationError;
    bool m_skipAllCaps = true;
    QHash<QString, bool> m_cache;
    QSet<QString> m_ignored;
    QSet<QString> m_newsroom;
    PersonalDictionary m_personal;
    NewsroomWordStore *m_store = nullptr;
    QString m_lastError;
    qint64 m_spellerCalls = 0;
};
