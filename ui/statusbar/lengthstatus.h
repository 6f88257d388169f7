#pragma once

#include "text/textmetrics.h"

#include <QObject>
#include <QString>

class AppSettings;
class ArticleForm;
class Hyphenator;
class LineCounter;
class QLabel;
class QTimer;
class QWidget;

// The status bar's length and reading time of the open article (or of the text selected in
// one of its fields), counted as every other counter counts (TextLength, ArticleLength).
class LengthStatus : public QObject
{
    Q_OBJECT

public:
    LengthStatus(ArticleForm *form, QWidget *window);

    // The reading rate from the preferences; without, the built-in default.
    void setSettings(const AppSettings *settings) { m_settings = settings; }
    // The newsroom's column width for Zeilen (NewsroomSettings::lineColumns); counts again.
    void setLineColumns(int columns);
    // The patterns Zeilen are counted with; until then, or with a problem to report, lines
    // break at hyphens only and the tooltip says so.
    void setHyphenator(const Hyphenator *hyphenator, const QString &problem);

    [[nodiscard]] QLabel *wordsLabel() const { return m_wordsLabel; }
    [[nodiscard]] QLabel *readingLabel() const { return m_readingLabel; }
    // From the documents, as the status bar counts: no HTML parsed again.
    [[nodiscard]] int readingMinutes() const;

    void update();
    // Counting 20,000 words on every keystroke would make typing stutter: after a short pause.
    void schedule();
    // The column width and hyphenation the open article is counted with.
    [[nodiscard]] LineCounter lineCounter() const;

Q_SIGNALS:
    // The whole article's counts after each update (empty without an article), for the
    // length target's verdict; a selection's counts are not the article's.
    void articleMeasured(const TextMetrics &metrics);

private:
    [[nodiscard]] QString selectedText() const; // of the focused form field, if any

    ArticleForm *m_form;
    QLabel *m_wordsLabel;
    QLabel *m_readingLabel;
    QTimer *m_delay;
    const AppSettings *m_settings = nullptr;
    int m_lineColumns;
    const Hyphenator *m_hyphenator = nullptr;
    QString m_hyphenationProblem;
};
