#include "readingtime.h"

#include "article.h"

#include <QTextDocumentFragment>

#include <algorithm>

ReadingTime::ReadingTime(int wordsPerMinute)
    : m_wordsPerMinute(std::clamp(wordsPerMinute, minWordsPerMinute, maxWordsPerMinute))
{
}

int ReadingTime::minutesForWords(int words) const
{
    // Round half up: 524 words at 230 wpm are 2.28 min -> 2; 700 are 3.04 -> 3.
    // Nothing to read takes no time: no "1 min" for an empty article.
    if (words <= 0)
        return 0;
    const int rounded = (words * 2 + m_wordsPerMinute) / (2 * m_wordsPerMinute);
    return std::max(1, rounded);
}

int ReadingTime::minutes(const Article &article) const
{
    return minutesForWords(countArticleWords(article));
}

int ReadingTime::countWords(QStringView text)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool wordChar = c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
        if (wordChar && !inWord)
            ++words;
        // Joiners keep "E-Mail" and "10:15" together only when a word char follows directly;
        // splitting them would count "E-Mail" as two words.
        if (wordChar)
            inWord = true;
        else if (!(inWord && (c == u'-' || c == u':' || c == u'.' || c == u'\'' || c == u'’')))
            inWord = false;
        else
            inWord = true;
    }
    return words;
}

int ReadingTime::countArticleWords(const Article &article)
{
    const QString body = QTextDocumentFragment::fromHtml(article.bodyHtml).toPlainText();
    return countWords(article.teaser) + countWords(body);
}
