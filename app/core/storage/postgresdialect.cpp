#include "postgresdialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QUrl>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

bool PostgresDialect::isPostgresLocation(const QString &location)
{
    return location.startsWith(u"postgresql://"_s) || location.startsWith(u"postgres://"_s);
}

QString PostgresDialect::problemWith(const QString &location)
{
    const QUrl url(location, QUrl::StrictMode);
    const QString databaseName = url.path().mid(1);
    if (!url.isValid() || !isPostgresLocation(location) || url.host().isEmpty() || databaseName.isEmpty()
        || databaseName.contains(u'/'))
        return tr("%1 is not a PostgreSQL address. Use postgresql://user@host:port/database.").arg(location);
    if (!url.password().isEmpty() || QUrlQuery(url).hasQueryItem(u"password"_s))
        return tr("The address %1 contains a password. Newsdesk never takes passwords from addresses or settings: "
                  "put it into ~/.pgpass (or the file PGPASSFILE names).")
            .arg(url.toString(QUrl::RemovePassword | QUrl::RemoveQuery));
    return QString();
}

QString PostgresDialect::configureConnection(QSqlDatabase &database, const QString &location)
{
    if (QString problem = problemWith(location); !problem.isEmpty())
        return problem;
    const QUrl url(location, QUrl::StrictMode);
    database.setHostName(url.host());
    database.setPort(url.port(5432));
    database.setDatabaseName(url.path().mid(1));
    if (!url.userName().isEmpty())
        database.setUserName(url.userName());
    // Query items are libpq connection parameters (sslmode=require, ...); libpq rejects
    // unknown ones with a clear message. A server that does not answer fails within seconds.
    QStringList options{u"connect_timeout=5"_s, u"application_name=newsdesk"_s};
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items)
        options.append(key + u'=' + value);
    database.setConnectOptions(options.join(u';'));
    return QString();
}

QString PostgresDialect::driverName() const
{
    return u"QPSQL"_s;
}

QString PostgresDialect::inspect(const QString &location) const
{
    // A server cannot be inspected without connecting; the address at least must be sound.
    return problemWith(location);
}

void PostgresDialect::configure(QSqlDatabase &database, const QString &location, int busyTimeoutMs) const
{
    Q_UNUSED(busyTimeoutMs)
    configureConnection(database, location);
}

QStringList PostgresDialect::sessionSetup(int busyTimeoutMs) const
{
    // Timestamps are written by the repository as UTC text; the session time zone only matters
    // for the server's own now(). A lock held by a crashed client must not freeze the editor:
    // after lock_timeout the save fails visibly and the journal keeps the words.
    // "Saved" must survive a server crash: with synchronous_commit off (a server-wide setting
    // some administrators choose for speed) PostgreSQL acknowledges a COMMIT before its WAL is
    // written, and a killed server loses the last fraction of a second of acknowledged saves
    // (tests/core/storage/databasefaulttest.cpp saw two). For our sessions it is always on.
    return {u"SET TIME ZONE 'UTC'"_s, u"SET client_min_messages = warning"_s,
            u"SET lock_timeout = %1"_s.arg(std::max(1000, busyTimeoutMs * 3)), u"SET synchronous_commit = on"_s};
}

QString PostgresDialect::beginWrite() const
{
    // READ COMMITTED is enough: a save updates the article row only WHERE revision = base, and
    // a concurrent save waits for the row lock, then sees the new revision and is a conflict.
    return u"BEGIN"_s;
}

bool PostgresDialect::isBusy(const QSqlError &error) const
{
    // lock_not_available, serialization_failure, deadlock_detected
    const QString state = error.nativeErrorCode();
    return state == u"55P03"_s || state == u"40001"_s || state == u"40P01"_s;
}

bool PostgresDialect::isConnectionLoss(const QSqlError &error) const
{
    // SQLSTATE class 08 (connection exception), 57P01-57P03 (admin/crash shutdown, cannot
    // connect now). libpq reports a connection that died under a query without a SQLSTATE,
    // only with its own message; QPSQL marks failed opens as ConnectionError.
    const QString state = error.nativeErrorCode();
    if (state.startsWith(u"08"_s) || state == u"57P01"_s || state == u"57P02"_s || state == u"57P03"_s)
        return true;
    if (error.type() == QSqlError::ConnectionError)
        return true;
    if (!state.isEmpty())
        return false;
    static const QLatin1StringView libpqMessages[] = {
        "server closed the connection"_L1, "no connection to the server"_L1, "connection to server"_L1,
        "could not connect"_L1, "terminating connection"_L1, "could not send data to server"_L1,
        "could not receive data from server"_L1, "connection not open"_L1, "SSL connection has been closed"_L1,
        "EOF detected"_L1,
    };
    const QString text = error.databaseText() + u'\n' + error.driverText();
    return std::any_of(std::begin(libpqMessages), std::end(libpqMessages),
                       [&](QLatin1StringView message) { return text.contains(message, Qt::CaseInsensitive); });
}

namespace {
QString errorText(const QSqlError &error)
{
    return error.databaseText() + u'\n' + error.driverText();
}

// The quoted name libpq or the server puts into a message: role "anna" -> anna.
QString quoted(const QString &text, const QString &after)
{
    const qsizetype at = text.indexOf(after, 0, Qt::CaseInsensitive);
    if (at < 0)
        return QString();
    const qsizetype open = text.indexOf(u'"', at + after.size());
    const qsizetype close = open < 0 ? -1 : text.indexOf(u'"', open + 1);
    return close < 0 ? QString() : text.mid(open + 1, close - open - 1);
}
} // namespace

bool PostgresDialect::isLoginRejected(const QSqlError &error) const
{
    // invalid_authorization_specification, invalid_password, invalid_catalog_name; libpq
    // reports failed connections without a SQLSTATE, only with its own (English) text.
    const QString state = error.nativeErrorCode();
    if (state == u"28000"_s || state == u"28P01"_s || state == u"3D000"_s)
        return true;
    static const QLatin1StringView messages[] = {
        "password authentication failed"_L1, "no password supplied"_L1, "authentication failed"_L1,
        "pg_hba.conf"_L1, "role \""_L1, "database \""_L1,
    };
    const QString text = errorText(error);
    return std::any_of(std::begin(messages), std::end(messages), [&](QLatin1StringView message) {
        return text.contains(message, Qt::CaseInsensitive)
            && (message != "role \""_L1 || text.contains(u"does not exist"_s))
            && (message != "database \""_L1 || text.contains(u"does not exist"_s));
    });
}

QString PostgresDialect::explain(const QSqlError &error) const
{
    const QString text = errorText(error);
    const QString state = error.nativeErrorCode();
    const auto has = [&](QLatin1StringView part) { return text.contains(part, Qt::CaseInsensitive); };
    if (has("no password supplied"_L1))
        return tr("Login rejected: no password was found for this address. Check that ~/.pgpass (or the file "
                  "PGPASSFILE names) has a line host:port:database:user:password for it and is readable only by "
                  "you (chmod 600).");
    if (state == u"28P01"_s || has("password authentication failed"_L1))
        return tr("Login rejected: the server did not accept the password. Check the user name in the address and "
                  "the password in ~/.pgpass (or the file PGPASSFILE names).");
    if (has("pg_hba.conf"_L1))
        return tr("Login rejected: the server does not let this user connect from this computer. Ask the "
                  "administrator to allow it (pg_hba.conf).");
    if (has("role \""_L1) && has("does not exist"_L1))
        return tr("Login rejected: the server knows no user „%1“. Check the user name in the address.")
            .arg(quoted(text, u"role"_s));
    if (state == u"3D000"_s || (has("database \""_L1) && has("does not exist"_L1)))
        return tr("Login rejected: there is no database „%1“ on the server. Check the address.")
            .arg(quoted(text, u"database"_s));
    if (has("row-level security"_L1) || has("newsdesk role:"_L1))
        return tr("Your role in the newsroom does not allow this: writers may not publish, change a published "
                  "article or move a colleague's article to the trash. Nothing was changed; ask an editor "
                  "(Chef vom Dienst).");
    if (state == u"42501"_s || has("permission denied"_L1)) {
        static const QRegularExpression object(u"permission denied for (?:table|sequence|relation|schema) \"?([^\"\\s]+)"_s);
        const QString table = object.match(text).captured(1);
        return tr("No rights: your database user may not read or change the table „%1“. Ask the administrator for "
                  "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public and GRANT USAGE ON ALL "
                  "SEQUENCES IN SCHEMA public.")
            .arg(table.isEmpty() ? tr("(unknown)") : table);
    }
    if (has("Connection refused"_L1))
        return tr("The server does not answer: nothing listens at this address and port. Check that the server "
                  "runs and the address is right.");
    if (has("timeout expired"_L1))
        return tr("The server did not answer within 5 seconds. Check the network connection.");
    if (has("could not translate host name"_L1) || has("Name or service not known"_L1))
        return tr("The server's name cannot be found. Check the host name in the address and the network connection.");
    if (has("server closed the connection"_L1) || has("terminating connection"_L1) || has("no connection to the server"_L1))
        return tr("The connection to the server was lost (the server was restarted or the network is gone).");
    return QString();
}

QString PostgresDialect::lockSchema() const
{
    // Two editors connecting to a new database at once would both see schema 0 and both run
    // CREATE TABLE; the second would fail. A transaction-level advisory lock (released at
    // COMMIT/ROLLBACK, even when the client dies) lets the second wait and then re-read the
    // version. The key is arbitrary but fixed: every Newsdesk version must use the same one.
    return u"SELECT pg_advisory_xact_lock(1852072819)"_s;
}

QString PostgresDialect::userDisplayName() const
{
    // The administrator names each role once: COMMENT ON ROLE anna IS 'Anna Schäfer'. The
    // login name itself is never shown to colleagues.
    return u"SELECT coalesce(shobj_description((SELECT oid FROM pg_roles WHERE rolname = current_user), 'pg_authid'), '')"_s;
}

QString PostgresDialect::readSchemaVersion() const
{
    // The version sits in the comment of our schema, so that it can be read before any table
    // of ours exists; a database of another program reads as 0 and its CREATE TABLE fails.
    return u"SELECT coalesce(substring(obj_description(to_regnamespace(current_schema()), 'pg_namespace') "
           "FROM 'newsdesk schema ([0-9]+)')::integer, 0)"_s;
}

QString PostgresDialect::writeSchemaVersion(int version) const
{
    return u"DO $$BEGIN EXECUTE format('COMMENT ON SCHEMA %I IS %L', current_schema(), 'newsdesk schema %1'); END$$"_s
        .arg(version);
}

QString PostgresDialect::newsroomRole() const
{
    return u"SELECT newsdesk_role()"_s;
}

QStringList PostgresDialect::roleMigration()
{
    // newsdesk_role(): the owner (of the database or of the tables) and superusers are admin;
    // without the group roles (not set up yet) everyone else is an editor, as before schema 6;
    // then membership decides, and a login with bare table rights is a writer. An unknown
    // role never gets more than a writer.
    return {
        u"CREATE FUNCTION newsdesk_role() RETURNS text LANGUAGE sql STABLE AS $$ SELECT CASE "
        "WHEN pg_has_role(current_user, (SELECT datdba FROM pg_database WHERE datname = current_database()), 'USAGE') "
        "OR pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = 'articles'::regclass), 'USAGE') THEN 'admin' "
        "WHEN NOT EXISTS (SELECT FROM pg_roles WHERE rolname = current_database() || '_writer') THEN 'editor' "
        "WHEN EXISTS (SELECT FROM pg_roles r WHERE r.rolname = current_database() || '_admin' "
        "AND pg_has_role(current_user, r.oid, 'USAGE')) THEN 'admin' "
        "WHEN EXISTS (SELECT FROM pg_roles r WHERE r.rolname = current_database() || '_editor' "
        "AND pg_has_role(current_user, r.oid, 'USAGE')) THEN 'editor' "
        "ELSE 'writer' END $$"_s,
        // Who created an article: a writer may trash only her own drafts. Login name, never shown.
        u"ALTER TABLE articles ADD COLUMN created_by TEXT NOT NULL DEFAULT current_user"_s,
        u"UPDATE articles SET created_by = ''"_s,
        // Row-level security: a writer cannot store a published article or revision, and can
        // trash only her own drafts. The table owner (admin) is not subject to it.
        u"ALTER TABLE articles ENABLE ROW LEVEL SECURITY"_s,
        u"CREATE POLICY articles_read ON articles FOR SELECT USING (true)"_s,
        u"CREATE POLICY articles_create ON articles FOR INSERT WITH CHECK "
        "(newsdesk_role() <> 'writer' OR (status <> 3 AND trashed_at IS NULL AND created_by = current_user))"_s,
        u"CREATE POLICY articles_change ON articles FOR UPDATE USING (true) WITH CHECK "
        "(newsdesk_role() <> 'writer' OR (status <> 3 AND (trashed_at IS NULL OR created_by = current_user)))"_s,
        u"CREATE POLICY articles_delete ON articles FOR DELETE USING (newsdesk_role() <> 'writer')"_s,
        u"ALTER TABLE revisions ENABLE ROW LEVEL SECURITY"_s,
        u"CREATE POLICY revisions_read ON revisions FOR SELECT USING (true)"_s,
        u"CREATE POLICY revisions_create ON revisions FOR INSERT WITH CHECK (newsdesk_role() <> 'writer' "
        "OR (status <> 3 AND (snapshot::jsonb ->> 'status') IS DISTINCT FROM '3'))"_s,
        u"CREATE POLICY revisions_delete ON revisions FOR DELETE USING (newsdesk_role() <> 'writer')"_s,
        // A policy sees only the new row; taking an article back from Published (or changing a
        // published one) needs the old one.
        u"CREATE FUNCTION newsdesk_guard_published() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN "
        "IF OLD.status = 3 AND newsdesk_role() = 'writer' THEN RAISE EXCEPTION "
        "'newsdesk role: only an editor may change a published article' USING ERRCODE = '42501'; END IF; "
        "RETURN NEW; END$$"_s,
        u"CREATE TRIGGER articles_guard_published BEFORE UPDATE ON articles FOR EACH ROW "
        "EXECUTE FUNCTION newsdesk_guard_published()"_s,
        // The group roles and their rights. Needs CREATEROLE (or a superuser); the migration
        // runs it when it may, the administrator otherwise (docs/postgresql.md). Logins that had
        // the tables granted directly become writers: their own grants are revoked, so that no
        // bare DELETE right outlives the roles.
        u"CREATE FUNCTION newsdesk_setup_roles() RETURNS void LANGUAGE plpgsql AS $f$ DECLARE "
        "w text := current_database() || '_writer'; e text := current_database() || '_editor'; "
        "a text := current_database() || '_admin'; s text := current_schema(); r text; "
        "BEGIN "
        "FOREACH r IN ARRAY ARRAY[w, e, a] LOOP "
        "IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r) THEN EXECUTE format('CREATE ROLE %I NOLOGIN', r); END IF; "
        "END LOOP; "
        "EXECUTE format('GRANT %I TO %I', w, e); EXECUTE format('GRANT %I TO %I', e, a); "
        "FOR r IN SELECT DISTINCT pg_get_userbyid(g.grantee) FROM pg_class c, aclexplode(c.relacl) g "
        "WHERE c.relnamespace = s::regnamespace AND c.relkind IN ('r', 'S') AND g.grantee <> 0 AND g.grantee <> c.relowner "
        "AND pg_get_userbyid(g.grantee) NOT IN (w, e, a) LOOP "
        "EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM %I', s, r); "
        "EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA %I FROM %I', s, r); "
        "EXECUTE format('GRANT %I TO %I', w, r); END LOOP; "
        "EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', s, w); "
        "EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO %I', s, w); "
        "EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', s, w); "
        "EXECUTE format('GRANT INSERT, UPDATE (section, headline, status, modified, revision, words, trashed_at, source_uri) "
        "ON articles TO %I', w); "
        "EXECUTE format('GRANT INSERT ON revisions, photos TO %I', w); "
        "EXECUTE format('GRANT INSERT, UPDATE, DELETE ON article_search, edit_locks, journal TO %I', w); "
        "EXECUTE format('GRANT DELETE ON articles, revisions, photos TO %I', e); "
        "EXECUTE format('GRANT INSERT, UPDATE, DELETE ON newsroom_words, sections, newsroom_settings TO %I', a); "
        "END $f$"_s,
        u"DO $$BEGIN IF (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user) THEN "
        "PERFORM newsdesk_setup_roles(); END IF; END$$"_s,
    };
}

QList<SchemaMigration> PostgresDialect::migrations() const
{
    // The same logical schema as SqliteDialect, step by step: timestamps as ISO text (the
    // repository compares and sorts them as text on both), bytea for photos.
    return {
        {1,
         {u"CREATE TABLE articles (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
          "section TEXT NOT NULL DEFAULT '', headline TEXT NOT NULL DEFAULT '', status INTEGER NOT NULL DEFAULT 0, "
          "created TEXT NOT NULL, modified TEXT NOT NULL, revision INTEGER NOT NULL, trashed_at TEXT)"_s,
          // The same tables as SQLite's step 1 in PostgreSQL's types; each engine's released
          // steps are frozen, so they are written out per engine rather than generated.
          u"CREATE TABLE revisions (article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, "
          "revision INTEGER NOT NULL, saved_at TEXT NOT NULL, snapshot TEXT NOT NULL, PRIMARY KEY (article_id, revision))"_s,
          u"CREATE TABLE journal (article_id BIGINT PRIMARY KEY, base_revision INTEGER NOT NULL, "
          "written_at TEXT NOT NULL, snapshot TEXT NOT NULL)"_s,
          u"CREATE TABLE sections (name TEXT PRIMARY KEY, position INTEGER NOT NULL)"_s,
          u"INSERT INTO sections (name, position) VALUES ('Politik', 0), ('Wirtschaft', 1), ('Finanzen', 2), "
          "('Immobilien', 3), ('Panorama', 4), ('Kultur', 5), ('Sport', 6), ('Wissen', 7)"_s,
          u"CREATE TABLE newsroom_words (word TEXT PRIMARY KEY)"_s},
         {}},
        {2,
         {u"CREATE TABLE photos (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, sha256 BYTEA NOT NULL UNIQUE, "
          "data BYTEA NOT NULL, mime_type TEXT NOT NULL, width INTEGER NOT NULL, height INTEGER NOT NULL)"_s,
          u"ALTER TABLE revisions ADD COLUMN photo_id BIGINT REFERENCES photos(id)"_s,
          u"ALTER TABLE journal ADD COLUMN photo_id BIGINT REFERENCES photos(id)"_s,
          u"ALTER TABLE revisions ADD COLUMN status INTEGER NOT NULL DEFAULT 0"_s,
          u"ALTER TABLE revisions ADD COLUMN headline TEXT NOT NULL DEFAULT ''"_s,
          u"ALTER TABLE revisions ADD COLUMN words INTEGER NOT NULL DEFAULT 0"_s,
          u"ALTER TABLE articles ADD COLUMN words INTEGER NOT NULL DEFAULT 0"_s,
          u"CREATE INDEX revisions_by_time ON revisions (article_id, saved_at)"_s,
          u"CREATE INDEX revisions_by_photo ON revisions (photo_id)"_s},
         {}},
        // 3: search, soft edit locks and change notifications. pg_trgm is a trusted extension:
        // the database owner may create it; older servers need a superuser to run
        // CREATE EXTENSION pg_trgm once (see the report / README).
        {3,
         {u"CREATE EXTENSION IF NOT EXISTS pg_trgm"_s,
          u"CREATE TABLE article_search (id BIGINT PRIMARY KEY, content TEXT NOT NULL, document TSVECTOR NOT NULL)"_s,
          u"CREATE INDEX article_search_trigrams ON article_search USING gin (content gin_trgm_ops)"_s,
          u"CREATE INDEX article_search_words ON article_search USING gin (document)"_s,
          u"CREATE INDEX articles_by_modified ON articles (trashed_at, modified)"_s,
          u"CREATE TABLE edit_locks (article_id BIGINT NOT NULL, user_name TEXT NOT NULL, host TEXT NOT NULL, "
          "since TEXT NOT NULL, last_beat TEXT NOT NULL, PRIMARY KEY (article_id, user_name, host))"_s,
          u"CREATE FUNCTION newsdesk_notify_revision() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN "
          "PERFORM pg_notify('newsdesk_articles', NEW.article_id || ':' || NEW.revision); RETURN NULL; END$$"_s,
          u"CREATE TRIGGER revisions_notify AFTER INSERT ON revisions FOR EACH ROW EXECUTE FUNCTION newsdesk_notify_revision()"_s,
          u"CREATE FUNCTION newsdesk_notify_article() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN "
          "PERFORM pg_notify('newsdesk_articles', OLD.id || ':' || OLD.revision); RETURN NULL; END$$"_s,
          u"CREATE TRIGGER articles_notify AFTER UPDATE OF trashed_at OR DELETE ON articles FOR EACH ROW "
          "EXECUTE FUNCTION newsdesk_notify_article()"_s},
         {}},
        // 4: who saved each revision; live presence and newsroom words through the same
        // channel as the revisions ("presence:<article id>", "words"). A heartbeat only moves
        // last_beat and stays silent; joining, leaving, a stale lock revived or removed speak.
        {4,
         {u"ALTER TABLE revisions ADD COLUMN saved_by TEXT NOT NULL DEFAULT ''"_s,
          u"ALTER TABLE edit_locks ADD COLUMN display_name TEXT NOT NULL DEFAULT ''"_s,
          u"CREATE FUNCTION newsdesk_notify_presence() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN "
          "PERFORM pg_notify('newsdesk_articles', 'presence:' || CASE WHEN TG_OP = 'DELETE' THEN OLD.article_id "
          "ELSE NEW.article_id END); RETURN NULL; END$$"_s,
          u"CREATE TRIGGER edit_locks_notify AFTER INSERT OR DELETE ON edit_locks FOR EACH ROW "
          "EXECUTE FUNCTION newsdesk_notify_presence()"_s,
          u"CREATE TRIGGER edit_locks_notify_revived AFTER UPDATE ON edit_locks FOR EACH ROW "
          "WHEN (OLD.since IS DISTINCT FROM NEW.since) EXECUTE FUNCTION newsdesk_notify_presence()"_s,
          u"CREATE FUNCTION newsdesk_notify_words() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN "
          "PERFORM pg_notify('newsdesk_articles', 'words'); RETURN NULL; END$$"_s,
          u"CREATE TRIGGER newsroom_words_notify AFTER INSERT OR DELETE ON newsroom_words FOR EACH STATEMENT "
          "EXECUTE FUNCTION newsdesk_notify_words()"_s},
         {}},
        // 5: as SQLite's 6: source identity of imported articles, newsroom-wide settings.
        {5,
         {u"ALTER TABLE articles ADD COLUMN source_uri TEXT NOT NULL DEFAULT ''"_s,
          u"CREATE INDEX articles_by_source ON articles (source_uri) WHERE source_uri <> ''"_s,
          u"CREATE TABLE newsroom_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s},
         {}},
        // 6: newsroom roles, enforced by the server (docs/postgresql.md, NewsroomRole). Group roles
        // are per database (<database>_writer, _editor, _admin: role names are cluster-wide);
        // the owner of the database is always Admin. A migration that may not create roles
        // (the owner lacks CREATEROLE) still installs the rules; until the administrator runs
        // SELECT newsdesk_setup_roles() everybody but the owner stays an editor, as before.
        {6, roleMigration(), {}},
    };
}

QStringList PostgresDialect::afterExplicitIds() const
{
    return {u"SELECT setval(pg_get_serial_sequence('articles', 'id'), coalesce(max(id), 0) + 1, false) FROM articles"_s,
            u"SELECT setval(pg_get_serial_sequence('photos', 'id'), coalesce(max(id), 0) + 1, false) FROM photos"_s};
}

QString PostgresDialect::searchIndexDelete() const
{
    return u"DELETE FROM article_search WHERE id = :id"_s;
}

QString PostgresDialect::searchIndexInsert() const
{
    // Headlines weigh most in the german document. The casts give the untyped parameters of the
    // prepared statement a type.
    return u"INSERT INTO article_search (id, content, document) VALUES (:id, "
           "lower(concat_ws(E'\\n', CAST(:headline AS text), CAST(:teaser AS text), CAST(:body AS text), "
           "CAST(:tags AS text), CAST(:caption AS text))), "
           "setweight(to_tsvector('german', CAST(:headline AS text)), 'A') || to_tsvector('german', "
           "concat_ws(' ', CAST(:teaser AS text), CAST(:body AS text), CAST(:tags AS text), CAST(:caption AS text))))"_s;
}

SqlDialect::SearchCondition PostgresDialect::searchCondition(const QString &query) const
{
    // Every term must occur (trigram index, any part of a compound, any length), or the german
    // configuration must match the whole query (inflections: "Wahlen" finds "Wahl"). The terms
    // travel in one bound parameter, one per line, escaped for LIKE.
    SearchCondition condition;
    const QStringList terms = query.simplified().split(u' ', Qt::SkipEmptyParts);
    if (terms.isEmpty())
        return condition;
    QStringList escaped;
    QStringList likes;
    for (qsizetype i = 0; i < terms.size(); ++i) {
        escaped.append(QString(terms.at(i)).replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s));
        likes.append(u"s.content LIKE ('%' || lower(split_part(CAST(:search AS text), E'\\n', %1)) || '%')"_s.arg(i + 1));
    }
    condition.match = escaped.join(u'\n');
    condition.join = u"JOIN article_search s ON s.id = a.id"_s;
    condition.where = u"(("_s + likes.join(u" AND "_s)
        + u") OR s.document @@ plainto_tsquery('german', replace(CAST(:search AS text), E'\\n', ' ')))"_s;
    return condition;
}
