#include "revisionretention.h"

#include <QSet>
#include <QString>

using namespace Qt::StringLiterals;

namespace RevisionRetention {
QList<std::pair<qint64, int>> doomed(const QList<Revision> &revisions, const QDateTime &now)
{
    constexpr qint64 day = 24 * 3600;
    QList<std::pair<qint64, int>> result;
    qint64 article = -1;
    bool keptPublished = false;
    QSet<QString> buckets;
    for (const Revision &entry : revisions) {
        bool keep = false;
        if (entry.articleId != article) { // newest revision of the article
            article = entry.articleId;
            keptPublished = false;
            buckets.clear();
            keep = true;
        }
        if (entry.published && !keptPublished) {
            keptPublished = true;
            keep = true;
        }
        const qint64 age = entry.savedAt.secsTo(now);
        QString bucket;
        if (age < day)
            keep = true;
        else if (age < 7 * day)
            bucket = u"h%1"_s.arg(entry.savedAt.toSecsSinceEpoch() / 3600);
        else
            bucket = u"d%1"_s.arg(entry.savedAt.toSecsSinceEpoch() / day);
        // Newest first: the first revision seen in an hour or day is the one kept for it.
        if (!bucket.isEmpty() && !buckets.contains(bucket)) {
            buckets.insert(bucket);
            keep = true;
        }
        if (!keep)
            result.append({entry.articleId, entry.revision});
    }
    return result;
}
} // namespace RevisionRetention
