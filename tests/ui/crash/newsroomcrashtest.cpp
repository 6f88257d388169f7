#include "postgresserver.h"
#include "storage/repositoryfactory.h"
#include "testenvironment.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {
std::optional<QString> run(const QString &program, const QStringList &arguments, const QProcessEnvironment &env,
                           int timeoutMs = 30000)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs) || process.exitCode() != 0) {
        qWarning("%s %s failed: %s", qPrintable(program), qPrintable(arguments.join(u' ')),
                 process.readAllStandardError().constData());
        return std::nullopt;
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

// One journalist's computer: her own HOME (settings, local journal), her own password file
// with her role only, her own X display and her own editor process.
struct Desk {
    QString name;
    QString url;
    QString home;
    QProcessEnvironment env;
    QProcess xvfb;
    QProcess editor;
    QString window;

    bool startDisplay()
    {
        xvfb.start(u"Xvfb"_s, {u"-displayfd"_s, u"1"_s, u"-screen"_s, u"0"_s, u"1366x768x24"_s, u"-nolisten"_s, u"tcp"_s});
        if (!xvfb.waitForStarted() || !xvfb.waitForReadyRead(10000))
            return false;
        env.insert(u"DISPLAY"_s, u":"_s + QString::fromLatin1(xvfb.readLine()).trimmed());
        return true;
    }
    bool startEditor()
    {
        editor.setProcessEnvironment(env);
        editor.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        editor.start(TestEnvironment::binary(u"newsdesk"_s), {u"--database"_s, url});
        if (!editor.waitForStarted())
            return false;
        window = run(u"xdotool"_s, {u"search"_s, u"--sync"_s, u"--onlyvisible"_s, u"--name"_s, u"Newsdesk"_s}, env)
                     .value_or(QString())
                     .section(u'\n', 0, 0);
        return !window.isEmpty() && run(u"xdotool"_s, {u"windowfocus"_s, u"--sync"_s, window}, env).has_value();
    }
    bool key(const QString &keys) { return run(u"xdotool"_s, {u"key"_s, keys}, env).has_value(); }
    bool type(const QString &text) { return run(u"xdotool"_s, {u"type"_s, u"--delay"_s, u"20"_s, text}, env).has_value(); }
    // What a restart of this journalist's editor would offer.
    QString recovery()
    {
        return run(TestEnvironment::binary(u"newsdesk"_s), {u"--database"_s, url, u"--print-recovery"_s}, env).value_or(QString());
    }
    void kill()
    {
        editor.kill(); // SIGKILL: no closeEvent, no save, no journal clean-up
        editor.waitForFinished(5000);
    }
    ~Desk()
    {
        if (editor.state() != QProcess::NotRunning)
            kill();
        xvfb.terminate();
        xvfb.waitForFinished(5000);
    }
};
} // namespace

// Two real editor processes, Anna's and Ben's, each with its own role, HOME and display, on one
// real PostgreSQL database; each is killed with SIGKILL while words are unsaved. A restart must
// offer each journalist exactly her own words: none lost, none of the colleague's shown.
class NewsroomCrashTest : public QObject
{
    Q_OBJECT

private:
    PostgresServer m_server;
    QTemporaryDir m_dir;

    std::unique_ptr<Desk> desk(const QString &role, const QString &displayName, const QString &database)
    {
        auto d = std::make_unique<Desk>();
        d->name = role;
        d->home = m_dir.filePath(role);
        QDir().mkpath(d->home + u"/.config"_s);
        QDir().mkpath(d->home + u"/.local/share"_s);
        const QString passFile = d->home + u"/pgpass"_s;
        if (!m_server.createRole(role, role + u"-geheim"_s, displayName, passFile) || !m_server.grantTables(database, role))
            return nullptr;
        d->url = m_server.url(database, role);
        d->env = QProcessEnvironment::systemEnvironment();
        d->env.insert(u"HOME"_s, d->home);
        d->env.insert(u"XDG_CONFIG_HOME"_s, d->home + u"/.config"_s);
        d->env.insert(u"XDG_DATA_HOME"_s, d->home + u"/.local/share"_s);
        d->env.insert(u"PGPASSFILE"_s, passFile);
        d->env.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
        d->env.remove(u"XAUTHORITY"_s);
        return d;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(u"Xvfb"_s).isEmpty(), "Xvfb is missing (tools/debian-packages.txt)");
        QVERIFY2(!QStandardPaths::findExecutable(u"xdotool"_s).isEmpty(), "xdotool is missing");
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void shouldRecoverEachJournalistsOwnWordsAfterSigkill()
    {
        // GIVEN a shared database with one article, and Anna's and Ben's computers
        const QString adminUrl = m_server.createDatabase(u"kill9"_s);
        QVERIFY2(!adminUrl.isEmpty(), qPrintable(m_server.errorString()));
        {
            auto admin = RepositoryFactory::open(adminUrl);
            QVERIFY2(admin.repository, qPrintable(admin.error));
            Article article;
            article.headline = u"Vorhandener Artikel"_s;
            article.bodyHtml = u"<p>Text</p>"_s;
            QVERIFY(admin.repository->save(article, 0).ok());
        }
        auto anna = desk(u"anna"_s, u"Anna Schäfer"_s, u"kill9"_s);
        auto ben = desk(u"ben"_s, u"Ben Berger"_s, u"kill9"_s);
        QVERIFY2(anna && ben, qPrintable(m_server.errorString()));
        QVERIFY(anna->startDisplay() && ben->startDisplay());
        QVERIFY2(anna->startEditor(), "Anna's editor window did not appear");
        QVERIFY2(ben->startEditor(), "Ben's editor window did not appear");

        // WHEN both start a new article and type a headline, until each is autosaved
        const QString annas = u"Annas Exklusiv Entwurf"_s;
        const QString bens = u"Bens Vorspann Entwurf"_s;
        QVERIFY(anna->key(u"ctrl+n"_s));
        QVERIFY(ben->key(u"ctrl+n"_s));
        QVERIFY(anna->type(annas));
        QVERIFY(ben->type(bens));
        QTRY_VERIFY_WITH_TIMEOUT(anna->recovery().contains(annas), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(ben->recovery().contains(bens), 20000);
        // AND Ben saves (the old shared journal row was deleted by this) and types on
        QVERIFY(ben->key(u"ctrl+s"_s));
        QVERIFY(ben->type(u" weiter"_s));
        QTRY_VERIFY_WITH_TIMEOUT(ben->recovery().contains(bens + u" weiter"_s), 20000);
        // AND both editors are killed
        QElapsedTimer timer;
        timer.start();
        anna->kill();
        ben->kill();
        QCOMPARE(anna->editor.exitStatus(), QProcess::CrashExit);
        QCOMPARE(ben->editor.exitStatus(), QProcess::CrashExit);

        // THEN each restart offers exactly the journalist's own words: nothing lost, nothing shared
        const QString annaOffered = anna->recovery();
        const QString benOffered = ben->recovery();
        qInfo("recovery of both after kill -9: %lld ms", timer.elapsed());
        QVERIFY2(annaOffered.contains(annas), qPrintable(annaOffered));
        QVERIFY2(!annaOffered.contains(u"Bens"_s), qPrintable(annaOffered));
        QVERIFY2(benOffered.contains(bens + u" weiter"_s), qPrintable(benOffered));
        QVERIFY2(!benOffered.contains(u"Annas"_s), qPrintable(benOffered));
        // AND the server's journal table holds nothing of either
        QCOMPARE(m_server.psql(u"kill9"_s, u"SELECT count(*) FROM journal"_s), u"0"_s);
        // AND each journal file is private to its owner
        for (Desk *d : {anna.get(), ben.get()}) {
            QStringList journals;
            QDirIterator it(d->home + u"/.local/share"_s, {u"journal-*"_s}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                journals.append(it.next());
            QVERIFY2(!journals.isEmpty(), qPrintable(d->home));
            for (const QString &file : journals) {
                const QFile::Permissions permissions = QFileInfo(file).permissions();
                QVERIFY2(!(permissions & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)),
                         qPrintable(file));
            }
        }
        qInfo("text lost after kill -9 with two journalists: 0 of 2 autosaved headlines");
    }
};

QTEST_GUILESS_MAIN(NewsroomCrashTest)
#include "newsroomcrashtest.moc"
