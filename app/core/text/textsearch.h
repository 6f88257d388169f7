#pragma once

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringView>

class QTextDocument;

// Find and replace in the text of one article (the editor's Ctrl+H) and of many (`newsdesk-cli
// replace`): one matcher for both, with match case, whole words and regular expressions.
// Replacing never touches markup: in the body it edits the document's text, one undo step.
class TextSearch
{
    Q_DECLARE_TR_FUNCTIONS(TextSearch)

public:
    struct Options {
        bool matchCase = false;
        bool wholeWords = false;
        bool regularExpression = false;
        bool operator==(const Options &) const = default;
    };
    struct Match {
        qsizetype start = 0;
        qsizetype length = 0;
        bool operator==(const Match &) const = default;
    };

    TextSearch() = default;
    TextSearch(const QString &pattern, Options options);

    // False for an empty pattern or a broken regular expression (errorString() says why).
    [[nodiscard]] bool isValid() const;
    [[nodiscard]] QString errorString() const;
    [[nodiscard]] QString pattern() const { return m_pattern; }
    [[nodiscard]] Options options() const { return m_options; }

    // Every non-empty match, in order.
    [[nodiscard]] QList<Match> find(QStringView text) const;
    // The text with every match replaced; in regular-expression mode \1 or $1 in `replacement`
    // stand for the captured groups. *count gets the number of replacements.
    [[nodiscard]] QString replaced(const QString &text, const QString &replacement, int *count = nullptr) const;
    // Replaces in every block of the document inside one edit block (one undo step); returns
    // the number of replacements. Matches never span paragraphs.
    int replaceAll(QTextDocument &document, const QString &replacement) const;
    // What one match becomes (captured groups filled in).
    [[nodiscard]] QString replacementFor(QStringView text, const Match &match, const QString &replacement) const;

private:
    QString m_pattern;
    Options m_options;
    QRegularExpression m_expression;
};
