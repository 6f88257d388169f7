#include "storage/repositoryfactory.h"
#include "testenvironment.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

namespace {
// Runs a short command and returns its standard output; empty on failure.
std::optional<QString> run(const QString &program, const QStringList &arguments, const QProcessEnvironment &env, int timeoutMs = 15000)
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
} // namespace

// The real editor, real typing, a real SIGKILL: the restart must offer what was typed. Runs its
// own Xvfb so that xdotool can type through the X server as a keyboard does.
class CrashRecoveryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldOfferTypedTextAfterSigkill()
    {
        QVERIFY2(!QStandardPaths::findExecutable(u"Xvfb"_s).isEmpty(), "Xvfb is missing (tools/debian-packages.txt)");
        QVERIFY2(!QStandardPaths::findExecutable(u"xdotool"_s).isEmpty(), "xdotool is missing");

        // GIVEN a database with one article, and an X display of our own
        QTemporaryDir dir;
        const QString database = dir.filePath(u"news.sqlite"_s);
        {
            auto opening = RepositoryFactory::open(database);
            QVERIFY2(opening.repository, qPrintable(opening.error));
            Article article;
            article.headline = u"Vorhandener Artikel"_s;
            article.bodyHtml = u"<p>Text</p>"_s;
            QVERIFY(opening.repository->save(article, 0).ok());
        }
        QProcess xvfb;
        xvfb.start(u"Xvfb"_s, {u"-displayfd"_s, u"1"_s, u"-screen"_s, u"0"_s, u"1366x768x24"_s, u"-nolisten"_s,
                               u"tcp"_s});
        QVERIFY(xvfb.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(xvfb.canReadLine(), 10000);
        const QString display = u":"_s + QString::fromLatin1(xvfb.readLine()).trimmed();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DISPLAY"_s, display);
        env.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
        env.remove(u"XAUTHORITY"_s);

        // WHEN the editor runs, a new article is created and a headline typed
        QProcess editor;
        editor.setProcessEnvironment(env);
        editor.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        editor.start(TestEnvironment::binary(u"newsdesk"_s), {u"--database"_s, database});
        QVERIFY(editor.waitForStarted());
        const QString window = run(u"xdotool"_s, {u"search"_s, u"--sync"_s, u"--onlyvisible"_s, u"--name"_s,
                                                  u"Newsdesk"_s}, env).value_or(QString()).section(u'\n', 0, 0);
        QVERIFY2(!window.isEmpty(), "the editor window did not appear");
        QVERIFY(run(u"xdotool"_s, {u"windowfocus"_s, u"--sync"_s, window}, env));
        QVERIFY(run(u"xdotool"_s, {u"key"_s, u"ctrl+n"_s}, env));
        const QString typed = u"Stadtrat beschliesst Haushalt"_s;
        // Plain ASCII: xdotool maps umlauts through a temporary keymap that Xvfb's XKB does not
        // always keep; umlauts are covered by the widget tests.
        QVERIFY(run(u"xdotool"_s, {u"type"_s, u"--delay"_s, u"30"_s, typed}, env));

        // THEN within the autosave pause the journal has the text (read by a second connection)
        auto reader = RepositoryFactory::open(database);
        QVERIFY2(reader.repository, qPrintable(reader.error));
        auto journaled = [&] {
            const auto entries = reader.repository->journalEntries();
            if (!entries)
                return false;
            return std::any_of(entries->cbegin(), entries->cend(),
                               [&](const Article &a) { return a.headline == typed; });
        };
        QTRY_VERIFY_WITH_TIMEOUT(journaled(), 15000);

        // WHEN the editor is killed without any chance to save
        editor.kill(); // SIGKILL
        QVERIFY(editor.waitForFinished(5000));
        QCOMPARE(editor.exitStatus(), QProcess::CrashExit);

        // THEN a restart offers the typed headline
        const QString offered = run(TestEnvironment::binary(u"newsdesk"_s),
                                    {u"--database"_s, database, u"--print-recovery"_s}, env)
                                    .value_or(QString());
        QVERIFY2(offered.contains(typed), qPrintable(offered));
        xvfb.terminate();
        xvfb.waitForFinished(5000);
    }
};

QTEST_GUILESS_MAIN(CrashRecoveryTest)
#include "crashrecoverytest.moc"
