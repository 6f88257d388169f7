#include "validation/readabilitychecks.h"

#include "article.h"
#include "settings/newsroomsettings.h"
#include "text/articlelength.h"
#include "text/readability.h"

#include <QLocale>

#include <cmath>

// A table of bands on purpose, its rows alike: one threshold and its translated name per line.
QString ReadabilityChecks::fleschBand(double score)
{
    if (score >= 90)
        return tr("very easy");
    if (score >= 80)
        return tr("easy");
    if (score >= 70)
        return tr("fairly easy");
    if (score >= 60)
        return tr("plain");
    if (score >= 50)
        return tr("fairly difficult");
    if (score >= 30)
        return tr("difficult");
    return tr("very difficult");
}

QList<Finding> ReadabilityChecks::check(const Article &article, const NewsroomSettings &settings,
                                        const Hyphenator *hyphenator)
{
    QList<Finding> findings;
    if (!settings.longSentences && !settings.flesch && !settings.longParagraphs && !settings.repeatedStarts)
        return findings;
    const QString body = ArticleLength::bodyText(article.bodyHtml);
    if (body.trimmed().isEmpty())
        return findings;
    const Readability::Report report = Readability::analyze(body, hyphenator);
    using Severity = Finding::Severity;

    if (settings.longSentences) {
        for (const Readability::Sentence &sentence : report.sentenceList) {
            if (sentence.words > settings.longSentenceWords)
                findings.append({ArticleField::Body, Severity::Warning,
                                 tr("A sentence has %1 words; over %2 words a reader loses the thread. Split it.")
                                     .arg(sentence.words)
                                     .arg(settings.longSentenceWords),
                                 sentence.start});
        }
    }
    if (settings.longParagraphs) {
        for (const Readability::Paragraph &paragraph : report.paragraphs) {
            if (paragraph.words > settings.longParagraphWords)
                findings.append({ArticleField::Body, Severity::Warning,
                                 tr("A paragraph has %1 words; over %2 words it reads as a wall of text, on a "
                                    "screen even more. Break it up.")
                                     .arg(paragraph.words)
                                     .arg(settings.longParagraphWords),
                                 paragraph.start});
        }
    }
    if (settings.repeatedStarts) {
        for (const Readability::RepeatedStart &run : report.repeatedStarts(NewsroomSettings::repeatedStartRun)) {
            qsizetype end = run.start;
            while (end < body.size() && (body.at(end).isLetterOrNumber() || body.at(end).isMark()))
                ++end;
            const QString word = end > run.start ? body.mid(run.start, end - run.start) : run.word;
            findings.append({ArticleField::Body, Severity::Info,
                             tr("%1 sentences in a row start with „%2“; varied beginnings read less monotonously.")
                                 .arg(run.count)
                                 .arg(word),
                             run.start});
        }
    }
    if (settings.flesch && report.hasScore()) {
        const double score = report.fleschAmstad();
        const QString rounded = QLocale().toString(score, 'f', 0);
        const bool hard = score < settings.fleschMinimum;
        findings.append({ArticleField::Body, hard ? Severity::Warning : Severity::Info,
                         tr("Reading ease (Flesch, German by Amstad): %1, %2. It falls with long sentences and long "
                            "words; 60 to 70 is plain German, news copy often reaches 50 to 60.")
                             .arg(rounded, fleschBand(score)),
                         std::nullopt});
    }
    return findings;
}
