#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// A real PostgreSQL server for the tests of one executable: initdb into a temporary folder
// owned by the unprivileged "postgres" system user (the tests run as root), a free loopback
// port, fsync off (test data only), password authentication over TCP with the password in a
// private PGPASSFILE, as a newsroom would set it up. Start it once in initTestCase; the
// destructor stops the server and removes everything.
//
// A missing PostgreSQL installation makes start() fail with a clear message: the tests then
// fail, they never skip.
class PostgresServer
{
public:
    static constexpr const char *superUser = "newsdesk";

    PostgresServer();
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    // initdb (first time), start, wait until pg_isready answers. false: see errorString().
    bool start();
    // Fast shutdown (open connections are cut, as when a server restarts); immediate: the
    // server processes are killed without a checkpoint, as in a crash (pg_ctl -m immediate).
    bool stop(bool immediate = false);
    // The hardest crash short of pulling the plug: SIGKILL to the postmaster and every one of
    // its processes at once (no shutdown, no checkpoint, no goodbye to the clients); returns
    // when they are gone. start() then runs PostgreSQL's crash recovery from the WAL.
    bool kill();
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] int port() const { return m_port; }

    // Creates a database and returns its postgresql:// address (empty on failure).
    QString createDatabase(const QString &name);
    // Runs SQL with psql as the superuser; returns the unaligned output, nullopt-like empty
    // string plus errorString() on failure (ok says which).
    QString psql(const QString &database, const QString &sql, bool *ok = nullptr);
    // The same as the login role `role` (over the local socket, no password), so that a test
    // can prove what the server itself refuses to that role; a refusal is *ok false and the
    // server's message in errorString().
    QString psqlAs(const QString &database, const QString &role, const QString &sql, bool *ok = nullptr);
    [[nodiscard]] QString url(const QString &database) const;
    // The address of database for another login role.
    [[nodiscard]] QString url(const QString &database, const QString &role) const;
    // A login role of one journalist with its password in the shared PGPASSFILE (and, when
    // passFile is given, in a file of its own for a separate editor process); displayName
    // becomes the role's comment, which Newsdesk shows to colleagues.
    bool createRole(const QString &role, const QString &password, const QString &displayName,
                    const QString &passFile = QString());
    // Lets role read and write every Newsdesk table of database: the tables themselves and,
    // from schema 6 on, membership in the database's editor group (docs/postgresql.md).
    bool grantTables(const QString &database, const QString &role);
    // Makes role a member of the database's newsroom group: "writer", "editor" or "admin".
    bool grantNewsroomRole(const QString &database, const QString &role, const QString &group);

private:
    bool fail(const QString &message);
    bool runAsPostgres(const QString &program, const QStringList &arguments, QString *output = nullptr, int timeoutMs = 60000);
    bool initialize();
    bool waitUntilReady();
    [[nodiscard]] QString binary(const QString &name) const;

    QTemporaryDir m_dir;
    QString m_binDir;
    QString m_error;
    int m_port = 0;
    bool m_initialized = false;
    bool m_running = false;
};
