#include "text/textsearch.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::StringLiterals;

TextSearch::TextSearch(const QString &pattern, Options options)
    : m_pattern(pattern)
    , m_options(options)
{
    if (pattern.isEmpty())
        return;
    QString expression = options.regularExpression ? pattern : QRegularExpression::escape(pattern);
    // A whole word has no letter, digit or underscore on either side, in any script: "Kiew"
    // must not match in "Kiewer".
    if (options.wholeWords)
        expression = u"(?<![\\p{L}\\p{N}_])(?:"_s + expression + u")(?![\\p{L}\\p{N}_])"_s;
    QRegularExpression::PatternOptions patternOptions = QRegularExpression::UseUnicodePropertiesOption;
    if (!options.matchCase)
        patternOptions |= QRegularExpression::CaseInsensitiveOption;
    m_expression = QRegularExpression(expression, patternOptions);
}

bool TextSearch::isValid() const
{
    return !m_pattern.isEmpty() && m_expression.isValid();
}

QString TextSearch::errorString() const
{
    if (m_pattern.isEmpty())
        return tr("Nothing to search for.");
    if (!m_expression.isValid())
        return tr("The regular expression is not valid: %1 (at character %2).")
            .arg(m_expression.errorString())
            .arg(m_expression.patternErrorOffset());
    return {};
}

QList<TextSearch::Match> TextSearch::find(QStringView text) const
{
    QList<Match> matches;
    if (!isValid() || text.isEmpty())
        return matches;
    for (auto it = m_expression.globalMatchView(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedLength() > 0)
            matches.append({match.capturedStart(), match.capturedLength()});
    }
    return matches;
}

QString TextSearch::replacementFor(QStringView text, const Match &match, const QString &replacement) const
{
    if (!m_options.regularExpression)
        return replacement;
    const QRegularExpressionMatch found = m_expression.matchView(text, match.start);
    QString result;
    for (qsizetype i = 0; i < replacement.size(); ++i) {
        const QChar c = replacement.at(i);
        if ((c == u'\\' || c == u'$') && i + 1 < replacement.size() && replacement.at(i + 1).isDigit()) {
            result += found.captured(replacement.at(i + 1).digitValue());
            ++i;
        } else if (c == u'\\' && i + 1 < replacement.size() && replacement.at(i + 1) == u'\\') {
            result += u'\\';
            ++i;
        } else {
            result += c;
        }
    }
    return result;
}

QString TextSearch::replaced(const QString &text, const QString &replacement, int *count) const
{
    const QList<Match> matches = find(text);
    if (count)
        *count = int(matches.size());
    if (matches.isEmpty())
        return text;
    QString result;
    result.reserve(text.size());
    qsizetype from = 0;
    for (const Match &match : matches) {
        result += QStringView(text).mid(from, match.start - from);
        result += replacementFor(text, match, replacement);
        from = match.start + match.length;
    }
    result += QStringView(text).mid(from);
    return result;
}

int TextSearch::replaceAll(QTextDocument &document, const QString &replacement) const
{
    if (!isValid())
        return 0;
    int count = 0;
    QTextCursor cursor(&document);
    bool editing = false;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        const QList<Match> matches = find(text);
        if (matches.isEmpty())
            continue;
        if (!editing) {
            cursor.beginEditBlock();
            editing = true;
        }
        // Back to front, so that earlier offsets stay valid.
        for (auto it = matches.crbegin(); it != matches.crend(); ++it) {
            cursor.setPosition(block.position() + it->start);
            cursor.setPosition(block.position() + it->start + it->length, QTextCursor::KeepAnchor);
            cursor.insertText(replacementFor(text, *it, replacement));
            ++count;
        }
    }
    if (editing)
        cursor.endEditBlock();
    return count;
}
