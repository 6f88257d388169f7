#include "cli.h"

#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
struct Run {
    int code = 0;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments)
{
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.code = Cli::run(QStringList{u"newsdesk-cli"_s} + arguments, out, err);
    out.flush();
    err.flush();
    return run;
}
} // namespace

class ExportCommandTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldRejectBadArgumentsBeforeTouchingDatabase_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("robustness: nothing to export") << QStringList{u"export"_s} << u"--all"_s;
        QTest::newRow("robustness: ids and --all") << QStringList{u"export"_s, u"--all"_s, u"3"_s} << u"not both"_s;
        QTest::newRow("robustness: unknown format") << QStringList{u"export"_s, u"--format"_s, u"pdf"_s, u"1"_s} << u"pdf"_s;
        QTest::newRow("robustness: not an id") << QStringList{u"export"_s, u"Übersicht"_s} << u"Übersicht"_s;
        QTest::newRow("robustness: negative id") << QStringList{u"export"_s, u"-5"_s} << u"-5"_s;
        QTest::newRow("robustness: unknown option") << QStringList{u"export"_s, u"--größe"_s, u"1"_s} << u"--größe"_s;
        QTest::newRow("robustness: missing value") << QStringList{u"export"_s, u"1"_s, u"--out"_s} << u"--out"_s;
        QTest::newRow("robustness: bad base url") << QStringList{u"export"_s, u"--base-url"_s, u"ftp://example.de"_s, u"1"_s}
                                                  << u"ftp://example.de"_s;
    }

    void shouldRejectBadArgumentsBeforeTouchingDatabase()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        // GIVEN bad export arguments
        // WHEN running the command
        const Run run = cli(arguments);
        // THEN it exits with the usage code, names the problem and shows the usage
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"Usage: newsdesk-cli export"_s), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void shouldListExportInHelp()
    {
        const Run run = cli({u"--help"_s});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(u"export"_s), qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(ExportCommandTest)
#include "exportcommandtest.moc"
