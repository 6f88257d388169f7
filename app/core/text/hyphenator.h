#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

struct _HyphenDict;

// Syllable breaks from libhyphen with a TeX pattern file (Debian's hyphen-de:
// /usr/share/hyphen/hyph_de_DE.dic), so that "Übergangsfinanzierung" breaks as
// Über-gangs-fi-nan-zie-rung and never as "Üb-ergang". Loading takes a few milliseconds: create
// one per language and pass it to whoever counts Zeilen.
// Same shape as RenditionMetadataWriter on purpose: a non-copyable owner of a C library's state.
class Hyphenator
{
    Q_DECLARE_TR_FUNCTIONS(Hyphenator)

public:
    // Loads the pattern file; check isValid() and errorString().
    explicit Hyphenator(const QString &patternFile);
    ~Hyphenator();
    Hyphenator(const Hyphenator &) = delete;
    Hyphenator &operator=(const Hyphenator &) = delete;

    [[nodiscard]] bool isValid() const { return m_dictionary != nullptr; }
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] QString patternFile() const { return m_patternFile; }

    // Offsets in `word` before which a hyphen may go. A word with characters the patterns
    // cannot spell (digits, other scripts) gets none.
    [[nodiscard]] QList<qsizetype> hyphenationPoints(QStringView word) const;
    // "Über-gangs-fi-nan-zie-rung": the word with `mark` at every point (for tests and tips).
    [[nodiscard]] QString hyphenated(QStringView word, QStringView mark = u"-") const;

    // The pattern file for a language ("de-DE", "de_CH", "de"), looked for in searchPaths();
    // empty, with *error saying where it looked, when there is none.
    [[nodiscard]] static QString patternFileFor(const QString &languageTag, QString *error = nullptr);
    [[nodiscard]] static QStringList searchPaths();

private:
    _HyphenDict *m_dictionary = nullptr;
    QString m_patternFile;
    QString m_error;
};
