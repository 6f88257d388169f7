#include "postgresserver.h"

#include "testenvironment.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>

#include <cerrno>
#include <cstring>
#include <poll.h>
#include <pwd.h>
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
constexpr auto superUserPassword = "newsdesk-test-secret";
const QString runuser = u"/usr/sbin/runuser"_s;

// A port nobody listens on right now: the kernel picks one for a throwaway listener.
int freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const int port = probe.serverPort();
    probe.close();
    return port;
}
} // namespace

PostgresServer::PostgresServer()
    : m_dir(QDir::tempPath() + u"/newsdesk-pg-XXXXXX"_s)
    , m_binDir(qEnvironmentVariable("NEWSDESK_PG_BINDIR", u"/usr/lib/postgresql/17/bin"_s))
{
}

PostgresServer::~PostgresServer()
{
    if (m_running)
        stop();
}

bool PostgresServer::fail(const QString &message)
{
    m_error = message;
    return false;
}

QString PostgresServer::binary(const QString &name) const
{
    return m_binDir + u'/' + name;
}

QString PostgresServer::url(const QString &database) const
{
    return u"postgresql://%1@127.0.0.1:%2/%3"_s.arg(QString::fromLatin1(superUser)).arg(m_port).arg(database);
}

bool PostgresServer::runAsPostgres(const QString &program, const QStringList &arguments, QString *output, int timeoutMs)
{
    QProcess process;
    // The data folder is the only place the postgres user may enter for sure.
    process.setWorkingDirectory(m_dir.path());
    process.start(runuser, QStringList{u"-u"_s, u"postgres"_s, u"--"_s, program} + arguments);
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString log = QString::fromLocal8Bit(process.readAllStandardError() + process.readAllStandardOutput());
        if (process.state() != QProcess::NotRunning)
            process.kill();
        return fail(u"%1 %2 failed (%3): %4"_s.arg(program, arguments.join(u' '), process.errorString(), log));
    }
    if (output)
        *output = QString::fromUtf8(process.readAllStandardOutput());
    return true;
}

bool PostgresServer::initialize()
{
    if (!m_dir.isValid())
        return fail(u"Cannot create a temporary folder for PostgreSQL: %1"_s.arg(m_dir.errorString()));
    for (const QString &tool : {u"initdb"_s, u"pg_ctl"_s, u"pg_isready"_s, u"psql"_s}) {
        if (!QFileInfo(binary(tool)).isExecutable())
            return fail(u"PostgreSQL is not installed: %1 is missing. Install postgresql-17 (tools/debian-packages.txt); "
                        "these tests never skip."_s.arg(binary(tool)));
    }
    if (!QFileInfo(runuser).isExecutable())
        return fail(u"%1 is missing; it runs the server as the unprivileged postgres user."_s.arg(runuser));
    const passwd *user = getpwnam("postgres");
    if (!user)
        return fail(u"There is no postgres system user (the Debian postgresql package creates it)."_s);
    if (::chown(QFile::encodeName(m_dir.path()).constData(), user->pw_uid, user->pw_gid) != 0)
        return fail(u"Cannot hand %1 to the postgres user."_s.arg(m_dir.path()));

    const QString pwFile = m_dir.path() + u"/pwfile"_s;
    QFile pw(pwFile);
    if (!pw.open(QIODevice::WriteOnly) || pw.write(superUserPassword) < 0)
        return fail(u"Cannot write %1"_s.arg(pwFile));
    pw.close();
    if (::chown(QFile::encodeName(pwFile).constData(), user->pw_uid, user->pw_gid) != 0)
        return fail(u"Cannot hand %1 to the postgres user."_s.arg(pwFile));
    if (!runAsPostgres(binary(u"initdb"_s),
                       {u"-D"_s, m_dir.path() + u"/data"_s, u"-U"_s, QString::fromLatin1(superUser), u"--pwfile"_s, pwFile,
                        u"--auth-local=trust"_s, u"--auth-host=scram-sha-256"_s, u"--encoding=UTF8"_s,
                        u"--locale-provider=builtin"_s, u"--builtin-locale=C.UTF-8"_s, u"--locale=C.UTF-8"_s,
                        u"--no-sync"_s},
                       nullptr, 120000))
        return false;

    m_port = freeLoopbackPort();
    if (m_port == 0)
        return fail(u"No free loopback port for PostgreSQL."_s);
    // Test data only: fsync is traded for speed (that loses data only when the machine itself
    // fails). synchronous_commit stays on: with it off, the set-up's GRANTs committed just
    // before a test's immediate shutdown were lost in the crash recovery, and the journalists
    // then had no rights on the tables (newsroomtest's flaky live update). Appending keeps the
    // file's owner.
    QFile conf(m_dir.path() + u"/data/postgresql.conf"_s);
    if (!conf.open(QIODevice::Append))
        return fail(u"Cannot configure %1: %2"_s.arg(conf.fileName(), conf.errorString()));
    conf.write(u"\nport = %1\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '%2'\n"
               "fsync = off\nfull_page_writes = off\nmax_connections = 60\n"_s
                   .arg(m_port)
                   .arg(m_dir.path())
                   .toUtf8());
    conf.close();

    // libpq finds the password here, as it would in a journalist's ~/.pgpass.
    const QString passFile = TestEnvironment::home() + u"/.pgpass"_s;
    QFile pass(passFile);
    if (!pass.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(u"Cannot write %1"_s.arg(passFile));
    pass.write(u"127.0.0.1:%1:*:%2:%3\n"_s.arg(m_port).arg(QString::fromLatin1(superUser), QString::fromLatin1(superUserPassword)).toUtf8());
    pass.close();
    pass.setPermissions(QFile::ReadOwner | QFile::WriteOwner); // libpq ignores a readable pgpass
    qputenv("PGPASSFILE", QFile::encodeName(passFile));
    m_initialized = true;
    return true;
}

bool PostgresServer::start()
{
    if (!m_initialized && !initialize())
        return false;
    if (!runAsPostgres(binary(u"pg_ctl"_s),
                       {u"-D"_s, m_dir.path() + u"/data"_s, u"-l"_s, m_dir.path() + u"/server.log"_s, u"-W"_s, u"start"_s}))
        return false;
    m_running = true;
    return waitUntilReady();
}

bool PostgresServer::waitUntilReady()
{
    // Bounded: a server that does not come up within the deadline is a failure with its log.
    const QDeadlineTimer deadline(60000);
    for (int attempt = 0; attempt < 2000 && !deadline.hasExpired(); ++attempt) {
        QProcess probe;
        probe.start(binary(u"pg_isready"_s), {u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(m_port), u"-t"_s, u"1"_s});
        if (!probe.waitForFinished(int(std::max<qint64>(1, deadline.remainingTime()))))
            break;
        if (probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0)
            return true;
    }
    QFile log(m_dir.path() + u"/server.log"_s);
    const QString text = log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
    return fail(u"PostgreSQL did not become ready on port %1. Server log:\n%2"_s.arg(m_port).arg(text));
}

bool PostgresServer::stop(bool immediate)
{
    if (!m_running)
        return true;
    const bool ok = runAsPostgres(binary(u"pg_ctl"_s), {u"-D"_s, m_dir.path() + u"/data"_s, u"-m"_s,
                                                        immediate ? u"immediate"_s : u"fast"_s, u"-w"_s, u"stop"_s});
    if (ok)
        m_running = false;
    return ok;
}

namespace {
// The processes whose parent is pid, from /proc.
QList<pid_t> childrenOf(pid_t pid)
{
    QList<pid_t> children;
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool numeric = false;
        const pid_t candidate = entry.toInt(&numeric);
        if (!numeric)
            continue;
        QFile stat(u"/proc/%1/stat"_s.arg(candidate));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // pid (comm) state ppid ...: comm may hold spaces, so read after the last ')'.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields.at(1).toInt() == pid)
            children.append(candidate);
    }
    return children;
}

// Waits until a process (not our child) has gone, without sleeping: a pidfd becomes readable
// when the process exits.
bool waitGone(pid_t pid, int timeoutMs)
{
    const int fd = int(::syscall(SYS_pidfd_open, pid, 0));
    if (fd < 0)
        return errno == ESRCH; // already gone
    pollfd entry{fd, POLLIN, 0};
    const int ready = ::poll(&entry, 1, timeoutMs);
    ::close(fd);
    return ready == 1;
}
} // namespace

bool PostgresServer::kill()
{
    if (!m_running)
        return fail(u"The server does not run."_s);
    QFile pidFile(m_dir.path() + u"/data/postmaster.pid"_s);
    if (!pidFile.open(QIODevice::ReadOnly))
        return fail(u"Cannot read %1"_s.arg(pidFile.fileName()));
    const pid_t postmaster = pid_t(pidFile.readLine().trimmed().toInt());
    if (postmaster <= 0)
        return fail(u"No postmaster pid in %1"_s.arg(pidFile.fileName()));
    // The postmaster is frozen first, so that it forks no new backend for a connecting client;
    // then its children are collected (a child of a dead postmaster would be adopted by init and
    // could no longer be found) and everybody is killed at once.
    if (::kill(postmaster, SIGSTOP) != 0)
        return fail(u"Cannot stop the postmaster %1: %2"_s.arg(postmaster).arg(QString::fromLocal8Bit(strerror(errno))));
    QList<pid_t> victims = childrenOf(postmaster);
    victims.prepend(postmaster);
    for (const pid_t pid : std::as_const(victims))
        ::kill(pid, SIGKILL);
    for (const pid_t pid : std::as_const(victims)) {
        if (!waitGone(pid, 30000))
            return fail(u"PostgreSQL process %1 survived SIGKILL for 30 s"_s.arg(pid));
    }
    // Dead is not yet reaped: init may take a while to collect the zombies, and the new
    // postmaster would take the old pid for a live server (kill(pid, 0) succeeds on a zombie).
    // Every process of the old server is gone, so its lock files are stale: the data folder's
    // and the socket's, which names the same old pid.
    QFile::remove(pidFile.fileName());
    QFile::remove(u"%1/.s.PGSQL.%2.lock"_s.arg(m_dir.path()).arg(m_port));
    m_running = false;
    return true;
}

QString PostgresServer::psql(const QString &database, const QString &sql, bool *ok)
{
    QString output;
    const bool done = runAsPostgres(binary(u"psql"_s),
                                    {u"-h"_s, m_dir.path(), u"-p"_s, QString::number(m_port), u"-U"_s,
                                     QString::fromLatin1(superUser), u"-d"_s, database, u"-v"_s, u"ON_ERROR_STOP=1"_s,
                                     u"-At"_s, u"-c"_s, sql},
                                    &output);
    if (ok)
        *ok = done;
    return output.trimmed();
}

QString PostgresServer::psqlAs(const QString &database, const QString &role, const QString &sql, bool *ok)
{
    QString output;
    const bool done = runAsPostgres(binary(u"psql"_s),
                                    {u"-h"_s, m_dir.path(), u"-p"_s, QString::number(m_port), u"-U"_s, role, u"-d"_s,
                                     database, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-At"_s, u"-c"_s, sql},
                                    &output);
    if (ok)
        *ok = done;
    return output.trimmed();
}

QString PostgresServer::createDatabase(const QString &name)
{
    bool ok = false;
    psql(u"postgres"_s, u"CREATE DATABASE \"%1\""_s.arg(name), &ok);
    return ok ? url(name) : QString();
}

QString PostgresServer::url(const QString &database, const QString &role) const
{
    return u"postgresql://%1@127.0.0.1:%2/%3"_s.arg(role).arg(m_port).arg(database);
}

bool PostgresServer::createRole(const QString &role, const QString &password, const QString &displayName,
                                const QString &passFile)
{
    bool ok = false;
    psql(u"postgres"_s,
         u"CREATE ROLE \"%1\" LOGIN PASSWORD '%2'; COMMENT ON ROLE \"%1\" IS '%3'"_s.arg(role, password, displayName),
         &ok);
    if (!ok)
        return false;
    const QString line = u"127.0.0.1:%1:*:%2:%3\n"_s.arg(m_port).arg(role, password);
    for (const QString &path : {qEnvironmentVariable("PGPASSFILE"), passFile}) {
        if (path.isEmpty())
            continue;
        QFile file(path);
        if (!file.open(QIODevice::Append))
            return fail(u"Cannot write %1"_s.arg(path));
        file.write(line.toUtf8());
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    return true;
}

bool PostgresServer::grantTables(const QString &database, const QString &role)
{
    bool ok = false;
    psql(database,
         u"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO \"%1\"; "
         "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO \"%1\"; "
         "DO $$BEGIN IF EXISTS (SELECT FROM pg_roles WHERE rolname = current_database() || '_editor') THEN "
         "EXECUTE format('GRANT %I TO %I', current_database() || '_editor', '%1'); END IF; END$$"_s.arg(role),
         &ok);
    return ok;
}

bool PostgresServer::grantNewsroomRole(const QString &database, const QString &role, const QString &group)
{
    bool ok = false;
    psql(database, u"GRANT \"%1_%2\" TO \"%3\""_s.arg(database, group, role), &ok);
    return ok;
}
