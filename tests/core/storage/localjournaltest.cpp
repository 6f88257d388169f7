#include "storage/localjournal.h"
#include "storage/resilientrepository.h"
#include "testimages.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {
constexpr QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;

QString permissionsOf(const QString &path)
{
    return u"%1: %2"_s.arg(path).arg(int(QFileInfo(path).permissions()), 0, 16);
}
} // namespace

// The journalist's own crash protection beside a shared server (LocalJournal with
// ResilientRepository), and the repository's rule that unchanged words make no revision. The
// "server" here is a second SQLite file: what matters is what reaches it.
class LocalJournalTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldCreateJournalReadableByItsOwnerOnly()
    {
        // GIVEN a permissive umask, as on most desktops
        const mode_t previous = ::umask(022);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/journal.sqlite"_s);
        // WHEN the journal is created and written
        auto opening = LocalJournal::open(path);
        ::umask(previous);
        QVERIFY2(opening.repository, qPrintable(opening.error));
        Article article;
        article.headline = u"Privat"_s;
        QVERIFY(opening.repository->writeJournal(article));
        // THEN the file and its companions are 0600
        for (const QString &file : QStringList{path, path + u"-wal"_s, path + u"-shm"_s}) {
            QVERIFY2(QFileInfo::exists(file), qPrintable(file));
            QVERIFY2(QFileInfo(file).permissions() == ownerOnly, qPrintable(permissionsOf(file)));
        }
    }

    void shouldMakeAnOldReadableJournalPrivate()
    {
        // GIVEN an offline journal an older version left readable for everyone (0644)
        QTemporaryDir dir;
        const QString old = dir.filePath(u"offline-journal.sqlite"_s);
        {
            const mode_t previous = ::umask(022);
            auto opening = RepositoryFactory::open(old);
            ::umask(previous);
            QVERIFY(opening.repository);
        }
        QVERIFY(QFileInfo(old).permissions() & QFile::ReadOther);
        // WHEN the editor opens its journal in that folder
        auto opening = LocalJournal::open(dir.filePath(u"journal-x.sqlite"_s));
        QVERIFY(opening.repository);
        // THEN the old file is private too
        QVERIFY2(QFileInfo(old).permissions() == ownerOnly, qPrintable(permissionsOf(old)));
    }

    void shouldNameOneJournalPerServerAndLogin()
    {
        const QString anna = LocalJournal::location(u"postgresql://anna@db:5432/newsdesk"_s);
        QCOMPARE(LocalJournal::location(u"postgresql://anna@db:5432/newsdesk?sslmode=require"_s), anna);
        QVERIFY(LocalJournal::location(u"postgresql://ben@db:5432/newsdesk"_s) != anna);
        QVERIFY(LocalJournal::location(u"postgresql://anna@db:5432/archiv"_s) != anna);
        QVERIFY2(QFileInfo(anna).fileName().startsWith(u"journal-"_s), qPrintable(anna));
    }

    void shouldJournalOnThisComputerOnly()
    {
        // GIVEN a server with a stale journal row of someone else, and this editor
        QTemporaryDir dir;
        const QString server = dir.filePath(u"server.sqlite"_s);
        {
            auto other = RepositoryFactory::open(server).repository;
            Article draft;
            draft.headline = u"Annas Exklusiv-Entwurf"_s;
            QVERIFY(other->writeJournal(draft));
        }
        ResilientRepository repository([server] { return RepositoryFactory::open(server); },
                                       LocalJournal::open(dir.filePath(u"mine.sqlite"_s)).repository, server);
        QVERIFY(repository.isOnline());
        // THEN recovery offers nothing of the server's journal
        QVERIFY(repository.journalEntries()->isEmpty());
        // WHEN Ben autosaves a new article
        Article mine;
        mine.headline = u"Bens Entwurf"_s;
        QVERIFY(repository.writeJournal(mine));
        // THEN it is in his journal only; the server's row is neither overwritten nor deleted
        QCOMPARE(repository.journalEntries()->size(), 1);
        QCOMPARE(repository.journalEntries()->constFirst().headline, u"Bens Entwurf"_s);
        QCOMPARE(repository.pendingCount(), 0); // written while online: nothing to sync
        auto check = RepositoryFactory::open(server).repository;
        QCOMPARE(check->journalEntries()->size(), 1);
        QCOMPARE(check->journalEntries()->constFirst().headline, u"Annas Exklusiv-Entwurf"_s);
        // WHEN he saves it THEN nothing is left to recover (a clean quit offers nothing)
        QVERIFY(repository.save(mine, 0).ok());
        QVERIFY2(repository.journalEntries()->isEmpty(), qPrintable(repository.journalEntries()->value(0).headline));
        QCOMPARE(check->journalEntries()->size(), 1);
    }

    void shouldMakeNoRevisionForUnchangedWords_data()
    {
        QTest::addColumn<bool>("withPhoto");
        QTest::newRow("nominal: text only") << false;
        QTest::newRow("nominal: with photo") << true;
    }

    void shouldMakeNoRevisionForUnchangedWords()
    {
        QFETCH(bool, withPhoto);
        QTemporaryDir dir;
        auto repository = RepositoryFactory::open(dir.filePath(u"news.sqlite"_s)).repository;
        Article article;
        article.headline = u"Stadtrat tagt"_s;
        article.bodyHtml = u"<p>Text.</p>"_s;
        if (withPhoto) {
            article.photo.data = TestImages::encoded(64, 48, "JPEG");
            article.photo.mimeType = u"image/jpeg"_s;
            article.photo.width = 64;
            article.photo.height = 48;
        }
        const SaveResult first = repository->save(article, 0);
        QVERIFY2(first.ok(), qPrintable(first.error));
        const Article stored = *repository->load(first.id);
        // WHEN the same words are saved again (leaving or closing without an edit)
        const SaveResult again = repository->save(stored, stored.revision);
        // THEN it counts as saved, with no new revision and no new "modified"
        QVERIFY2(again.ok(), qPrintable(again.error));
        QCOMPARE(again.revision, 1);
        QCOMPARE(repository->history(first.id)->size(), 1);
        QCOMPARE(repository->load(first.id)->modified, stored.modified);
        // AND a real change still makes one
        Article changed = stored;
        changed.teaser = u"Neu."_s;
        QCOMPARE(repository->save(changed, stored.revision).revision, 2);
        if (withPhoto) {
            Article otherPhoto = *repository->load(first.id);
            otherPhoto.photo.data = TestImages::encoded(32, 32, "JPEG");
            QCOMPARE(repository->save(otherPhoto, 2).revision, 3);
        }
    }
};

QTEST_GUILESS_MAIN(LocalJournalTest)
#include "localjournaltest.moc"
