#include "validation/photometadatachecks.h"

#include "article.h"
#include "i18n/germanformat.h"
#include "photo/photometadata.h"
#include "photo/photometadatareader.h"

#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
// The words that name a rights holder, without labels, years and punctuation:
// "© 2024 dpa" and "Foto: dpa" both give {"dpa"}.
QSet<QString> holderWords(const QString &text)
{
    static const QRegularExpression separators(u"[^\\p{L}\\p{N}]+"_s);
    static const QSet<QString> labels{u"foto"_s, u"fotos"_s, u"photo"_s, u"bild"_s, u"copyright"_s, u"c"_s,
                                      u"all"_s, u"rights"_s, u"reserved"_s, u"alle"_s, u"rechte"_s, u"vorbehalten"_s};
    QSet<QString> words;
    for (const QString &word : text.toCaseFolded().split(separators, Qt::SkipEmptyParts)) {
        bool number = false;
        word.toInt(&number);
        if (!number && !labels.contains(word))
            words.insert(word);
    }
    return words;
}

bool samePlace(const QString &a, const QString &b)
{
    const QString x = a.simplified().toCaseFolded();
    const QString y = b.simplified().toCaseFolded();
    return x.contains(y) || y.contains(x);
}

// Dates a caption names: "25.10.2024" and "25. Oktober 2024".
QList<QDate> captionDates(const QString &caption)
{
    static const QRegularExpression numeric(u"(?<!\\d)(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d)"_s);
    static const QRegularExpression written(
        u"(?<!\\d)(\\d{1,2})\\.\\s*(Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\\s+(\\d{4})"_s);
    static const QStringList months{u"Januar"_s, u"Februar"_s, u"März"_s, u"April"_s, u"Mai"_s, u"Juni"_s,
                                    u"Juli"_s, u"August"_s, u"September"_s, u"Oktober"_s, u"November"_s, u"Dezember"_s};
    QList<QDate> dates;
    for (auto it = numeric.globalMatch(caption); it.hasNext();) {
        const auto m = it.next();
        const QDate date(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
        if (date.isValid())
            dates << date;
    }
    for (auto it = written.globalMatch(caption); it.hasNext();) {
        const auto m = it.next();
        const int month = m.captured(2) == u"Jänner"_s ? 1 : int(months.indexOf(m.captured(2))) + 1;
        const QDate date(m.captured(3).toInt(), month, m.captured(1).toInt());
        if (date.isValid())
            dates << date;
    }
    return dates;
}

// The place a caption starts with in agency form: "Berlin, 25.10.2024: ..."
QString captionPlace(const QString &caption)
{
    static const QRegularExpression pattern(u"^\\s*(\\p{L}[\\p{L} .\\-]{1,40}?),\\s*\\d{1,2}\\.\\s*(?:\\d{1,2}\\.|\\p{L}+)"_s);
    const auto match = pattern.match(caption);
    return match.hasMatch() ? match.captured(1).trimmed() : QString();
}
} // namespace

void PhotoMetadataChecks::check(const Article &article, QList<Finding> &findings)
{
    if (article.photo.isEmpty())
        return;
    thread_local QByteArray cachedData;
    thread_local PhotoMetadata cachedMetadata;
    if (cachedData.constData() != article.photo.data.constData() || cachedData.size() != article.photo.data.size()) {
        cachedMetadata = PhotoMetadataReader::read(article.photo.data);
        cachedData = article.photo.data;
    }
    check(article, cachedMetadata, findings);
}

void PhotoMetadataChecks::check(const Article &article, const PhotoMetadata &metadata, QList<Finding> &findings)
{
    using Severity = Finding::Severity;
    const Photo &photo = article.photo;
    if (photo.isEmpty())
        return;

    if (!metadata.copyright.isEmpty() && !photo.credit.trimmed().isEmpty()) {
        const QSet<QString> holder = holderWords(metadata.copyright);
        if (!holder.isEmpty() && !holder.intersects(holderWords(photo.credit)))
            findings.append({ArticleField::PhotoCredit, Severity::Warning,
                             tr("The photo's embedded copyright “%1” names someone other than the credit “%2”.")
                                 .arg(metadata.copyright, photo.credit.simplified()),
                             std::nullopt});
    }

    for (const QString &restriction : metadata.restrictions)
        findings.append({ArticleField::Photo, Severity::Warning,
                         tr("The photo carries an embargo or usage restriction: %1").arg(restriction), std::nullopt});

    const QString dateline = article.dateline.simplified();
    if (!dateline.isEmpty()) {
        const QString place = !captionPlace(photo.caption).isEmpty() ? captionPlace(photo.caption) : metadata.city;
        if (!place.isEmpty() && !samePlace(place, dateline))
            findings.append({ArticleField::PhotoCaption, Severity::Info,
                             tr("The photo was taken in %1, but the dateline says %2.").arg(place, dateline),
                             std::nullopt});
    }
    if (article.published.isValid()) {
        const QDate day = GermanFormat::inNewsroomZone(article.published).date();
        for (const QDate &date : captionDates(photo.caption)) {
            if (date != day) {
                findings.append({ArticleField::PhotoCaption, Severity::Info,
                                 tr("The caption names %1, but the article is published on %2.")
                                     .arg(GermanFormat::date(date), GermanFormat::date(day)),
                                 std::nullopt});
                break;
            }
        }
    }
}
