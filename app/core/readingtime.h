#pragma once

#include <QString>

struct Article;

// Reading-time estimate: words of teaser, subheadings and body at a configurable rate,
// rounded to the nearest minute and never below one.
// Same shape as LineCounter on purpose: a setting's default and range live beside the class that uses it.
class ReadingTime
{
public:
    static constexpr int defaultWordsPerMinute = 230;
    static constexpr int minWordsPerMinute = 100;
    static constexpr int maxWordsPerMinute = 500;

    explicit ReadingTime(int wordsPerMinute = defaultWordsPerMinute);

    [[nodiscard]] int wordsPerMinute() const { return m_wordsPerMinute; }
    [[nodiscard]] int minutesForWords(int words) const;
    [[nodiscard]] int minutes(const Article &article) const;

    // Words as a reader counts them (TextLength::words): runs of letters or digits, so
    // "Übergangsfinanzierung" is one word, "10:15" one and "–" none.
    [[nodiscard]] static int countWords(QStringView text);
    // Words of teaser and body (subheadings included), what the estimate counts.
    [[nodiscard]] static int countArticleWords(const Article &article);

private:
    int m_wordsPerMinute;
};
