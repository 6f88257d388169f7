#include "cli.h"

#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;

class CliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldRejectUnknownCommandWithUsageExit()
    {
        QString outText, errText;
        QTextStream out(&outText), err(&errText);
        const int code = Cli::run({u"newsdesk-cli"_s, u"frobnicate"_s}, out, err);
        err.flush();
        QCOMPARE(code, 2);
        QVERIFY2(errText.contains(u"frobnicate"_s), qPrintable(errText));
    }

    void shouldRejectUnknownOption()
    {
        QString outText, errText;
        QTextStream out(&outText), err(&errText);
        QCOMPARE(Cli::run({u"newsdesk-cli"_s, u"--färben"_s}, out, err), 2);
        err.flush();
        QVERIFY2(errText.contains(u"newsdesk-cli: unknown option 'färben'"_s), qPrintable(errText));
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "clitest.moc"
