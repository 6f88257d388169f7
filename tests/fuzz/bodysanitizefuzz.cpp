#include "fuzzsupport.h"

#include "body/bodydocument.h"
#include "body/clipboardcleaner.h"
#include "body/cleanbody.h"

#include <QRegularExpression>

// Clipboard HTML from any program, and hostile HTML: the clean body keeps no script, no event
// handler and no javascript: link, passes the strict CleanBody check, and cleaning it again
// changes nothing.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString html = QString::fromUtf8(Fuzz::bytes(data, size));
    const QString clean = ClipboardCleaner::cleanHtml(html);
    FUZZ_CHECK(CleanBody::isClean(clean), clean);
    FUZZ_CHECK(BodyDocument::sanitize(clean) == clean,
               Fuzz::difference(clean, BodyDocument::sanitize(clean)));
    // Inside tags only (every '<' of a clean body opens one): escaped text such as
    // `&quot;javascript:x&quot;` or "online = 5" is words, not a link or a handler.
    static const QRegularExpression hostile(QStringLiteral(R"(<script|<style|<iframe|<[^>]*\son\w+\s*=|<[^>]*=\s*"\s*javascript:)"),
                                            QRegularExpression::CaseInsensitiveOption);
    FUZZ_CHECK(!hostile.match(clean).hasMatch(), clean);
    return 0;
}
