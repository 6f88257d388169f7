// Storage benchmarks (tools/dev bench storage): saving and journaling a 20,000-word article and
// searching 100,000 generated German articles, each against a named baseline measured in the
// same run. Prints a Markdown table for BENCHMARKS.md.
#include "articlerepository.h"
#include "storage/articlesnapshot.h"
#include "storage/repositoryfactory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {
// Realistic German newsroom text: topic compounds among common words, so that a compound part
// like "finanzierung" occurs in a few percent of the articles, not in all.
struct Topic {
    QString section;
    QStringList compounds;
};

const QList<Topic> topics{
    {u"Finanzen"_s, {u"Übergangsfinanzierung"_s, u"Anschlussfinanzierung"_s, u"Zinsentscheidung"_s, u"Börsengang"_s, u"Anleihemarkt"_s}},
    {u"Politik"_s, {u"nordkoreanische"_s, u"Nordkorea-Gipfel"_s, u"Raketentest"_s, u"Sicherheitsrat"_s, u"Außenministerin"_s}},
    {u"Immobilien"_s, {u"Wohnungsbau"_s, u"Mietpreisbremse"_s, u"Grundsteuerreform"_s, u"Baugenehmigung"_s, u"Eigentumswohnung"_s}},
    {u"Wirtschaft"_s, {u"Energiewende"_s, u"Lieferkettengesetz"_s, u"Fachkräftemangel"_s, u"Strompreisbremse"_s, u"Tarifverhandlung"_s}},
    {u"Panorama"_s, {u"Straßenbahnunfall"_s, u"Hochwasserschutz"_s, u"Feuerwehreinsatz"_s, u"Großstadtrevier"_s, u"Verkehrsbehinderung"_s}},
    {u"Kultur"_s, {u"Buchmesse"_s, u"Theaterpremiere"_s, u"Kulturhauptstadt"_s, u"Museumsnacht"_s, u"Literaturpreis"_s}},
    {u"Sport"_s, {u"Bundesligaspiel"_s, u"Trainerwechsel"_s, u"Pokalfinale"_s, u"Weltmeisterschaft"_s, u"Abstiegskampf"_s}},
    {u"Wissen"_s, {u"Klimaschutz"_s, u"Gesundheitsreform"_s, u"Impfstoffentwicklung"_s, u"Raumfahrtmission"_s, u"Forschungsförderung"_s}},
    {u"Politik"_s, {u"Haushaltsstreit"_s, u"Bürgermeisterwahl"_s, u"Koalitionsvertrag"_s, u"Schuldenbremse"_s, u"Landtagssitzung"_s}},
    {u"Wirtschaft"_s, {u"Autoindustrie"_s, u"Exportüberschuss"_s, u"Insolvenzverfahren"_s, u"Mittelstandsförderung"_s, u"Kurzarbeitergeld"_s}},
};

const QStringList common{
    u"der"_s, u"die"_s, u"das"_s, u"und"_s, u"mit"_s, u"für"_s, u"über"_s, u"nach"_s, u"vor"_s, u"bei"_s, u"nicht"_s, u"auch"_s,
    u"wird"_s, u"werden"_s, u"hat"_s, u"haben"_s, u"sagte"_s, u"erklärte"_s, u"betonte"_s, u"kritisierte"_s, u"fordert"_s,
    u"Stadtrat"_s, u"Regierung"_s, u"Bürger"_s, u"Menschen"_s, u"Jahr"_s, u"Woche"_s, u"Montag"_s, u"Dienstag"_s,
    u"größere"_s, u"schnelle"_s, u"weitere"_s, u"deutliche"_s, u"wichtige"_s, u"Straße"_s, u"Gemeinde"_s, u"Land"_s,
    u"Bund"_s, u"Millionen"_s, u"Euro"_s, u"Prozent"_s, u"gemäß"_s, u"heißt"_s, u"müssen"_s, u"können"_s, u"soll"_s,
    u"Entscheidung"_s, u"Äußerung"_s, u"Gespräch"_s, u"Frage"_s, u"Ergebnis"_s, u"Plan"_s, u"Ziel"_s, u"Kosten"_s,
    u"Köln"_s, u"München"_s, u"Düsseldorf"_s, u"Nürnberg"_s, u"Lübeck"_s, u"zunächst"_s, u"jedoch"_s, u"bereits"_s};

class TextGenerator
{
public:
    explicit TextGenerator(quint32 seed)
        : m_random(seed)
    {
    }

    QString sentence(const Topic &topic, int words)
    {
        QStringList parts;
        for (int i = 0; i < words; ++i) {
            const bool compound = m_random.bounded(5) == 0;
            parts.append(compound ? topic.compounds.at(m_random.bounded(int(topic.compounds.size())))
                                  : common.at(m_random.bounded(int(common.size()))));
        }
        QString text = parts.join(u' ') + u'.';
        text[0] = text[0].toUpper();
        return text;
    }

    Article article(int bodyWords)
    {
        const Topic &topic = topics.at(m_random.bounded(int(topics.size())));
        Article article;
        article.section = topic.section;
        article.headline = sentence(topic, 6).chopped(1);
        article.teaser = sentence(topic, 20);
        article.tags = {topic.compounds.at(m_random.bounded(int(topic.compounds.size())))};
        QString body;
        int written = 0;
        while (written < bodyWords) {
            body += u"<p>"_s;
            for (int s = 0; s < 6 && written < bodyWords; ++s) {
                const int words = std::min(10 + int(m_random.bounded(6)), bodyWords - written);
                body += sentence(topic, words) + u' ';
                written += words;
            }
            body.chop(1);
            body += u"</p>"_s;
        }
        article.bodyHtml = body;
        return article;
    }

private:
    QRandomGenerator m_random;
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double timeMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed() / 1e6;
}

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "storagebench: %s\n", qPrintable(message));
    std::exit(1);
}

// The baseline: what a bare Qt Sql INSERT of the same bytes costs on a file with the same settings.
QSqlDatabase rawDatabase(const QString &path)
{
    QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, path);
    database.setDatabaseName(path);
    if (!database.open())
        die(database.lastError().text());
    QSqlQuery query(database);
    for (const QString &sql : {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = NORMAL"_s,
                               u"CREATE TABLE IF NOT EXISTS plain (id INTEGER PRIMARY KEY, text TEXT NOT NULL)"_s})
        if (!query.exec(sql))
            die(query.lastError().text());
    return database;
}

void rawExec(QSqlDatabase &database, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(database);
    if (!query.prepare(sql))
        die(query.lastError().text());
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        die(query.lastError().text());
}

struct Row {
    QString measure;
    QString goal;
    double result;
    QString baseline;
    double baselineResult;
};
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir; // the generated databases live only for this run
    if (!dir.isValid())
        die(u"no temporary folder"_s);
    QList<Row> rows;
    TextGenerator generator(20241025);

    // --- saving and journaling a 20,000-word article
    {
        RepositoryOpening opening = RepositoryFactory::open(dir.filePath(u"save.sqlite"_s));
        if (!opening.repository)
            die(opening.error);
        ArticleRepository &repository = *opening.repository;
        Article big = generator.article(20000);
        big.headline = u"Langer Bericht zur Übergangsfinanzierung"_s;
        const int words = ArticleSnapshot::words(big);
        SaveResult saved = repository.save(big, 0);
        if (!saved.ok())
            die(saved.error);
        big.id = saved.id;
        QList<double> saveTimes;
        for (int i = 0; i < 31; ++i) {
            big.kicker = u"Fassung %1"_s.arg(i);
            saveTimes.append(timeMs([&] { saved = repository.save(big, saved.revision); }));
            if (!saved.ok())
                die(saved.error);
        }
        // A typical edit: one paragraph in the middle of the body changes between saves.
        QList<double> paragraphSaveTimes;
        const qsizetype middle = big.bodyHtml.indexOf(u"</p>"_s, big.bodyHtml.size() / 2);
        if (middle < 0)
            die(u"no paragraph in the generated body"_s);
        const QString bodyBefore = big.bodyHtml.left(middle);
        const QString bodyAfter = big.bodyHtml.mid(middle);
        for (int i = 0; i < 31; ++i) {
            big.bodyHtml = bodyBefore + u" Ergänzung %1."_s.arg(i) + bodyAfter;
            paragraphSaveTimes.append(timeMs([&] { saved = repository.save(big, saved.revision); }));
            if (!saved.ok())
                die(saved.error);
        }
        QList<double> journalTimes;
        for (int i = 0; i < 31; ++i) {
            big.kicker = u"Entwurf %1"_s.arg(i);
            bool ok = true;
            journalTimes.append(timeMs([&] { ok = repository.writeJournal(big); }));
            if (!ok)
                die(repository.lastError());
        }
        QSqlDatabase raw = rawDatabase(dir.filePath(u"raw.sqlite"_s));
        rawExec(raw, u"CREATE VIRTUAL TABLE rawsearch USING fts5(body, content='', contentless_delete=1, tokenize='trigram')"_s);
        const QString bodyText = ArticleSnapshot::bodyText(big.bodyHtml);
        QList<double> rawInsert;
        QList<double> rawUpsert;
        QList<double> rawIndex;
        for (int i = 0; i < 31; ++i) {
            big.kicker = u"Roh %1"_s.arg(i);
            const QString json = ArticleSnapshot::toJson(big);
            rawInsert.append(timeMs([&] {
                rawExec(raw, u"BEGIN IMMEDIATE"_s);
                rawExec(raw, u"INSERT INTO plain (text) VALUES (?)"_s, {json});
                rawExec(raw, u"COMMIT"_s);
            }));
            rawUpsert.append(timeMs([&] { rawExec(raw, u"INSERT OR REPLACE INTO plain (id, text) VALUES (1, ?)"_s, {json}); }));
            rawIndex.append(timeMs([&] {
                rawExec(raw, u"BEGIN IMMEDIATE"_s);
                rawExec(raw, u"DELETE FROM rawsearch WHERE rowid = 1"_s);
                rawExec(raw, u"INSERT INTO rawsearch (rowid, body) VALUES (1, ?)"_s, {QString(bodyText + QString::number(i))});
                rawExec(raw, u"COMMIT"_s);
            }));
        }
        std::fprintf(stderr, "article: %d words, %lld characters of snapshot\n", words,
                     qint64(ArticleSnapshot::toJson(big).size()));
        // Where a save's time goes besides SQL (each the median of 11).
        QList<double> json, count, text;
        for (int i = 0; i < 11; ++i) {
            json.append(timeMs([&] { (void)ArticleSnapshot::toJson(big); }));
            count.append(timeMs([&] { (void)ArticleSnapshot::words(big); }));
            text.append(timeMs([&] { (void)ArticleSnapshot::searchDocument(big); }));
        }
        std::fprintf(stderr, "snapshot JSON %.2f ms, word count %.2f ms, search text %.2f ms\n", median(json), median(count),
                     median(text));
        rows.append({u"save a 20,000-word article, kicker edited (median of 31)"_s, u"< 10 ms"_s, median(saveTimes),
                     u"raw QSqlQuery INSERT of the same snapshot in a transaction"_s, median(rawInsert)});
        rows.append({u"save it after editing one paragraph (median of 31)"_s, u"< 10 ms"_s, median(paragraphSaveTimes),
                     u"raw QSqlQuery INSERT of the same snapshot in a transaction"_s, median(rawInsert)});
        rows.append({u"  FTS5 trigram index update of its whole body, for comparison"_s, u"-"_s, median(rawIndex),
                     u"(raw DELETE + INSERT into a trigram FTS5 table, same text)"_s, 0});
        rows.append({u"journal entry for it (median of 31)"_s, u"< 5 ms"_s, median(journalTimes),
                     u"raw INSERT OR REPLACE of the same snapshot"_s, median(rawUpsert)});
    }

    // --- search over 100,000 generated articles
    {
        const int count = qEnvironmentVariableIntValue("NEWSDESK_BENCH_ARTICLES") > 0
            ? qEnvironmentVariableIntValue("NEWSDESK_BENCH_ARTICLES") : 100000;
        const QString path = dir.filePath(u"archiv.sqlite"_s);
        RepositoryOpening opening = RepositoryFactory::open(path);
        if (!opening.repository)
            die(opening.error);
        ArticleRepository &repository = *opening.repository;
        QSqlDatabase raw = rawDatabase(dir.filePath(u"archiv-plain.sqlite"_s));
        rawExec(raw, u"BEGIN"_s);
        QElapsedTimer building;
        building.start();
        for (int i = 0; i < count; ++i) {
            const Article article = generator.article(120);
            const SaveResult saved = repository.save(article, 0);
            if (!saved.ok())
                die(saved.error);
            const auto document = ArticleSnapshot::searchDocument(article);
            rawExec(raw, u"INSERT INTO plain (id, text) VALUES (?, ?)"_s,
                    {saved.id, QStringList{document.headline, document.teaser, document.body, document.tags}.join(u'\n')});
            if ((i + 1) % 20000 == 0)
                std::fprintf(stderr, "built %d articles in %.0f s\n", i + 1, building.elapsed() / 1000.0);
        }
        rawExec(raw, u"COMMIT"_s);
        const QStringList terms{u"finanzierung"_s, u"Nordkorea"_s, u"wohnungsbau"_s, u"Bürgermeister"_s,
                                u"Energiewende"_s, u"straßenbahn"_s, u"klimaschutz"_s, u"Haushaltsstreit"_s};
        QList<double> searchTimes;
        QList<double> likeTimes;
        for (const QString &term : terms) {
            ArticleFilter filter;
            filter.search = term;
            filter.limit = 100; // one screen of the article list
            qsizetype found = 0;
            for (int i = 0; i < 5; ++i) {
                searchTimes.append(timeMs([&] {
                    const auto list = repository.list(filter);
                    if (!list)
                        die(repository.lastError());
                    found = list->size();
                }));
            }
            filter.limit = -1;
            const qsizetype all = repository.list(filter)->size();
            likeTimes.append(timeMs([&] {
                QSqlQuery query(raw);
                query.prepare(u"SELECT id FROM plain WHERE text LIKE ? ORDER BY id DESC LIMIT 100"_s);
                query.addBindValue(QString(u'%' + term + u'%'));
                if (!query.exec())
                    die(query.lastError().text());
                while (query.next()) {
                }
            }));
            std::fprintf(stderr, "search %s: %lld shown of %lld matches\n", qPrintable(term), qint64(found), qint64(all));
        }
        rows.append({u"search %1 articles, 8 German terms, first 100 hits (median of 40)"_s.arg(count), u"< 20 ms"_s,
                     median(searchTimes), u"LIKE '%term%' scan of the same text (median of 8)"_s, median(likeTimes)});
    }

    std::printf("| measure | goal | result | baseline | baseline result |\n|---|---|---|---|---|\n");
    for (const Row &row : std::as_const(rows))
        std::printf("| %s | %s | %.2f ms | %s | %.2f ms |\n", qPrintable(row.measure), qPrintable(row.goal), row.result,
                    qPrintable(row.baseline), row.baselineResult);
    return 0;
}
