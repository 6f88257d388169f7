// Save and search latency on PostgreSQL against SQLite (the named baseline), same data, same
// run. Prints the BENCHMARKS.md table. Run with `tools/dev bench postgres`.
#include "articlerepository.h"
#include "postgresserver.h"
#include "storage/repositoryfactory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
constexpr int articles = 500;
constexpr int saves = 200;
constexpr int searchesPerQuery = 30;

const QStringList words = {u"Stadtrat"_s, u"Haushalt"_s, u"Übergangsfinanzierung"_s, u"Nahverkehr"_s, u"Straßenbahn"_s,
                           u"beschließt"_s, u"Zuschüsse"_s, u"Bürgermeisterin"_s, u"nordkoreanische"_s, u"Rakete"_s,
                           u"Wahl"_s, u"Sachsen"_s, u"Kämmerer"_s, u"schweigt"_s, u"Gewerkschaft"_s, u"Tarifverhandlung"_s};

Article makeArticle(int n)
{
    Article article;
    article.section = n % 2 ? u"Wirtschaft"_s : u"Politik"_s;
    article.headline = u"Meldung %1: %2 %3"_s.arg(n).arg(words.at(n % words.size()), words.at((n * 7) % words.size()));
    QString body;
    for (int p = 0; p < 6; ++p) {
        body += u"<p>"_s;
        for (int w = 0; w < 50; ++w)
            body += words.at((n * 31 + p * 17 + w * 13) % words.size()) + u' ';
        body += u"</p>"_s;
    }
    article.bodyHtml = body;
    return article;
}

struct Stats {
    double median = 0;
    double p95 = 0;
};

Stats stats(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return {samples.at(samples.size() / 2), samples.at(std::min<qsizetype>(samples.size() - 1, samples.size() * 95 / 100))};
}

struct Result {
    Stats save;
    Stats search;
};

std::optional<Result> measure(const QString &location, QTextStream &err)
{
    RepositoryOpening opening = RepositoryFactory::open(location);
    if (!opening.repository) {
        err << opening.error << '\n';
        return std::nullopt;
    }
    ArticleRepository &repository = *opening.repository;
    QList<qint64> ids;
    for (int n = 0; n < articles; ++n) {
        const SaveResult saved = repository.save(makeArticle(n), 0);
        if (!saved.ok()) {
            err << saved.error << '\n';
            return std::nullopt;
        }
        ids.append(saved.id);
    }
    QList<double> saveTimes;
    for (int n = 0; n < saves; ++n) {
        auto article = repository.load(ids.at(n % ids.size()));
        if (!article)
            return std::nullopt;
        article->bodyHtml += u"<p>Nachtrag %1</p>"_s.arg(n);
        QElapsedTimer timer;
        timer.start();
        const SaveResult saved = repository.save(*article, article->revision);
        saveTimes.append(timer.nsecsElapsed() / 1e6);
        if (!saved.ok()) {
            err << saved.error << '\n';
            return std::nullopt;
        }
    }
    QList<double> searchTimes;
    for (const QString &query : {u"finanzierung"_s, u"Nordkorea"_s, u"Stadtrat Rakete"_s}) {
        for (int n = 0; n < searchesPerQuery; ++n) {
            ArticleFilter filter;
            filter.search = query;
            filter.limit = 50;
            QElapsedTimer timer;
            timer.start();
            const auto found = repository.list(filter);
            searchTimes.append(timer.nsecsElapsed() / 1e6);
            if (!found || found->isEmpty()) {
                err << "search " << query << " found nothing: " << repository.lastError() << '\n';
                return std::nullopt;
            }
        }
    }
    return Result{stats(saveTimes), stats(searchTimes)};
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    PostgresServer server;
    if (!server.start()) {
        err << server.errorString() << '\n';
        return 1;
    }
    const QString url = server.createDatabase(u"bench"_s);
    QTemporaryDir dir;
    const auto sqlite = measure(dir.filePath(u"bench.sqlite"_s), err);
    const auto postgres = url.isEmpty() ? std::nullopt : measure(url, err);
    if (!sqlite || !postgres)
        return 1;
    const auto row = [&out](const QString &measure, const Stats &pg, const Stats &lite) {
        out << u"| %1 | %2 ms / %3 ms | %4 ms / %5 ms |"_s.arg(measure)
                   .arg(pg.median, 0, 'f', 2).arg(pg.p95, 0, 'f', 2).arg(lite.median, 0, 'f', 2).arg(lite.p95, 0, 'f', 2)
            << '\n';
    };
    out << u"%1 articles (~300 words), %2 saves, %3 searches; median / p95\n"_s.arg(articles).arg(saves).arg(3 * searchesPerQuery);
    out << "| measure | PostgreSQL 17 (loopback, fsync off) | SQLite (baseline, WAL) |\n|---|---|---|\n";
    row(u"save (one revision)"_s, postgres->save, sqlite->save);
    row(u"search (50 hits max)"_s, postgres->search, sqlite->search);
    return 0;
}
