#include "cleanbody.h"

#include "htmlescape.h"
#include "htmlwriter.h"

#include <QString>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
enum class Tag { None, P, H2, H3, Blockquote, Ul, Ol, Li, Strong, Em, A, Br };

struct Token {
    Tag tag = Tag::None;
    bool closing = false;
    qsizetype length = 0; // characters consumed
};

Tag tagNamed(QStringView name)
{
    static const std::pair<QStringView, Tag> names[] = {
        {u"p", Tag::P}, {u"h2", Tag::H2}, {u"h3", Tag::H3}, {u"blockquote", Tag::Blockquote},
        {u"ul", Tag::Ul}, {u"ol", Tag::Ol}, {u"li", Tag::Li}, {u"strong", Tag::Strong},
        {u"em", Tag::Em}, {u"a", Tag::A}, {u"br", Tag::Br},
    };
    for (const auto &[text, tag] : names) {
        if (name == text)
            return tag;
    }
    return Tag::None;
}

bool isInline(Tag tag)
{
    return tag == Tag::Strong || tag == Tag::Em || tag == Tag::A || tag == Tag::Br;
}

// Text between tags: no markup characters, only the four entities HtmlWriter writes, no
// characters it would have dropped or turned into markup. A raw '"' is harmless in text; in an
// href, readTag() rejects it.
bool isCleanText(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'&') {
            const qsizetype length = HtmlEscape::entityLength(text.mid(i));
            if (length == 0)
                return false;
            i += length - 1;
            continue;
        }
        if (c == u'<' || c == u'>' || c == 0xFFFC || c == 0x2028 || c == 0x2029)
            return false;
        if (HtmlEscape::isC0Control(c) && c != u'\n') // what HtmlWriter drops
            return false;
    }
    return true;
}

bool isBlank(QStringView text)
{
    for (const QChar c : text) {
        if (c != u'\n' && c != u' ')
            return false;
    }
    return true;
}

// Reads one tag at html[pos] == '<'. Tag::None means not an allowed tag.
Token readTag(QStringView html, qsizetype pos)
{
    Token token;
    const qsizetype end = html.indexOf(u'>', pos);
    if (end < 0)
        return token;
    QStringView inner = html.mid(pos + 1, end - pos - 1);
    token.length = end - pos + 1;
    if (inner.startsWith(u'/')) {
        token.closing = true;
        inner = inner.mid(1);
        token.tag = tagNamed(inner);
        return token.tag == Tag::Br ? Token() : token;
    }
    if (inner.startsWith(u"a href=\"") && inner.endsWith(u'"')) {
        const QStringView href = inner.mid(8, inner.size() - 9);
        if (!isCleanText(href))
            return Token();
        const QString plain = HtmlEscape::unescape(href);
        if (plain.contains(u'"') || !HtmlWriter::isSafeHref(plain))
            return Token();
        token.tag = Tag::A;
        return token;
    }
    token.tag = tagNamed(inner);
    return token.tag == Tag::A ? Token() : token;
}

bool allowedIn(Tag parent, Tag child)
{
    switch (parent) {
    case Tag::None: // top level
        return child == Tag::P || child == Tag::H2 || child == Tag::H3 || child == Tag::Blockquote
            || child == Tag::Ul || child == Tag::Ol;
    case Tag::Blockquote:
        return child == Tag::P || child == Tag::H2 || child == Tag::H3;
    case Tag::Ul:
    case Tag::Ol:
        return child == Tag::Li;
    case Tag::Li:
        return isInline(child) || child == Tag::Ul || child == Tag::Ol;
    case Tag::P:
    case Tag::H2:
    case Tag::H3:
        return isInline(child);
    case Tag::Strong:
    case Tag::Em:
        return child == Tag::Strong || child == Tag::Em || child == Tag::Br;
    case Tag::A:
        return child == Tag::Strong || child == Tag::Em || child == Tag::Br;
    case Tag::Br:
        return false;
    }
    return false;
}

bool allowsText(Tag parent)
{
    return parent == Tag::P || parent == Tag::H2 || parent == Tag::H3 || parent == Tag::Li
        || parent == Tag::Strong || parent == Tag::Em || parent == Tag::A;
}
} // namespace

namespace CleanBody {
bool isClean(QStringView html)
{
    std::vector<Tag> open;
    qsizetype pos = 0;
    while (pos < html.size()) {
        const qsizetype lt = html.indexOf(u'<', pos);
        const qsizetype textEnd = lt < 0 ? html.size() : lt;
        if (textEnd > pos) {
            const QStringView text = html.mid(pos, textEnd - pos);
            const Tag parent = open.empty() ? Tag::None : open.back();
            if (!(allowsText(parent) ? isCleanText(text) : isBlank(text)))
                return false;
        }
        if (lt < 0)
            break;
        const Token token = readTag(html, lt);
        if (token.tag == Tag::None)
            return false;
        const Tag parent = open.empty() ? Tag::None : open.back();
        if (token.closing) {
            if (open.empty() || open.back() != token.tag)
                return false;
            open.pop_back();
        } else {
            if (!allowedIn(parent, token.tag))
                return false;
            // An <a> inside an <a> is invalid HTML, however deep.
            if (token.tag == Tag::A && std::find(open.begin(), open.end(), Tag::A) != open.end())
                return false;
            if (token.tag != Tag::Br)
                open.push_back(token.tag);
        }
        pos = lt + token.length;
    }
    return open.empty();
}
} // namespace CleanBody
