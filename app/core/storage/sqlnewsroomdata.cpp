#include "sqlarticlerepository.h"

#include "sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

// What a newsroom shares beside its articles: the sections, the newsroom dictionary and the
// newsroom settings (length limits, readability hints).

std::optional<QStringList> SqlArticleRepository::sections()
{
    if (!ensureOpen())
        return std::nullopt;
    QSqlQuery query(m_database);
    if (!run(query, u"SELECT name FROM sections ORDER BY position, name"_s))
        return std::nullopt;
    QStringList result;
    while (query.next())
        result.append(query.value(0).toString());
    return result;
}

bool SqlArticleRepository::setSections(const QStringList &sections)
{
    if (!ensureOpen())
        return false;
    QStringList cleaned;
    for (const QString &section : sections) {
        const QString name = section.trimmed();
        if (name.isEmpty() || cleaned.contains(name, Qt::CaseInsensitive))
            return fail(tr("Section names must not be empty or repeated: \"%1\".").arg(section));
        cleaned.append(name);
    }
    return writeTransaction([&] {
        QSqlQuery clear(m_database);
        if (!run(clear, u"DELETE FROM sections"_s))
            return false;
        for (qsizetype i = 0; i < cleaned.size(); ++i) {
            QSqlQuery insert(m_database);
            if (!run(insert, u"INSERT INTO sections (name, position) VALUES (:name, :position)"_s,
                     {{u"name"_s, cleaned.at(i)}, {u"position"_s, int(i)}}))
                return false;
        }
        return true;
    });
}

std::optional<QStringList> SqlArticleRepository::newsroomWords()
{
    if (!ensureOpen())
        return std::nullopt;
    QSqlQuery query(m_database);
    if (!run(query, u"SELECT word FROM newsroom_words ORDER BY word"_s))
        return std::nullopt;
    QStringList result;
    while (query.next())
        result.append(query.value(0).toString());
    return result;
}

bool SqlArticleRepository::addNewsroomWord(const QString &word)
{
    const QString cleaned = word.trimmed();
    if (!ensureOpen())
        return false;
    if (cleaned.isEmpty() || cleaned.contains(u' '))
        return fail(tr("\"%1\" is not a single word.").arg(word));
    return writeTransaction([&] {
        QSqlQuery query(m_database);
        return run(query, u"INSERT INTO newsroom_words (word) VALUES (:word) ON CONFLICT (word) DO NOTHING"_s,
                   {{u"word"_s, cleaned}});
    });
}

bool SqlArticleRepository::removeNewsroomWord(const QString &word)
{
    if (!ensureOpen())
        return false;
    return writeTransaction([&] {
        QSqlQuery query(m_database);
        return run(query, u"DELETE FROM newsroom_words WHERE word = :word"_s, {{u"word"_s, word.trimmed()}});
    });
}

std::optional<QMap<QString, QString>> SqlArticleRepository::newsroomSettings()
{
    if (!ensureOpen())
        return std::nullopt;
    QSqlQuery query(m_database);
    if (!run(query, u"SELECT key, value FROM newsroom_settings"_s))
        return std::nullopt;
    QMap<QString, QString> result;
    while (query.next())
        result.insert(query.value(0).toString(), query.value(1).toString());
    return result;
}

bool SqlArticleRepository::setNewsroomSettings(const QMap<QString, QString> &values)
{
    if (!ensureOpen())
        return false;
    return writeTransaction([&] {
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            QSqlQuery query(m_database);
            if (!run(query,
                     u"INSERT INTO newsroom_settings (key, value) VALUES (:key, :value) "
                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                     {{u"key"_s, it.key()}, {u"value"_s, it.value()}}))
                return false;
        }
        return true;
    });
}
