#include "fuzzsupport.h"

#include "body/bodydocument.h"
#include "body/cleanbody.h"
#include "newsml/newsmlg2reader.h"

#include <QRegularExpression>
#include <QSet>

// NewsML-G2 from agencies (issue 18): never a crash; a refusal says why and imports nothing;
// what is accepted is a clean body within the reader's limits, with nothing that entity tricks
// could have blown up, and reading the same bytes twice gives the same articles.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = Fuzz::bytes(data, size);
    const NewsmlG2Reader::Limits limits;
    const NewsmlG2Reader reader(limits);
    const NewsmlG2Reader::Result result = reader.read(bytes);
    (void)NewsmlG2Reader::rootElementName(bytes);
    if (!result.error.isEmpty()) {
        FUZZ_CHECK(result.items.isEmpty(), QStringLiteral("refused, yet %1 items: %2").arg(result.items.size()).arg(result.error));
        return 0;
    }
    FUZZ_CHECK(result.ok(), QStringLiteral("neither an article nor a message why not"));
    // Sniffing and reading agree: the importer picks this reader by looksLikeNewsml().
    FUZZ_CHECK(NewsmlG2Reader::looksLikeNewsml(bytes), QStringLiteral("read, but not recognised as NewsML-G2"));
    FUZZ_CHECK(result.items.size() <= limits.maxItems, QString::number(result.items.size()));
    // Inside tags only: "online = 5" or "javascript: eine Sprache" are text a story may hold.
    static const QRegularExpression hostile(QStringLiteral(R"(<script|<style|<iframe|<[^>]*\son\w+\s*=|<[^>]*=\s*"\s*javascript:)"),
                                            QRegularExpression::CaseInsensitiveOption);
    qsizetype produced = 0;
    // Packages may share a story and package articles may look alike: the same text counts once.
    QSet<QString> counted;
    QSet<QString> guids;
    for (const ImportedItem &item : result.items) {
        const Article &article = item.article;
        // One article per guid: a second would be the same story twice in the database.
        FUZZ_CHECK(item.sourceUri.isEmpty() || !guids.contains(item.sourceUri), item.sourceUri.left(200));
        guids.insert(item.sourceUri);
        FUZZ_CHECK(CleanBody::isClean(article.bodyHtml), article.bodyHtml);
        FUZZ_CHECK(BodyDocument::sanitize(article.bodyHtml) == article.bodyHtml, article.bodyHtml);
        FUZZ_CHECK(!hostile.match(article.bodyHtml).hasMatch(), article.bodyHtml);
        FUZZ_CHECK(article.bodyHtml.size() <= limits.maxBodyLength, QString::number(article.bodyHtml.size()));
        for (const QString &field : {article.headline, article.kicker, article.teaser, item.sourceUri, item.sourceVersion})
            FUZZ_CHECK(field.size() <= limits.maxTextLength, field.left(200));
        const QString text = article.headline + u'\n' + article.kicker + u'\n' + article.teaser + u'\n' + article.bodyHtml;
        if (!counted.contains(text))
            produced += text.size();
        counted.insert(text);
    }
    // No expansion: every character out stood in the file (markup and escaping add a little,
    // an entity bomb would add orders of magnitude).
    FUZZ_CHECK(produced <= 8 * qsizetype(size) + 4096, QStringLiteral("%1 characters out of %2 bytes").arg(produced).arg(size));
    const NewsmlG2Reader::Result again = reader.read(bytes);
    FUZZ_CHECK(again.items.size() == result.items.size(), QStringLiteral("second read differs"));
    for (qsizetype i = 0; i < result.items.size(); ++i)
        FUZZ_CHECK(again.items.at(i).article == result.items.at(i).article && again.items.at(i).sourceUri == result.items.at(i).sourceUri,
                   QStringLiteral("second read differs at item %1").arg(i));
    return 0;
}
