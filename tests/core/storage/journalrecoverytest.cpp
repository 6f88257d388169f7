#include "articlerepository.h"
#include "storage/repositoryfactory.h"
#include "testenvironment.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class JournalRecoveryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldOfferLastJournalEntryAfterSigkill()
    {
        // GIVEN a child process writing the journal in a loop, reporting every committed entry
        QTemporaryDir dir;
        const QString path = dir.filePath(u"absturz.sqlite"_s);
        QProcess writer;
        writer.start(TestEnvironment::binary(u"newsdesk-journal-writer"_s), {path});
        QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
        int lastReported = 0;
        QByteArray pending;
        while (lastReported < 25) {
            QVERIFY2(writer.waitForReadyRead(30000), writer.readAllStandardError().constData());
            pending += writer.readAllStandardOutput();
            qsizetype newline;
            while ((newline = pending.indexOf('\n')) >= 0) {
                const QByteArray line = pending.left(newline);
                pending.remove(0, newline + 1);
                QVERIFY2(line.startsWith("geschrieben "), line.constData());
                lastReported = line.mid(12).toInt();
            }
        }
        // WHEN it is killed with SIGKILL in the middle of its work
        writer.kill();
        QVERIFY(writer.waitForFinished(30000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        // Lines printed after our last read: the child may have committed a few more entries.
        pending += writer.readAllStandardOutput();
        for (const QByteArray &line : pending.split('\n'))
            if (line.startsWith("geschrieben "))
                lastReported = line.mid(12).toInt();
        // THEN the reopened database offers the new article's draft, at least as new as the
        // last reported entry, complete and consistent
        RepositoryOpening opening = RepositoryFactory::open(path);
        QVERIFY2(opening.repository, qPrintable(opening.error));
        const auto entries = opening.repository->journalEntries();
        QVERIFY2(entries, qPrintable(opening.repository->lastError()));
        QCOMPARE(entries->size(), 1);
        const Article &draft = entries->first();
        QCOMPARE(draft.id, 0);
        QCOMPARE(draft.headline, u"Entwurf über die Übergangsfinanzierung"_s);
        const int recovered = draft.kicker.mid(8).toInt();
        QVERIFY2(recovered >= lastReported && recovered <= lastReported + 1,
                 qPrintable(u"recovered %1, last reported %2"_s.arg(recovered).arg(lastReported)));
        QVERIFY2(draft.bodyHtml.endsWith(u"<p>Absatz %1: Die Straßenbahn fährt größere Bögen.</p>"_s.arg(recovered)),
                 qPrintable(draft.bodyHtml.right(100)));
        QCOMPARE(draft.bodyHtml.count(u"<p>"_s), recovered);
    }
};

QTEST_GUILESS_MAIN(JournalRecoveryTest)
#include "journalrecoverytest.moc"
