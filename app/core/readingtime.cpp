#include "readingtime.h"

#include "article.h"
#include "text/articlelength.h"
#include "text/textlength.h"


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
    return TextLength::words(text);
}

int ReadingTime::countArticleWords(const Article &article)
{
    return ArticleLength::measure(article).total().words;
}
