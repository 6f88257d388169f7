#include "fuzzsupport.h"

#include "body/bodydocument.h"
#include "import/articleimporter.h"

// The text and HTML importer with any bytes (invalid UTF-8, Windows-1252, binary): an article
// with a clean body or a refusal with a message. Document formats go to pandoc, a separate
// process with its own limits, so they are left to the document tests.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = Fuzz::bytes(data, size);
    for (const QString &name : {QStringLiteral("artikel.html"), QStringLiteral("meldung.txt")}) {
        if (ArticleImporter::isDocument(ArticleImporter::detectFormat(bytes, name)))
            return 0;
        const ArticleImporter importer;
        const ArticleImporter::Result result = importer.importBytes(bytes, name);
        if (!result.ok()) {
            FUZZ_CHECK(!result.error.isEmpty(), QStringLiteral("refused without a message"));
            continue;
        }
        FUZZ_CHECK(BodyDocument::sanitize(result.article->bodyHtml) == result.article->bodyHtml,
               Fuzz::difference(result.article->bodyHtml, BodyDocument::sanitize(result.article->bodyHtml)));
        FUZZ_CHECK(!result.article->headline.contains(QChar(u'\n')), result.article->headline);
    }
    return 0;
}
