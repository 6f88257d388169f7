#include "pagetext.h"

#include "body/bodydocument.h"
#include "body/cleanbody.h"
#include "body/htmlescape.h"
#include "export/typography.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
bool isBlockTag(QStringView tag)
{
    static constexpr QStringView blocks[]{u"p", u"h2", u"h3", u"li", u"blockquote", u"ul", u"ol", u"br"};
    QStringView name = tag.mid(1);
    if (name.startsWith(u'/'))
        name = name.mid(1);
    qsizetype end = 0;
    while (end < name.size() && name.at(end).isLetterOrNumber())
        ++end;
    name = name.left(end);
    return std::any_of(std::begin(blocks), std::end(blocks),
                       [name](QStringView block) { return name.compare(block, Qt::CaseInsensitive) == 0; });
}

} // namespace

namespace PageText {
QString languageTag(const QString &language)
{
    static const QRegularExpression bcp47(u"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$"_s);
    const QString tag = language.trimmed();
    return bcp47.match(tag).hasMatch() ? tag : u"de-DE"_s;
}

QString escape(QStringView text)
{
    return HtmlEscape::escape(text, HtmlEscape::Breaks::AsSpace);
}

// HtmlWriter escapes '<' and '>' in text and attributes, so every '<' in a clean body starts
// a tag.
Body typesetBody(const QString &bodyHtml, const Typography &typography)
{
    Body body;
    // Stored bodies are clean already; only what the strict check rejects pays for a parse.
    QString clean = CleanBody::isClean(bodyHtml) ? bodyHtml : BodyDocument::sanitize(bodyHtml);
    if (clean.contains(u"></h"_s)) {
        // The editor keeps empty subheadings so that validation can point at them; a published
        // page must not have them (an empty heading is announced, and checkers flag it).
        static const QRegularExpression emptyHeading(u"<h([23])>\\s*</h\\1>\n?"_s);
        clean.remove(emptyHeading);
    }
    body.html.reserve(clean.size() + clean.size() / 8);
    body.plainText.reserve(clean.size());
    QChar previous;
    qsizetype pos = 0;
    while (pos < clean.size()) {
        const qsizetype open = clean.indexOf(u'<', pos);
        const qsizetype textEnd = open < 0 ? clean.size() : open;
        if (textEnd > pos) {
            const QString text = HtmlEscape::unescape(QStringView(clean).mid(pos, textEnd - pos));
            const QString typeset = typography.apply(text, previous);
            HtmlEscape::append(body.html, typeset, HtmlEscape::Breaks::AsSpace);
            body.plainText += text;
            if (!typeset.isEmpty())
                previous = typeset.back();
        }
        if (open < 0)
            break;
        const qsizetype close = clean.indexOf(u'>', open);
        const qsizetype tagEnd = close < 0 ? clean.size() : close + 1;
        const QStringView tag = QStringView(clean).mid(open, tagEnd - open);
        if (isBlockTag(tag)) {
            previous = QChar();
            body.plainText += u'\n';
        }
        body.html += tag;
        pos = tagEnd;
    }
    return body;
}

QString joinNames(const QStringList &names, const ExportLabels &labels)
{
    if (names.size() <= 1)
        return names.join(QString());
    return names.mid(0, names.size() - 1).join(u", "_s) + u' ' + labels.andWord() + u' ' + names.last();
}

QStringList cleanList(const QStringList &items)
{
    QStringList out;
    for (const QString &item : items) {
        const QString simplified = item.simplified();
        if (!simplified.isEmpty())
            out << simplified;
    }
    return out;
}
} // namespace PageText
