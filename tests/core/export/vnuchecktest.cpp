#include "checkpages.h"
#include "testenvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The W3C Nu Html Checker (vnu-jar from npm, run with Java) on every sample page: zero errors
// and zero warnings. A missing Java or vnu.jar fails the test: a checker that is not there
// checks nothing.
class VnuCheckTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldPassNuHtmlCheckerWithoutErrorsOrWarnings()
    {
        // GIVEN the checker
        const QString java = QStandardPaths::findExecutable(u"java"_s);
        QVERIFY2(!java.isEmpty(), "java not found: install default-jre-headless (tools/debian-packages.txt)");
        const QString jar = TestEnvironment::npmTools() + u"/vnu-jar/build/dist/vnu.jar"_s;
        QVERIFY2(QFileInfo::exists(jar), qPrintable(u"vnu.jar not found at "_s + jar + u" (run through tools/dev test)"_s));

        // AND the sample pages: normal, every field at its limit, hostile, plain, minimal, English
        QTemporaryDir dir;
        QString error;
        const QStringList pages = CheckPages::write(dir.path(), &error);
        QVERIFY2(!pages.isEmpty(), qPrintable(error));

        // WHEN checking them all in one JVM
        QProcess vnu;
        vnu.setProcessChannelMode(QProcess::SeparateChannels);
        vnu.start(java, QStringList{u"-Xss2m"_s, u"-jar"_s, jar, u"--format"_s, u"json"_s, u"--stdout"_s,
                                    u"--exit-zero-always"_s}
                            + pages);
        QVERIFY2(vnu.waitForFinished(240000), "vnu did not finish within four minutes");
        const QByteArray output = vnu.readAllStandardOutput();
        const QByteArray diagnostics = vnu.readAllStandardError();
        QVERIFY2(vnu.exitStatus() == QProcess::NormalExit && vnu.exitCode() == 0,
                 qPrintable(QString::fromUtf8(diagnostics)));

        // THEN it reports nothing but plain information
        QJsonParseError parseError;
        const QJsonDocument report = QJsonDocument::fromJson(output, &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError,
                 qPrintable(parseError.errorString() + u": "_s + QString::fromUtf8(output.left(2000) + diagnostics.left(2000))));
        QStringList findings;
        for (const QJsonValue &value : report.object().value(u"messages"_s).toArray()) {
            const QJsonObject message = value.toObject();
            const QString type = message.value(u"type"_s).toString();
            const QString subType = message.value(u"subType"_s).toString();
            if (type == u"info"_s && subType != u"warning"_s)
                continue;
            findings << u"%1%2 %3:%4: %5 «%6»"_s.arg(type, subType.isEmpty() ? QString() : u"/"_s + subType,
                                                     QFileInfo(QUrl(message.value(u"url"_s).toString()).path()).fileName(),
                                                     QString::number(message.value(u"lastLine"_s).toInt()),
                                                     message.value(u"message"_s).toString(),
                                                     message.value(u"extract"_s).toString());
        }
        QVERIFY2(findings.isEmpty(), qPrintable(findings.join(u'\n')));
        // AND it really looked at every page
        QVERIFY2(report.object().contains(u"messages"_s), output.constData());
    }
};

QTEST_MAIN(VnuCheckTest)
#include "vnuchecktest.moc"
