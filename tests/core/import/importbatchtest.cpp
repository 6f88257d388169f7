#include "articlerepository.h"
#include "import/articleimporter.h"
#include "import/importbatch.h"
#include "ninjs/ninjswriter.h"
#include "storage/repositoryfactory.h"
#include "testenvironment.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
QString fremd(const QString &name)
{
    return TestEnvironment::dataDir() + u"/ninjs/fremdsystem/"_s + name;
}

QString newsml(const QString &name)
{
    return TestEnvironment::dataDir() + u"/newsml-g2/"_s + name;
}

QStringList copyExport(const QString &dir)
{
    QStringList files;
    for (const QString &name : {u"artikel-1004.json"_s, u"artikel-1001.json"_s, u"artikel-1003.json"_s, u"artikel-1002.json"_s}) {
        QFile::copy(fremd(name), dir + u'/' + name);
        files << dir + u'/' + name;
    }
    QFile::copy(TestEnvironment::dataDir() + u"/photos/uss-ronald-reagan-navy.jpg"_s, dir + u"/foto-1001.jpg"_s);
    return files;
}

std::unique_ptr<ArticleRepository> openDatabase(const QString &path)
{
    RepositoryOpening opening = RepositoryFactory::open(path);
    if (!opening.repository)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(opening.error));
    return std::move(opening.repository);
}

ImportBatch importAll(ArticleRepository &repository, const QStringList &files)
{
    ImportBatch batch(&repository);
    const ArticleImporter importer;
    for (const QString &file : files)
        batch.add(file, importer.importFile(file));
    batch.finish();
    return batch;
}

qint64 idOf(const ImportBatch &batch, const QString &fileEnd)
{
    for (const ImportBatch::Entry &entry : batch.entries()) {
        if (entry.file.endsWith(fileEnd))
            return entry.articleId;
    }
    return 0;
}
} // namespace

class ImportBatchTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldResolveRelatedItemsAcrossShuffledFilesAndKeepTheirDates()
    {
        // GIVEN the other system's export, imported in shuffled order into an empty database
        QTemporaryDir dir;
        const auto repository = openDatabase(dir.filePath(u"news.sqlite"_s));
        const ImportBatch batch = importAll(*repository, copyExport(dir.path()));
        // THEN four articles, the unknown item named
        QCOMPARE(batch.count(ImportBatch::Outcome::Imported), 4);
        QCOMPARE(batch.summaryLine(), u"4 imported, 0 updated, 0 skipped"_s);
        const qint64 main = idOf(batch, u"1001.json"_s);
        const std::optional<Article> article = repository->load(main);
        QVERIFY(article);
        // AND the related items point at the articles of the batch, in the file's order
        QCOMPARE(article->related.size(), 4);
        QCOMPARE(article->related.at(0).articleId, idOf(batch, u"1002.json"_s));
        QCOMPARE(article->related.at(1).articleId, idOf(batch, u"1003.json"_s));
        QCOMPARE(article->related.at(2).url.toString(), u"https://www.example.de/dossier/heizung"_s);
        QCOMPARE(article->related.at(3).articleId, idOf(batch, u"1004.json"_s));
        QCOMPARE(batch.entries().at(1).unresolved,
                 QStringList{u"Ein Artikel, der nie exportiert wurde (urn:fremdsystem:artikel:9999)"_s});
        // AND an item imported before the one that links to it is found too (1002 → 1001)
        const std::optional<Article> back = repository->load(idOf(batch, u"1002.json"_s));
        QVERIFY(back && back->related.size() == 1);
        QCOMPARE(back->related.first().articleId, main);
        // AND the dates are the item's own: 25.10.2024 10:15 in Berlin
        QCOMPARE(article->created, QDateTime(QDate(2024, 10, 25), QTime(8, 15), QTimeZone::UTC));
        QCOMPARE(article->embargoed, QDateTime(QDate(2024, 10, 25), QTime(12, 0), QTimeZone::UTC));
        QCOMPARE(article->sourceUri, u"urn:fremdsystem:artikel:1001"_s);
        QCOMPARE(repository->findBySourceUri(u"urn:fremdsystem:artikel:1001"_s).value_or(-1), main);
    }

    void shouldUpdateWithANewerVersionAndSkipTheSameOne()
    {
        QTemporaryDir dir;
        const auto repository = openDatabase(dir.filePath(u"news.sqlite"_s));
        // GIVEN version 2 of an agency item, imported
        const ImportBatch first = importAll(*repository, {newsml(u"de/wahl-nitf.xml"_s)});
        QCOMPARE(first.count(ImportBatch::Outcome::Imported), 1);
        const qint64 id = first.entries().first().articleId;
        // WHEN version 2 comes again THEN it is skipped, saying why
        const ImportBatch again = importAll(*repository, {newsml(u"de/wahl-nitf.xml"_s)});
        QCOMPARE(again.count(ImportBatch::Outcome::Skipped), 1);
        QVERIFY2(again.entries().first().message.contains(u"already here"_s), qPrintable(again.entries().first().message));
        // WHEN version 3 arrives THEN the same article gets a new revision, no duplicate
        const ImportBatch update = importAll(*repository, {newsml(u"de/wahl-nitf-v3.xml"_s)});
        QCOMPARE(update.count(ImportBatch::Outcome::Updated), 1);
        QCOMPARE(update.entries().first().articleId, id);
        const std::optional<Article> current = repository->load(id);
        QVERIFY(current);
        QCOMPARE(current->headline, u"Landtag beschließt Haushalt für 2025 – Opposition will klagen"_s);
        QCOMPARE(current->sourceVersion, u"3"_s);
        QCOMPARE(current->revision, 2);
        ArticleFilter all;
        QCOMPARE(repository->list(all)->size(), 1);
        // WHEN version 2 comes late THEN it is older and skipped
        const ImportBatch late = importAll(*repository, {newsml(u"de/wahl-nitf.xml"_s)});
        QVERIFY2(late.entries().first().message.contains(u"older"_s), qPrintable(late.entries().first().message));
    }

    void shouldKeepTheJournalistsTextWhenEditedSinceTheImport()
    {
        QTemporaryDir dir;
        const auto repository = openDatabase(dir.filePath(u"news.sqlite"_s));
        // GIVEN an imported agency item that the desk edited
        const qint64 id = importAll(*repository, {newsml(u"de/wahl-nitf.xml"_s)}).entries().first().articleId;
        Article edited = *repository->load(id);
        edited.headline = u"Haushalt steht: Landtag stimmt knapp zu"_s;
        QVERIFY(repository->save(edited, edited.revision).ok());
        // WHEN the agency's write-through arrives
        const ImportBatch update = importAll(*repository, {newsml(u"de/wahl-nitf-v3.xml"_s)});
        QCOMPARE(update.count(ImportBatch::Outcome::Updated), 1);
        QVERIFY2(update.entries().first().message.contains(u"stays current"_s), qPrintable(update.entries().first().message));
        // THEN the journalist's text is current, and the history holds the agency's version
        const std::optional<Article> current = repository->load(id);
        QCOMPARE(current->headline, u"Haushalt steht: Landtag stimmt knapp zu"_s);
        QCOMPARE(current->revision, 4);
        const std::optional<Article> agency = repository->loadRevision(id, 3);
        QVERIFY(agency);
        QCOMPARE(agency->headline, u"Landtag beschließt Haushalt für 2025 – Opposition will klagen"_s);
        // AND version 3 again is skipped, the journalist's text untouched
        const ImportBatch again = importAll(*repository, {newsml(u"de/wahl-nitf-v3.xml"_s)});
        QCOMPARE(again.count(ImportBatch::Outcome::Skipped), 1);
        // AND a version 4 finds the edit again: the history shows both once more
        QTemporaryDir v4dir;
        QFile v3(newsml(u"de/wahl-nitf-v3.xml"_s));
        QVERIFY(v3.open(QIODevice::ReadOnly));
        QByteArray v4 = v3.readAll();
        v4.replace("version=\"3\"", "version=\"4\"");
        QFile out(v4dir.filePath(u"v4.xml"_s));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(v4);
        out.close();
        const ImportBatch fourth = importAll(*repository, {out.fileName()});
        QVERIFY2(fourth.entries().first().message.contains(u"stays current"_s), qPrintable(fourth.entries().first().message));
        QCOMPARE(repository->load(id)->headline, u"Haushalt steht: Landtag stimmt knapp zu"_s);
    }

    void shouldRoundTripThroughNinjsIntoAnotherDatabase()
    {
        // GIVEN the export of another system imported into database A
        QTemporaryDir dir;
        const auto a = openDatabase(dir.filePath(u"a.sqlite"_s));
        const ImportBatch first = importAll(*a, copyExport(dir.path()));
        // WHEN every article is exported as ninjs (photo embedded) and imported into database B
        QHash<qint64, QString> identities;
        for (const ImportBatch::Entry &entry : first.entries())
            identities.insert(entry.articleId, a->load(entry.articleId)->sourceUri);
        NinjsWriter::Options options = NinjsWriter::defaultOptions();
        options.relatedIdentities = identities;
        QDir(dir.path()).mkdir(u"export"_s);
        QStringList files;
        for (const ImportBatch::Entry &entry : first.entries()) {
            const QString path = dir.filePath(u"export/"_s + QString::number(entry.articleId) + u".json"_s);
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(NinjsWriter(options).write(*a->load(entry.articleId)));
            files.prepend(path); // another order again
        }
        const auto b = openDatabase(dir.filePath(u"b.sqlite"_s));
        const ImportBatch second = importAll(*b, files);
        QCOMPARE(second.count(ImportBatch::Outcome::Imported), 4);
        // THEN every field, date and link is the same, links pointing at B's articles
        for (const ImportBatch::Entry &entry : first.entries()) {
            Article original = *a->load(entry.articleId);
            const qint64 otherId = b->findBySourceUri(original.sourceUri).value_or(0);
            QVERIFY2(otherId > 0, qPrintable(original.sourceUri));
            Article copy = *b->load(otherId);
            QCOMPARE(copy.created, original.created);
            // An article whose related items were found only after it was stored is saved a
            // second time in the same import: its "modified" is then that save (known limit).
            QVERIFY2(copy.modified >= original.modified, qPrintable(copy.modified.toString(Qt::ISODateWithMs)));
            QCOMPARE(copy.embargoed, original.embargoed);
            QCOMPARE(copy.published, original.published);
            QCOMPARE(copy.sourceVersion, original.sourceVersion);
            QCOMPARE(copy.related.size(), original.related.size());
            for (qsizetype i = 0; i < original.related.size(); ++i) {
                const RelatedLink &link = original.related.at(i);
                if (link.isInternal())
                    QCOMPARE(b->load(copy.related.at(i).articleId)->sourceUri, a->load(link.articleId)->sourceUri);
                else
                    QCOMPARE(copy.related.at(i), link);
            }
            // the rest, field by field
            for (Article *x : {&original, &copy}) {
                x->id = 0;
                x->revision = 0;
                x->related.clear();
                x->modified = {};
            }
            QCOMPARE(copy.headline, original.headline);
            QCOMPARE(copy.bodyHtml, original.bodyHtml);
            QCOMPARE(copy.photo, original.photo);
            QVERIFY2(copy == original, qPrintable(original.headline));
        }
    }
};

QTEST_GUILESS_MAIN(ImportBatchTest)
#include "importbatchtest.moc"
