#include "sqlitesearchindex.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
// A stable hash (unlike qHash, not seeded per process): chunk boundaries must come out the
// same in every run, or the first save after a restart would re-index the whole body.
quint32 fnv1a(QStringView text)
{
    quint32 hash = 2166136261u;
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return hash;
}

QByteArray pieceHash(QStringView kind, const QStringList &fields)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(kind.toUtf8());
    for (const QString &field : fields) {
        hash.addData(QByteArrayView("\0", 1));
        hash.addData(field.toUtf8());
    }
    return hash.result();
}
} // namespace

QString SqliteSearchIndex::deleteStatement()
{
    return u"DELETE FROM article_search WHERE rowid >= :id * %1 AND rowid < (:id + 1) * %1"_s.arg(slots);
}

QString SqliteSearchIndex::insertStatement()
{
    // The whole article as one piece; updateSearchIndex() is what saves use.
    return u"INSERT INTO article_search (rowid, headline, teaser, body, tags, caption) "
           "VALUES (:id * %1, :headline, :teaser, :body, :tags, :caption)"_s.arg(slots);
}

QStringList SqliteSearchIndex::bodyChunks(const QString &body)
{
    // A piece ends after a paragraph whose own hash says so (one in eight), whatever came
    // before it: boundaries move only where paragraphs change, so an edit changes the piece
    // that holds the paragraph and nothing after it. maxChars bounds a piece that finds no
    // such paragraph.
    constexpr quint32 boundaryEvery = 8;
    constexpr qsizetype maxChars = 16000;
    QStringList chunks;
    QString current;
    for (const QStringView paragraph : QStringView(body).split(u'\n')) {
        if (paragraph.trimmed().isEmpty())
            continue;
        if (!current.isEmpty())
            current += u'\n';
        current += paragraph;
        if (current.size() >= maxChars || fnv1a(paragraph) % boundaryEvery == 0) {
            chunks.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        chunks.append(current);
    // Only bodies of millions of characters get here: join neighbours until the slots suffice.
    while (chunks.size() > slots - 1) {
        QStringList joined;
        for (qsizetype i = 0; i < chunks.size(); i += 2)
            joined.append(i + 1 < chunks.size() ? chunks.at(i) + u'\n' + chunks.at(i + 1) : chunks.at(i));
        chunks = joined;
    }
    return chunks;
}

bool SqliteSearchIndex::update(QSqlDatabase &database, qint64 id, const ArticleSnapshot::SearchDocument &document,
                               QString *error)
{
    const auto fail = [error](const QSqlQuery &query) {
        *error = query.lastError().text();
        return false;
    };
    QSqlQuery stored(database);
    if (!stored.prepare(u"SELECT slot, hash FROM article_search_pieces WHERE article_id = :id"_s))
        return fail(stored);
    stored.bindValue(u":id"_s, id);
    if (!stored.exec())
        return fail(stored);
    QHash<QByteArray, qint64> storedSlots; // hash -> slot
    QSet<qint64> usedSlots;
    QByteArray storedMeta;
    while (stored.next()) {
        const qint64 slot = stored.value(0).toLongLong();
        if (slot == 0)
            storedMeta = stored.value(1).toByteArray();
        else
            storedSlots.insert(stored.value(1).toByteArray(), slot);
        usedSlots.insert(slot);
    }
    stored = QSqlQuery();

    QSqlQuery removeRow(database);
    QSqlQuery removePiece(database);
    QSqlQuery insertRow(database);
    QSqlQuery insertPiece(database);
    if (!removeRow.prepare(u"DELETE FROM article_search WHERE rowid = :rowid"_s))
        return fail(removeRow);
    if (!removePiece.prepare(u"DELETE FROM article_search_pieces WHERE article_id = :id AND slot = :slot"_s))
        return fail(removePiece);
    if (!insertRow.prepare(u"INSERT INTO article_search (rowid, headline, teaser, body, tags, caption) "
                           "VALUES (:rowid, :headline, :teaser, :body, :tags, :caption)"_s))
        return fail(insertRow);
    if (!insertPiece.prepare(u"INSERT INTO article_search_pieces (article_id, slot, hash) VALUES (:id, :slot, :hash)"_s))
        return fail(insertPiece);
    const auto remove = [&](qint64 slot) {
        removeRow.bindValue(u":rowid"_s, id * slots + slot);
        if (!removeRow.exec())
            return fail(removeRow);
        removePiece.bindValue(u":id"_s, id);
        removePiece.bindValue(u":slot"_s, slot);
        return removePiece.exec() || fail(removePiece);
    };
    const auto insert = [&](qint64 slot, const QByteArray &hash, const QStringList &fields) {
        insertRow.bindValue(u":rowid"_s, id * slots + slot);
        insertRow.bindValue(u":headline"_s, fields.at(0));
        insertRow.bindValue(u":teaser"_s, fields.at(1));
        insertRow.bindValue(u":body"_s, fields.at(2));
        insertRow.bindValue(u":tags"_s, fields.at(3));
        insertRow.bindValue(u":caption"_s, fields.at(4));
        if (!insertRow.exec())
            return fail(insertRow);
        insertPiece.bindValue(u":id"_s, id);
        insertPiece.bindValue(u":slot"_s, slot);
        insertPiece.bindValue(u":hash"_s, hash);
        return insertPiece.exec() || fail(insertPiece);
    };

    const QStringList meta{document.headline, document.teaser, QString(), document.tags, document.caption};
    const QByteArray metaHash = pieceHash(u"meta", meta);
    if (metaHash != storedMeta) {
        if (usedSlots.contains(0) && !remove(0))
            return false;
        if (!insert(0, metaHash, meta))
            return false;
        usedSlots.insert(0);
    }

    QList<QPair<QByteArray, QString>> wanted;
    QSet<QByteArray> wantedHashes;
    for (const QString &chunk : bodyChunks(document.body)) {
        const QByteArray hash = pieceHash(u"body", {chunk});
        if (!wantedHashes.contains(hash)) { // the same text twice is found once
            wantedHashes.insert(hash);
            wanted.append({hash, chunk});
        }
    }
    for (auto it = storedSlots.cbegin(); it != storedSlots.cend(); ++it) {
        if (!wantedHashes.contains(it.key())) {
            if (!remove(it.value()))
                return false;
            usedSlots.remove(it.value());
        }
    }
    qint64 nextFree = 1;
    for (const auto &[hash, chunk] : std::as_const(wanted)) {
        if (storedSlots.contains(hash))
            continue;
        while (usedSlots.contains(nextFree))
            ++nextFree;
        if (nextFree >= slots) {
            *error = tr("The article is too long for the search index.");
            return false;
        }
        if (!insert(nextFree, hash, {QString(), QString(), chunk, QString(), QString()}))
            return false;
        usedSlots.insert(nextFree);
    }
    return true;
}

SqlDialect::SearchCondition SqliteSearchIndex::condition(const QString &query)
{
    SqlDialect::SearchCondition condition;
    QStringList phrases;
    const QStringList terms = query.simplified().split(u' ', Qt::SkipEmptyParts);
    for (const QString &term : terms) {
        // The trigram index needs three characters; shorter terms are matched on headlines.
        if (term.size() >= 3)
            phrases.append(u'"' + QString(term).replace(u'"', u"\"\""_s) + u'"');
        else
            condition.shortTerms.append(term);
    }
    if (phrases.isEmpty())
        return condition;
    // An article is several index rows (see SqliteSearchIndex). The first term drives the search in
    // the index's order, newest article first, so that it can stop after the first screen of
    // hits; DISTINCT lists an article once when several of its rows match (SQLite drops
    // repeats as rows stream by, without collecting all matches first). Every further term
    // may sit in any row of the same article: its matches are looked up once, not per row.
    condition.join = u"JOIN article_search(:search) AS hit ON a.id = hit.rowid / %1"_s.arg(slots);
    condition.distinct = true;
    QStringList further;
    for (qsizetype i = 1; i < phrases.size(); ++i) {
        const QString key = u"term%1"_s.arg(i);
        further.append(u"a.id IN (SELECT rowid / %1 FROM article_search(:%2))"_s.arg(slots).arg(key));
        condition.bindings.insert(key, phrases.at(i));
    }
    condition.where = further.join(u" AND "_s);
    condition.orderBy = u"hit.rowid DESC"_s;
    condition.match = phrases.first();
    return condition;
}
