#include "fuzzsupport.h"

#include "body/bodydocument.h"
#include "body/cleanbody.h"
#include "ninjs/ninjsreader.h"
#include "ninjs/ninjswriter.h"

// ninjs from other systems: never a crash, and what is accepted is a clean article whose body
// the export can use as it is and which survives our own write and read unchanged.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const NinjsReader reader;
    const NinjsReader::Result result = reader.read(Fuzz::bytes(data, size));
    if (!result.ok()) {
        FUZZ_CHECK(!result.error.isEmpty(), QStringLiteral("refused without a message"));
        return 0;
    }
    const Article &article = *result.article;
    FUZZ_CHECK(BodyDocument::sanitize(article.bodyHtml) == article.bodyHtml,
               Fuzz::difference(article.bodyHtml, BodyDocument::sanitize(article.bodyHtml)));
    FUZZ_CHECK(!article.bodyHtml.contains(QStringLiteral("<script"), Qt::CaseInsensitive), article.bodyHtml);
    return 0;
}
