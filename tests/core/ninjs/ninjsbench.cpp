// Throughput of ninjs export and import and of validation, against a named baseline measured in
// the same run: QJsonDocument alone serializing and parsing the very same JSON. The difference
// is what the mapping, body sanitizing and plain-text conversion cost.
// Run with `tools/dev bench ninjs`.
#include "article.h"
#include "body/bodydocument.h"
#include "ninjs/ninjsreader.h"
#include "ninjs/ninjswriter.h"
#include "validation/validator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace {
constexpr int articleCount = 1000;
constexpr int runs = 5;

QList<Article> generateArticles()
{
    const QStringList words{u"Übergangsfinanzierung"_s, u"Straße"_s, u"Stadtrat"_s, u"größer"_s, u"beschließt"_s,
                            u"Haushalt"_s, u"Bürgermeisterin"_s, u"Verkehrswende"_s, u"und"_s, u"die"_s, u"für"_s};
    QList<Article> articles;
    for (int i = 0; i < articleCount; ++i) {
        Article article;
        article.id = i + 1;
        article.section = u"Wirtschaft"_s;
        article.kicker = u"Haushalt"_s;
        article.headline = u"Übergangsfinanzierung Nummer "_s + QString::number(i);
        article.teaser = u"Der Stadtrat hat die Übergangsfinanzierung beschlossen."_s;
        QString body;
        for (int p = 0; p < 20; ++p) { // 20 paragraphs of 40 words: 800 words
            body += p % 5 == 4 ? u"<h2>Zwischenüberschrift</h2>\n"_s : QString();
            body += u"<p>"_s;
            for (int w = 0; w < 40; ++w)
                body += words[(i + p + w) % words.size()] + u' ';
            body += u"</p>\n"_s;
        }
        article.bodyHtml = BodyDocument::sanitize(body);
        article.authors = {u"Jörg Weiß"_s};
        article.tags = {u"Straße"_s, u"Haushalt"_s};
        article.related = {RelatedLink{i + 2, {}, {}}, RelatedLink{0, QUrl(u"https://example.org/ä"_s), u"Mehr"_s}};
        articles << article;
    }
    return articles;
}

double medianMs(const std::function<void()> &work)
{
    QList<double> times;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        work();
        times << timer.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times[runs / 2];
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QList<Article> articles = generateArticles();
    QList<QByteArray> json;
    for (const Article &article : articles)
        json << NinjsWriter().write(article);
    QList<QJsonDocument> documents;
    for (const QByteArray &bytes : std::as_const(json))
        documents << QJsonDocument::fromJson(bytes);

    qsizetype sink = 0;
    const double baselineWrite = medianMs([&] {
        for (const QJsonDocument &document : std::as_const(documents))
            sink += document.toJson(QJsonDocument::Indented).size();
    });
    const double write = medianMs([&] {
        const NinjsWriter writer;
        for (const Article &article : articles)
            sink += writer.write(article).size();
    });
    const double baselineRead = medianMs([&] {
        for (const QByteArray &bytes : std::as_const(json))
            sink += QJsonDocument::fromJson(bytes).object().size();
    });
    const double read = medianMs([&] {
        const NinjsReader reader;
        for (const QByteArray &bytes : std::as_const(json))
            sink += reader.read(bytes).article->bodyHtml.size();
    });
    const double validate = medianMs([&] {
        const Validator validator;
        for (const Article &article : articles)
            sink += validator.validate(article).size();
    });
    const auto rate = [](double ms) { return QString::number(articleCount / (ms / 1000.0), 'f', 0); };
    out << u"ninjs, %1 articles of 800 words, median of %2 runs (checksum %3)\n"_s.arg(articleCount).arg(runs).arg(sink)
        << u"| measure | ms | articles/s |\n|---|---|---|\n"_s
        << u"| baseline: QJsonDocument::toJson of the same JSON | %1 | %2 |\n"_s.arg(baselineWrite, 0, 'f', 1).arg(rate(baselineWrite))
        << u"| NinjsWriter::write | %1 | %2 |\n"_s.arg(write, 0, 'f', 1).arg(rate(write))
        << u"| baseline: QJsonDocument::fromJson of the same JSON | %1 | %2 |\n"_s.arg(baselineRead, 0, 'f', 1).arg(rate(baselineRead))
        << u"| NinjsReader::read | %1 | %2 |\n"_s.arg(read, 0, 'f', 1).arg(rate(read))
        << u"| Validator::validate | %1 | %2 |\n"_s.arg(validate, 0, 'f', 1).arg(rate(validate));
    return 0;
}
