#include "databasecopier.h"

#include "articlesnapshot.h"
#include "sqlarticlerepository.h"
#include "sqldialect.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
struct Table {
    QString name;
    QStringList columns;
    QString order;
};

// Photos first: revisions and journal refer to them; articles before revisions.
const QList<Table> &tables()
{
    static const QList<Table> list = {
        {u"photos"_s, {u"id"_s, u"sha256"_s, u"data"_s, u"mime_type"_s, u"width"_s, u"height"_s}, u"id"_s},
        {u"articles"_s,
         {u"id"_s, u"section"_s, u"headline"_s, u"status"_s, u"created"_s, u"modified"_s, u"revision"_s, u"trashed_at"_s,
          u"words"_s, u"source_uri"_s},
         u"id"_s},
        {u"revisions"_s,
         {u"article_id"_s, u"revision"_s, u"saved_at"_s, u"snapshot"_s, u"photo_id"_s, u"status"_s, u"headline"_s, u"words"_s,
          u"saved_by"_s},
         u"article_id, revision"_s},
        {u"journal"_s, {u"article_id"_s, u"base_revision"_s, u"written_at"_s, u"snapshot"_s, u"photo_id"_s}, u"article_id"_s},
        {u"sections"_s, {u"name"_s, u"position"_s}, u"position, name"_s},
        {u"newsroom_words"_s, {u"word"_s}, u"word"_s},
        {u"newsroom_settings"_s, {u"key"_s, u"value"_s}, u"key"_s},
    };
    return list;
}

// The same bytes for the same value, whichever driver read it (SQLite integers arrive as
// qlonglong, PostgreSQL integers as int; blobs and bytea as QByteArray).
void feed(QCryptographicHash &hash, const QVariant &value)
{
    if (value.isNull())
        hash.addData("\x01null");
    else if (value.typeId() == QMetaType::QByteArray)
        hash.addData(QCryptographicHash::hash(value.toByteArray(), QCryptographicHash::Sha256));
    else
        hash.addData(value.toString().toUtf8());
    hash.addData("\x1f");
}

bool exec(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.exec(sql))
        return true;
    *error = query.lastError().text();
    return false;
}
} // namespace

std::optional<DatabaseInventory> DatabaseCopier::inventory(const QSqlDatabase &database, QString *error)
{
    DatabaseInventory result;
    for (const Table &table : tables()) {
        QSqlQuery count(database);
        if (!exec(count, u"SELECT count(*) FROM "_s + table.name, error) || !count.next())
            return std::nullopt;
        result.counts.insert(table.name, count.value(0).toLongLong());
    }
    QMap<qint64, QCryptographicHash *> hashes;
    std::vector<std::unique_ptr<QCryptographicHash>> owned;
    const auto hashFor = [&](qint64 id) {
        if (!hashes.contains(id)) {
            owned.push_back(std::make_unique<QCryptographicHash>(QCryptographicHash::Sha256));
            hashes.insert(id, owned.back().get());
        }
        return hashes.value(id);
    };
    const QList<std::pair<QString, QString>> parts = {
        {u"SELECT id, section, headline, status, created, modified, revision, trashed_at, words, source_uri FROM articles ORDER BY id"_s,
         u"article"_s},
        {u"SELECT r.article_id, r.revision, r.saved_at, r.snapshot, r.status, r.headline, r.words, r.saved_by, p.data, p.mime_type "
         "FROM revisions r LEFT JOIN photos p ON p.id = r.photo_id ORDER BY r.article_id, r.revision"_s,
         u"revision"_s},
        {u"SELECT j.article_id, j.base_revision, j.written_at, j.snapshot, p.data FROM journal j "
         "LEFT JOIN photos p ON p.id = j.photo_id ORDER BY j.article_id"_s,
         u"journal"_s},
    };
    for (const auto &[sql, kind] : parts) {
        QSqlQuery query(database);
        query.setForwardOnly(true);
        if (!exec(query, sql, error))
            return std::nullopt;
        while (query.next()) {
            QCryptographicHash *hash = hashFor(query.value(0).toLongLong());
            hash->addData(kind.toUtf8());
            for (int i = 1; i < query.record().count(); ++i)
                feed(*hash, query.value(i));
        }
    }
    for (auto it = hashes.cbegin(); it != hashes.cend(); ++it)
        result.checksums.insert(it.key(), it.value()->result());
    return result;
}

DatabaseCopier::Result DatabaseCopier::copy(SqlArticleRepository &source, SqlArticleRepository &target)
{
    Result result;
    QSqlDatabase from = source.database();
    QSqlDatabase to = target.database();
    QString error;
    const auto sourceInventory = inventory(from, &error);
    if (!sourceInventory) {
        result.error = tr("Cannot read %1: %2").arg(source.location(), error);
        return result;
    }
    result.source = *sourceInventory;
    const auto before = inventory(to, &error);
    if (!before) {
        result.error = tr("Cannot read %1: %2").arg(target.location(), error);
        return result;
    }
    if (before->counts.value(u"articles"_s) > 0 || before->counts.value(u"journal"_s) > 0) {
        result.error = tr("%1 already holds articles. Copy only into a new, empty database, so that nothing there is "
                          "mixed up or overwritten.").arg(target.location());
        return result;
    }

    const auto failed = [&](const QString &detail) {
        QSqlQuery rollback(to);
        rollback.exec(u"ROLLBACK"_s);
        result.error = tr("Copying into %1 failed; nothing was changed there (database error: %2)").arg(target.location(), detail);
        return result;
    };
    QSqlQuery begin(to);
    if (!begin.exec(target.dialect().beginWrite())) {
        result.error = tr("Cannot start writing to %1: %2").arg(target.location(), begin.lastError().text());
        return result;
    }
    for (const QString &table : {u"sections"_s, u"newsroom_words"_s, u"photos"_s}) {
        QSqlQuery clear(to);
        if (!exec(clear, u"DELETE FROM "_s + table, &error))
            return failed(error);
    }
    for (const Table &table : tables()) {
        QSqlQuery select(from);
        select.setForwardOnly(true);
        if (!exec(select, u"SELECT %1 FROM %2 ORDER BY %3"_s.arg(table.columns.join(u", "_s), table.name, table.order), &error))
            return failed(error);
        QStringList placeholders;
        for (const QString &column : table.columns)
            placeholders.append(u':' + column);
        QSqlQuery insert(to);
        if (!insert.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table.name, table.columns.join(u", "_s),
                                                                     placeholders.join(u", "_s))))
            return failed(insert.lastError().text());
        while (select.next()) {
            for (int i = 0; i < table.columns.size(); ++i)
                insert.bindValue(placeholders.at(i), select.value(i));
            if (!insert.exec())
                return failed(insert.lastError().text());
        }
    }
    for (const QString &statement : target.dialect().afterExplicitIds()) {
        QSqlQuery query(to);
        if (!exec(query, statement, &error))
            return failed(error);
    }
    // The search index is rebuilt in the target's own form (FTS5 or trigram + german).
    QSqlQuery current(from);
    current.setForwardOnly(true);
    if (!exec(current, u"SELECT a.id, r.snapshot FROM articles a JOIN revisions r ON r.article_id = a.id AND r.revision = a.revision"_s,
              &error))
        return failed(error);
    QSqlQuery index(to);
    if (!index.prepare(target.dialect().searchIndexInsert()))
        return failed(index.lastError().text());
    while (current.next()) {
        const auto article = ArticleSnapshot::fromJson(current.value(1).toByteArray());
        if (!article)
            return failed(tr("the newest revision of article %1 is damaged").arg(current.value(0).toLongLong()));
        SqlDialect::bindSearchDocument(index, current.value(0), ArticleSnapshot::searchDocument(*article));
        if (!index.exec())
            return failed(index.lastError().text());
    }
    QSqlQuery commit(to);
    if (!commit.exec(u"COMMIT"_s))
        return failed(commit.lastError().text());

    const auto targetInventory = inventory(to, &error);
    if (!targetInventory) {
        result.error = tr("The copy in %1 cannot be read back: %2").arg(target.location(), error);
        return result;
    }
    result.target = *targetInventory;
    if (!(result.source == result.target)) {
        result.error = tr("The copy in %1 differs from %2 (counts or checksums).").arg(target.location(), source.location());
        return result;
    }
    result.ok = true;
    return result;
}
