#include "fuzzsupport.h"

#include "export/slug.h"
#include "export/typography.h"

#include <QRegularExpression>

// Typography and slugs with any text. Typesetting twice gives what typesetting once gave; a
// change at a keystroke stays inside the paragraph; a slug is never empty, only ASCII letters,
// digits and single hyphens, never longer than its limit, and its own slug.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const auto style = static_cast<Typography::Style>(data[0] % 4);
    const QString text = QString::fromUtf8(Fuzz::bytes(data + 1, size - 1));
    const Typography typography(true, style);
    const QString once = typography.apply(text);
    FUZZ_CHECK(typography.apply(once) == once, once);
    for (qsizetype cursor = 1; cursor <= text.size() && cursor <= 64; ++cursor) {
        const Typography::Change change = typography.afterTyping(text, cursor);
        if (!change.isValid())
            continue;
        FUZZ_CHECK(change.length >= 0 && change.position + change.length <= cursor,
                   QStringLiteral("change %1+%2 at cursor %3 in %4").arg(change.position).arg(change.length).arg(cursor).arg(text));
    }
    const QString slug = Slug::fromHeadline(text);
    static const QRegularExpression form(QStringLiteral("^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$"));
    FUZZ_CHECK(form.match(slug).hasMatch(), slug);
    FUZZ_CHECK(slug.size() <= Slug::maxLength, slug);
    FUZZ_CHECK(Slug::fromHeadline(slug) == slug, slug);
    return 0;
}
