#include "cli.h"
#include "clicommand.h"
#include "clioptions.h"
#include "clirun.h"
#include "commands.h"
#include "settings/appsettings.h"

#include <QCommandLineParser>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Issue #13: one parser for the command line. Every command declares its options once
// (CliCommand::addOptions); Cli::run parses them, the help and the shell completions are
// written from the same declarations.
class CliParserTest : public QObject
{
    Q_OBJECT

private:
    // Every command as Cli::run offers it; help and completion are built in.
    static QStringList commandNames()
    {
        QStringList names;
        for (const auto &command : allCommands())
            names << command->name();
        return names << u"help"_s << u"completion"_s;
    }

    static void addCommandRows()
    {
        QTest::addColumn<QString>("command");
        for (const QString &name : commandNames())
            QTest::newRow(qPrintable(u"nominal: "_s + name)) << name;
    }

private Q_SLOTS:
    void shouldPrintGeneratedHelpForEveryCommand_data() { addCommandRows(); }

    void shouldPrintGeneratedHelpForEveryCommand()
    {
        QFETCH(QString, command);
        // WHEN the help is asked for in both ways
        const CliRun viaHelp = runCli({u"help"_s, command});
        const CliRun viaOption = runCli({command, u"--help"_s});
        const CliRun viaShortOption = runCli({command, u"-h"_s});
        // THEN both print the same text on stdout, exit 0, starting with the usage line
        QVERIFY2(viaHelp.exitCode == 0, qPrintable(viaHelp.err));
        QVERIFY2(viaOption.exitCode == 0, qPrintable(viaOption.err));
        QCOMPARE(viaOption.out, viaHelp.out);
        QCOMPARE(viaShortOption.out, viaHelp.out);
        QVERIFY2(viaHelp.out.startsWith(u"Usage: newsdesk-cli "_s + command), qPrintable(viaHelp.out));
        QVERIFY2(viaHelp.err.isEmpty(), qPrintable(viaHelp.err));
    }

    void shouldListEveryDeclaredOptionInTheHelp()
    {
        for (const auto &command : allCommands()) {
            const CliRun run = runCli({u"help"_s, command->name()});
            const CliOptions options = Cli::commandOptions(*command);
            QVERIFY2(!options.options().isEmpty(), qPrintable(command->name()));
            for (const CliOption &option : options.options()) {
                const QString name = u"--"_s + option.option.names().constLast();
                QVERIFY2(run.out.contains(name), qPrintable(command->name() + u" lacks "_s + name + u":\n"_s + run.out));
                QVERIFY2(run.out.contains(option.option.description()), qPrintable(run.out));
            }
        }
    }

    void shouldShowOverviewWithEveryCommand()
    {
        const CliRun run = runCli({u"--help"_s});
        const CliRun help = runCli({u"help"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(help.out, run.out);
        for (const QString &name : commandNames())
            QVERIFY2(run.out.contains(u"\n  "_s + name + u' '), qPrintable(name + u" missing in:\n"_s + run.out));
    }

    void shouldNameTheCommandOfAnUnknownOption_data() { addCommandRows(); }

    void shouldNameTheCommandOfAnUnknownOption()
    {
        QFETCH(QString, command);
        // WHEN a command gets an option it does not declare
        const CliRun run = runCli({command, u"--bogus"_s});
        // THEN exit 2, the command and the option named, and where the help is
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(u"newsdesk-cli "_s + command + u": unknown option 'bogus'\n"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"Usage: newsdesk-cli "_s + command), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"Try 'newsdesk-cli help "_s + command + u"' for more information."_s), qPrintable(run.err));
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    }

    void shouldExplainUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("robustness: unknown command") << QStringList{u"frobnicate"_s}
                                                     << u"newsdesk-cli: unknown command 'frobnicate'\n"_s;
        QTest::newRow("robustness: unknown global option") << QStringList{u"--bogus"_s, u"list"_s}
                                                           << u"newsdesk-cli: unknown option 'bogus'\n"_s;
        QTest::newRow("robustness: glued value is no option") << QStringList{u"list"_s, u"--sectionPolitik"_s}
                                                              << u"newsdesk-cli list: unknown option 'sectionPolitik'\n"_s;
        QTest::newRow("robustness: missing value") << QStringList{u"list"_s, u"--status"_s}
                                                   << u"newsdesk-cli list: option 'status' needs a value\n"_s;
        QTest::newRow("robustness: value for a flag") << QStringList{u"list"_s, u"--json=ja"_s}
                                                      << u"newsdesk-cli list: option 'json' takes no value\n"_s;
        QTest::newRow("robustness: required option missing") << QStringList{u"replace"_s, u"--find"_s, u"Kiew"_s}
                                                             << u"newsdesk-cli replace: the option 'with' is required\n"_s;
        QTest::newRow("robustness: help for an unknown command") << QStringList{u"help"_s, u"frobnicate"_s}
                                                                 << u"newsdesk-cli help: unknown command 'frobnicate'\n"_s;
        QTest::newRow("robustness: completion for another shell") << QStringList{u"completion"_s, u"fish"_s}
                                                                  << u"newsdesk-cli completion: give bash or zsh\n"_s;
    }

    void shouldExplainUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliRun run = runCli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(message), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"Try 'newsdesk-cli "_s), qPrintable(run.err));
    }

    void shouldAcceptBothSpellingsOfEveryValueOption()
    {
        // GIVEN every option with a value that any command declares
        int checked = 0;
        for (const auto &command : allCommands()) {
            const CliOptions options = Cli::commandOptions(*command);
            for (const CliOption &option : options.options()) {
                if (!option.takesValue())
                    continue;
                const QString name = option.option.names().constLast();
                // WHEN it is given as --name=VALUE and as --name VALUE
                for (const QStringList &spelling :
                     {QStringList{u"--"_s + name + u"=Straße 1"_s}, QStringList{u"--"_s + name, u"Straße 1"_s}}) {
                    QCommandLineParser parser;
                    options.addTo(parser);
                    const QStringList arguments = QStringList{command->name()} + spelling;
                    // THEN both parse to the same value
                    QVERIFY2(parser.parse(arguments), qPrintable(arguments.join(u' ') + u": "_s + parser.errorText()));
                    QCOMPARE(parser.value(name), u"Straße 1"_s);
                    ++checked;
                }
            }
        }
        QVERIFY2(checked >= 2 * 12, qPrintable(QString::number(checked)));
    }

    void shouldAcceptBothSpellingsOnTheCommandLine()
    {
        // GIVEN a source archive that does not exist: the copy gets past its options, then fails
        QTemporaryDir dir;
        const QString from = u"sqlite:"_s + dir.filePath(u"archiv.sqlite"_s);
        const QString to = u"sqlite:"_s + dir.filePath(u"kopie.sqlite"_s);
        // WHEN copy is called with --from=X and with --from X (it refused the first before #13)
        const CliRun glued = runCli({u"copy"_s, u"--from="_s + from, u"--to="_s + to});
        const CliRun apart = runCli({u"copy"_s, u"--from"_s, from, u"--to"_s, to});
        // THEN both reach the database and fail the same way: not a usage error
        QVERIFY2(glued.exitCode == 4, qPrintable(glued.err));
        QCOMPARE(glued.err, apart.err);
        QCOMPARE(glued.exitCode, apart.exitCode);
    }

    void shouldCheckTheBaseUrlLikeThePreferences_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("valid");
        QTest::newRow("nominal: https") << u"https://www.zeitung.de/artikel/"_s << true;
        QTest::newRow("nominal: http") << u"http://zeitung.de"_s << true;
        QTest::newRow("robustness: ftp") << u"ftp://zeitung.de/"_s << false;
        QTest::newRow("robustness: no host") << u"https://"_s << false;
        QTest::newRow("robustness: fragment") << u"https://zeitung.de/artikel/#oben"_s << false;
        QTest::newRow("robustness: no scheme") << u"zeitung.de/artikel/"_s << false;
    }

    void shouldCheckTheBaseUrlLikeThePreferences()
    {
        QFETCH(QString, url);
        QFETCH(bool, valid);
        // GIVEN the preferences' rule for the same text, as the dialog reads its field
        QCOMPARE(AppSettings::isValidBaseUrl(QUrl(url.trimmed(), QUrl::StrictMode)), valid);
        // WHEN export gets it (and a database that does not exist)
        QTemporaryDir dir;
        const CliRun run =
            runCli({u"--database"_s, dir.filePath(u"fehlt.sqlite"_s), u"export"_s, u"--base-url"_s, url, u"1"_s});
        // THEN a valid address passes on to the database (exit 4), an invalid one is a usage error
        QVERIFY2(run.exitCode == (valid ? 4 : 2), qPrintable(QString::number(run.exitCode) + u": "_s + run.err));
        QCOMPARE(run.err.contains(u"--base-url needs"_s), !valid);
    }

    void shouldGenerateCompletionsFromTheDeclarations_data()
    {
        QTest::addColumn<QString>("shell");
        QTest::newRow("nominal: bash") << u"bash"_s;
        QTest::newRow("nominal: zsh") << u"zsh"_s;
    }

    void shouldGenerateCompletionsFromTheDeclarations()
    {
        QFETCH(QString, shell);
        const CliRun run = runCli({u"completion"_s, shell});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString &script = run.out;
        QVERIFY2(script.startsWith(shell == u"zsh"_s ? u"#compdef newsdesk-cli\n"_s : u"# bash completion for newsdesk-cli\n"_s),
                 qPrintable(script.left(200)));
        // THEN every command and every option it declares is in the script
        for (const QString &name : commandNames())
            QVERIFY2(script.contains(name), qPrintable(name));
        for (const auto &command : allCommands()) {
            const CliOptions options = Cli::commandOptions(*command);
            for (const CliOption &option : options.options()) {
                for (const QString &name : option.option.names()) {
                    const QString dashed = (name.size() == 1 ? u"-"_s : u"--"_s) + name;
                    QVERIFY2(script.contains(dashed), qPrintable(command->name() + u": "_s + dashed));
                }
                if (shell == u"zsh"_s) // zsh shows what each option does
                    QVERIFY2(script.contains(option.option.description().replace(u"\\"_s, u"\\\\"_s).replace(u"]"_s, u"\\]"_s).replace(u"'"_s, u"'\\''"_s)),
                             qPrintable(option.option.description()));
            }
        }
        if (shell == u"zsh"_s) {
            // "--name=" in _arguments takes "--name VALUE" and "--name=VALUE"
            QVERIFY2(script.contains(u"'--format=[The format to write (default: html).]:FORMAT:(html ninjs)'"_s), qPrintable(script));
            QVERIFY2(script.contains(u"'--out=["_s) && script.contains(u"]:DIR:_files -/'"_s), qPrintable(script));
            QVERIFY2(script.contains(u"'*:FILE:_files'"_s), qPrintable(script));
        }
    }

    void shouldCompleteInBash_data()
    {
        QTest::addColumn<QStringList>("words"); // the last one is being typed
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("nominal: command") << QStringList{u"ex"_s} << QStringList{u"export"_s};
        QTest::newRow("nominal: global option") << QStringList{u"--da"_s} << QStringList{u"--database"_s};
        QTest::newRow("nominal: command after the database")
            << QStringList{u"--database"_s, u"x.sqlite"_s, u"re"_s} << QStringList{u"replace"_s};
        QTest::newRow("nominal: option") << QStringList{u"export"_s, u"--fo"_s} << QStringList{u"--format"_s, u"--force"_s};
        QTest::newRow("nominal: choice") << QStringList{u"export"_s, u"--format"_s, QString()}
                                         << QStringList{u"html"_s, u"ninjs"_s};
        QTest::newRow("nominal: choice after =") << QStringList{u"list"_s, u"--status"_s, u"="_s, u"ap"_s}
                                                 << QStringList{u"approved"_s};
        QTest::newRow("nominal: help's command") << QStringList{u"help"_s, u"co"_s}
                                                 << QStringList{u"copy"_s, u"completion"_s};
        QTest::newRow("nominal: shell") << QStringList{u"completion"_s, u"z"_s} << QStringList{u"zsh"_s};
        QTest::newRow("nominal: free text offers nothing") << QStringList{u"replace"_s, u"--find"_s, QString()}
                                                           << QStringList{};
    }

    void shouldCompleteInBash()
    {
        QFETCH(QStringList, words);
        QFETCH(QStringList, expected);
        // GIVEN the generated bash script, loaded into bash
        const QString bash = QStandardPaths::findExecutable(u"bash"_s);
        QVERIFY2(!bash.isEmpty(), "bash is part of the toolchain root; without it this test cannot run");
        const CliRun script = runCli({u"completion"_s, u"bash"_s});
        QTemporaryDir dir;
        QFile file(dir.filePath(u"newsdesk-cli"_s));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(script.out.toUtf8()) > 0);
        file.close();
        // WHEN completing the words as bash would
        QString quoted;
        for (const QString &word : QStringList{u"newsdesk-cli"_s} + words)
            quoted += u" '"_s + word + u'\'';
        const QString program = u"source \"$1\" || exit 9; COMP_WORDS=("_s + quoted + u"); COMP_CWORD="_s
            + QString::number(words.size()) + u"; _newsdesk_cli; printf '%s\\n' \"${COMPREPLY[@]}\""_s;
        QProcess process;
        process.start(bash, {u"--norc"_s, u"-c"_s, program, u"bash"_s, file.fileName()});
        QVERIFY2(process.waitForFinished(30'000), qPrintable(process.errorString()));
        const QString stderrText = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(process.exitCode() == 0 && stderrText.isEmpty(), qPrintable(stderrText));
        // THEN exactly the expected words are offered
        QStringList offered = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        offered.sort();
        QStringList wanted = expected;
        wanted.sort();
        QCOMPARE(offered, wanted);
    }
};

QTEST_GUILESS_MAIN(CliParserTest)
#include "cliparsertest.moc"
