#include "checkpages.h"
#include "testenvironment.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// axe-core in headless Chromium (Debian's chromium driven by playwright-core) on every sample
// page: zero violations, and no request for anything but the page's own files. A missing node,
// Chromium or npm module fails the test instead of skipping it.
class AxeCheckTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldPassAxeAuditWithoutViolations()
    {
        // GIVEN node, Chromium and the npm tools
        const QString node = QStandardPaths::findExecutable(u"node"_s);
        QVERIFY2(!node.isEmpty(), "node not found: install nodejs (tools/debian-packages.txt)");
        QVERIFY2(QFileInfo::exists(u"/usr/bin/chromium"_s), "/usr/bin/chromium not found: install chromium");
        const QString modules = TestEnvironment::npmTools();
        QVERIFY2(QFileInfo::exists(modules + u"/playwright-core"_s) && QFileInfo::exists(modules + u"/axe-core/axe.min.js"_s),
                 qPrintable(u"playwright-core or axe-core missing in "_s + modules + u" (run through tools/dev test)"_s));

        // AND the sample pages
        QTemporaryDir dir;
        QString error;
        const QStringList pages = CheckPages::write(dir.path(), &error);
        QVERIFY2(!pages.isEmpty(), qPrintable(error));

        // WHEN auditing them all in one browser
        QProcess axe;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"NODE_PATH"_s, modules);
        axe.setProcessEnvironment(environment);
        axe.start(node, QStringList{TestEnvironment::sourceDir() + u"/tests/core/export/axecheck.mjs"_s} + pages);
        QVERIFY2(axe.waitForFinished(240000), "axecheck did not finish within four minutes");
        const QString output = QString::fromUtf8(axe.readAllStandardOutput());
        const QString problems = QString::fromUtf8(axe.readAllStandardError());

        // THEN there is no violation on any page
        QVERIFY2(axe.exitStatus() == QProcess::NormalExit && axe.exitCode() == 0, qPrintable(problems + output));
        QCOMPARE(output.count(u"axecheck: "_s), pages.size());
    }
};

QTEST_MAIN(AxeCheckTest)
#include "axechecktest.moc"
