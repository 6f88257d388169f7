// Import throughput for BENCHMARKS.md (issue 14): 1,000 German ninjs items and 1,000 NewsML-G2
// items (NITF bodies), one file each as a feed folder holds them, imported into a fresh SQLite
// database through ArticleImporter and ImportBatch (source identity lookup, related items by
// URN resolved across the files). Baseline in the same run: the ninjs import as newsdesk-cli
// did it before this change (ArticleImporter, then one plain save per file, no identity).
#include "articlerepository.h"
#include "import/articleimporter.h"
#include "import/importbatch.h"
#include "storage/repositoryfactory.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
constexpr int items = 1000;

const QString paragraph = u"Der Stadtrat hat am Dienstag die Übergangsfinanzierung für die Sanierung der Brücke beschlossen. "
                          u"Die Kosten von 4,2 Millionen Euro trägt zunächst die Stadt, sagte die Bürgermeisterin."_s;

QByteArray ninjs(int i)
{
    QString body;
    for (int p = 0; p < 8; ++p)
        body += u"<p>"_s + paragraph + u"</p>"_s;
    const QString json = uR"({"uri":"urn:bench:artikel:%1","type":"text","version":"1","language":"de",
"firstcreated":"2024-10-25T10:15:00+02:00","versioncreated":"2024-10-25T11:30:00+02:00",
"headlines":[{"role":"main","value":"Stadtrat beschließt Übergangsfinanzierung Nr. %1"}],
"descriptions":[{"role":"summary","value":"Die Brücke über die Wörnitz wird bis 2026 saniert."}],
"bodies":[{"role":"richtext","contenttype":"text/html","value":"%2"}],
"by":"Jörg Müller","located":"Nördlingen","subjects":[{"name":"Lokales","rel":"section"},{"name":"Brücke"}],
"associations":[{"name":"r1","type":"text","uri":"urn:bench:artikel:%3","headlines":[{"value":"Vorher"}]},
{"name":"r2","type":"text","uri":"urn:bench:artikel:%4","headlines":[{"value":"Nachher"}]}]})"_s
                             .arg(i)
                             .arg(body)
                             .arg((i + items - 1) % items)
                             .arg((i + 1) % items);
    return json.toUtf8();
}

QByteArray newsml(int i)
{
    QString body;
    for (int p = 0; p < 8; ++p)
        body += u"<p>"_s + paragraph + u"</p>"_s;
    return uR"(<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:bench.example.de:%1" version="1"
    standard="NewsML-G2" standardversion="2.33" xml:lang="de">
  <rightsInfo><copyrightHolder><name>Beispiel-Agentur</name></copyrightHolder></rightsInfo>
  <itemMeta><itemClass qcode="ninat:text"/><provider qcode="nprov:BEISPIEL"/>
    <versionCreated>2024-10-25T10:40:00+02:00</versionCreated><firstCreated>2024-10-25T10:15:00+02:00</firstCreated></itemMeta>
  <contentMeta><creator><name>Anna Schmidt</name></creator><language tag="de"/>
    <subject qcode="medtop:11000000"><name xml:lang="de">Politik</name></subject>
    <slugline>Stadtrat-Brücke</slugline><headline>Stadtrat beschließt Übergangsfinanzierung Nr. %1</headline>
    <dateline>Nördlingen</dateline><description role="drol:summary">Die Brücke wird bis 2026 saniert.</description></contentMeta>
  <contentSet><inlineXML contenttype="application/nitf+xml"><nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><body>
    <body.head><hedline><hl1>Stadtrat beschließt Übergangsfinanzierung</hl1><hl2>Sanierung bis 2026</hl2></hedline></body.head>
    <body.content>%2<hl2>Wie es weitergeht</hl2><ul><li>Ausschreibung</li><li>Baubeginn</li></ul></body.content>
  </body></nitf></inlineXML></contentSet>
</newsItem>
)"_s.arg(i).arg(body).toUtf8();
}

QStringList writeFiles(const QString &dir, const QString &suffix, QByteArray (*make)(int))
{
    QDir().mkpath(dir);
    QStringList files;
    for (int i = 0; i < items; ++i) {
        const QString path = dir + u"/item-%1."_s.arg(i, 4, 10, QLatin1Char('0')) + suffix;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(make(i));
        files << path;
    }
    return files;
}

std::unique_ptr<ArticleRepository> open(const QString &path)
{
    RepositoryOpening opening = RepositoryFactory::open(path);
    if (!opening.repository)
        qFatal("%s", qPrintable(opening.error));
    return std::move(opening.repository);
}

double batchImport(const QString &database, const QStringList &files, int *stored)
{
    const auto repository = open(database);
    QElapsedTimer timer;
    timer.start();
    ImportBatch batch(repository.get());
    const ArticleImporter importer;
    for (const QString &file : files)
        batch.add(file, importer.importFile(file));
    batch.finish();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    *stored = batch.count(ImportBatch::Outcome::Imported);
    return seconds;
}

double plainImport(const QString &database, const QStringList &files, int *stored)
{
    const auto repository = open(database);
    QElapsedTimer timer;
    timer.start();
    const ArticleImporter importer;
    *stored = 0;
    for (const QString &file : files) {
        const ArticleImporter::Result result = importer.importFile(file);
        if (result.ok() && repository->save(*result.article, 0).ok())
            ++*stored;
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

void report(const char *what, int stored, double seconds)
{
    std::printf("%-58s %5d items  %7.2f s  %7.1f items/s\n", what, stored, seconds, stored / seconds);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QStringList ninjsFiles = writeFiles(dir.filePath(u"ninjs"_s), u"json"_s, ninjs);
    const QStringList newsmlFiles = writeFiles(dir.filePath(u"newsml"_s), u"xml"_s, newsml);
    int stored = 0;
    // Alternating, so that a busy moment of the shared machine does not hit one side only.
    for (int round = 1; round <= 2; ++round) {
        std::printf("round %d\n", round);
        double s = plainImport(dir.filePath(u"plain-%1.sqlite"_s.arg(round)), ninjsFiles, &stored);
        report("ninjs, before (importer + one save per file)", stored, s);
        s = batchImport(dir.filePath(u"ninjs-%1.sqlite"_s.arg(round)), ninjsFiles, &stored);
        report("ninjs, ImportBatch (identity, 2 related URNs each)", stored, s);
        s = batchImport(dir.filePath(u"newsml-%1.sqlite"_s.arg(round)), newsmlFiles, &stored);
        report("NewsML-G2 with NITF, ImportBatch", stored, s);
    }
    return 0;
}
