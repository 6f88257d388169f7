#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

// The journalist's own word list: a UTF-8 text file, one word per line, in our application
// data folder. Deliberately not Sonnet's personal list (Speller::addToPersonal goes to the
// hunspell plugin, which appends to ~/.hunspell_<language>, shared by every KDE application
// and per language): words added in Newsdesk stay in Newsdesk and apply to all languages.
class PersonalDictionary
{
public:
    explicit PersonalDictionary(const QString &fileName);

    // QStandardPaths::AppDataLocation/personal-dictionary.txt
    [[nodiscard]] static QString defaultFileName();

    // Reads the file; a missing file is an empty dictionary, an unreadable one an error.
    bool load();
    // Each change is written at once, atomically (QSaveFile): a crash never loses the list.
    bool add(const QString &word);
    bool remove(const QString &word);

    [[nodiscard]] bool contains(const QString &word) const { return m_words.contains(word); }
    [[nodiscard]] QStringList words() const;
    [[nodiscard]] const QSet<QString> &wordsSet() const { return m_words; }
    [[nodiscard]] QString fileName() const { return m_fileName; }
    [[nodiscard]] QString lastError() const { return m_lastError; }

private:
    bool save(const QSet<QString> &words);
    // Saves, then keeps the words in memory; on failure neither changes.
    bool replaceWith(const QSet<QString> &words);

    QString m_fileName;
    QSet<QString> m_words;
    QString m_lastError;
};
