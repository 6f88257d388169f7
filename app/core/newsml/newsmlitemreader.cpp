#include "newsml/newsmlitemreader.h"

#include "body/bodydocument.h"
#include "body/htmlwriter.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Newsml {
ItemReader::ItemReader(const NewsmlG2Reader::Limits &limits, QStringList &warnings)
    : m_limits(limits)
    , m_warnings(warnings)
{
}

ItemReader::Item ItemReader::readNewsItem(const Node &item, const QString &inheritedLanguage)
{
    Item result;
    ImportedItem &out = result.imported;
    Article &article = out.article;
    out.sourceUri = field(item.attribute(u"guid"), u"guid"_s);
    out.sourceVersion = field(item.attribute(u"version"), u"version"_s);
    QString language = item.language().isEmpty() ? inheritedLanguage : item.language();

    if (const Node *meta = item.child(u"itemMeta")) {
        if (const Node *itemClass = meta->child(u"itemClass"))
            result.itemClass = classOf(itemClass->attribute(u"qcode"));
        article.modified = dateOf(meta->child(u"versionCreated"), m_warnings);
        article.created = dateOf(meta->child(u"firstCreated"), m_warnings);
        out.embargoed = dateOf(meta->child(u"embargoed"), m_warnings);
    }
    if (const Node *rights = item.child(u"rightsInfo")) {
        if (const Node *holder = rights->child(u"copyrightHolder"))
            result.photoCredit = field(holder->child(u"name") ? holder->child(u"name")->plainText() : holder->plainText(),
                                       u"copyrightHolder"_s);
        if (result.photoCredit.isEmpty()) {
            if (const Node *notice = rights->child(u"copyrightNotice"))
                result.photoCredit = field(notice->plainText(), u"copyrightNotice"_s);
        }
    }
    if (const Node *content = item.child(u"contentMeta")) {
        if (!article.created.isValid())
            article.created = dateOf(content->child(u"contentCreated"), m_warnings);
        if (const Node *lang = content->child(u"language"))
            language = lang->attribute(u"tag");
        for (const Node *headline : content->all(u"headline")) {
            if (article.headline.isEmpty())
                article.headline = field(headline->plainText(), u"headline"_s);
        }
        for (const Node *description : content->all(u"description")) {
            const QString role = description->attribute(u"role");
            const QString text = field(description->plainText(), u"description"_s);
            if (role.endsWith(u"caption"_s)) {
                if (result.photoCaption.isEmpty())
                    result.photoCaption = text;
            } else if (article.teaser.isEmpty()) {
                article.teaser = text;
            }
        }
        if (const Node *credit = content->child(u"creditline"); credit && result.photoCredit.isEmpty())
            result.photoCredit = field(credit->plainText(), u"creditline"_s);
        for (const Node *creator : content->all(u"creator")) {
            const Node *name = creator->child(u"name");
            const QString who = field(name ? name->plainText() : creator->plainText(), u"creator"_s);
            if (!who.isEmpty() && !article.authors.contains(who))
                article.authors.append(who);
        }
        if (const Node *dateline = content->child(u"dateline"))
            article.dateline = field(dateline->plainText(), u"dateline"_s);
        if (article.dateline.isEmpty()) {
            if (const Node *located = content->child(u"located"); located && located->child(u"name"))
                article.dateline = field(located->child(u"name")->plainText(), u"located"_s);
        }
        if (const Node *slugline = content->child(u"slugline"))
            addTag(article, field(slugline->plainText(), u"slugline"_s));
        for (const Node *subject : content->all(u"subject")) {
            const Node *name = nameFor(*subject, language);
            if (name)
                addTag(article, field(name->plainText(), u"subject"_s));
        }
    }
    article.language = language;
    result.hasContent = !article.headline.isEmpty();

    if (const Node *set = item.child(u"contentSet")) {
        for (const auto &c : set->children) {
            if (c->name == u"inlineXML"_s || c->name == u"inlineData"_s) {
                readInlineBody(*c, article);
                if (!article.bodyHtml.isEmpty())
                    result.hasContent = true;
            } else if (c->name == u"remoteContent"_s && out.photoHref.isEmpty()) {
                out.photoHref = c->attribute(u"href");
                out.photoHrefField = u"remoteContent@href"_s;
                if (!out.photoHref.isEmpty())
                    result.hasContent = true;
            }
        }
    }
    return result;
}

QString ItemReader::field(const QString &raw, const QString &name) const
{
    const QString text = raw.simplified();
    if (text.size() > m_limits.maxTextLength)
        fail(NewsmlG2Reader::tr("The field <%1> is too long: %2 characters, at most %3 are accepted.")
                 .arg(name)
                 .arg(text.size())
                 .arg(m_limits.maxTextLength));
    return text;
}

// "ninat:picture" → "picture"; also the full IPTC URI form.
QString ItemReader::classOf(const QString &qcode)
{
    const qsizetype cut = std::max(qcode.lastIndexOf(u':'), qcode.lastIndexOf(u'/'));
    return qcode.mid(cut + 1).toLower();
}

void ItemReader::addTag(Article &article, const QString &tag)
{
    if (!tag.isEmpty() && !article.tags.contains(tag))
        article.tags.append(tag);
}

// The subject's name in the item's language when there is one ("Arbeitsmarkt" for a
// German item), else its first name.
const Node *ItemReader::nameFor(const Node &subject, const QString &language)
{
    const QList<const Node *> names = subject.all(u"name");
    const QString primary = language.left(2).toLower();
    for (const Node *name : names) {
        if (!primary.isEmpty() && name->language().left(2).toLower() == primary)
            return name;
    }
    return names.isEmpty() ? nullptr : names.constFirst();
}

void ItemReader::readInlineBody(const Node &inline_, Article &article)
{
    for (const auto &c : inline_.children) {
        if (c->isText())
            continue;
        if (c->name == u"nitf"_s)
            readNitf(*c, article);
        else if (c->name == u"html"_s)
            readXhtml(*c, article);
        else if (c->name == u"body"_s)
            setBody(article, blocks(*c));
    }
    if (article.bodyHtml.isEmpty()) {
        // inlineData: plain text, one paragraph per line.
        QString text;
        for (const auto &c : inline_.children) {
            if (c->isText())
                text += c->text;
        }
        if (!text.trimmed().isEmpty()) {
            QString html;
            for (const QString &line : text.split(u'\n')) {
                if (!line.trimmed().isEmpty())
                    html += u"<p>"_s + HtmlWriter::escape(line.simplified()) + u"</p>"_s;
            }
            setBody(article, html);
        }
    }
}

void ItemReader::readNitf(const Node &nitf, Article &article)
{
    const Node *body = nitf.child(u"body");
    if (!body)
        return;
    if (const Node *head = body->child(u"body.head")) {
        if (const Node *hedline = head->child(u"hedline")) {
            if (const Node *hl1 = hedline->child(u"hl1"); hl1 && article.headline.isEmpty())
                article.headline = field(hl1->plainText(), u"hl1"_s);
            // The secondary headline above the story is what our kicker holds.
            if (const Node *hl2 = hedline->child(u"hl2"); hl2 && article.kicker.isEmpty())
                article.kicker = field(hl2->plainText(), u"hl2"_s);
        }
        if (article.authors.isEmpty()) {
            for (const Node *byline : head->all(u"byline")) {
                QString who = field(byline->plainText(), u"byline"_s);
                static const QRegularExpression by(u"^(by|von)\\s+"_s, QRegularExpression::CaseInsensitiveOption);
                who.remove(by);
                if (!who.isEmpty())
                    article.authors.append(who);
            }
        }
        if (const Node *dateline = head->child(u"dateline"); dateline && article.dateline.isEmpty())
            article.dateline = field(dateline->plainText(), u"dateline"_s);
        if (const Node *abstract = head->child(u"abstract"); abstract && article.teaser.isEmpty())
            article.teaser = field(abstract->plainText(), u"abstract"_s);
    }
    QString html;
    for (const auto &c : body->children) {
        if (c->name == u"body.content"_s)
            html += blocks(*c);
    }
    setBody(article, html);
}

void ItemReader::readXhtml(const Node &page, Article &article)
{
    if (const Node *head = page.child(u"head"); head && article.headline.isEmpty()) {
        if (const Node *title = head->child(u"title"))
            article.headline = field(title->plainText(), u"title"_s);
    }
    if (const Node *body = page.child(u"body"))
        setBody(article, blocks(*body, article.headline));
}

void ItemReader::setBody(Article &article, const QString &html)
{
    if (html.size() > m_limits.maxBodyLength)
        fail(NewsmlG2Reader::tr("The body is too long: %1 characters of markup, at most %2 are accepted.")
                 .arg(html.size())
                 .arg(m_limits.maxBodyLength));
    if (!html.trimmed().isEmpty())
        article.bodyHtml = BodyDocument::sanitize(html);
}

// NITF and XHTML block content → the clean body's markup (the cleaner then keeps exactly
// what HtmlWriter writes). Unknown elements give their text; media, tables' layout,
// scripts are left out.
QString ItemReader::blocks(const Node &parent, const QString &headline)
{
    QString html;
    QString loose; // inline content directly in a block container
    const auto flush = [&] {
        if (!loose.trimmed().isEmpty())
            html += u"<p>"_s + loose.trimmed() + u"</p>"_s;
        loose.clear();
    };
    for (const auto &c : parent.children) {
        const QString name = c->name.toLower();
        if (c->isText() || isInline(name)) {
            loose += inlineMarkup(*c);
            continue;
        }
        flush();
        if (name == u"p"_s) {
            html += u"<p>"_s + inlineChildren(*c) + u"</p>"_s;
        } else if (name == u"hl1"_s || name == u"hl2"_s || name == u"h1"_s || name == u"h2"_s) {
            const QString text = inlineChildren(*c);
            if (name == u"h1"_s && c->plainText() == headline)
                continue; // the page repeats its title
            html += u"<h2>"_s + text + u"</h2>"_s;
        } else if (name == u"h3"_s || name == u"h4"_s || name == u"h5"_s || name == u"h6"_s) {
            html += u"<h3>"_s + inlineChildren(*c) + u"</h3>"_s;
        } else if (name == u"ul"_s || name == u"ol"_s || name == u"dl"_s) {
            const QString tag = name == u"ol"_s ? u"ol"_s : u"ul"_s;
            html += u'<' + tag + u'>';
            for (const auto &item : c->children) {
                if (!item->isText())
                    html += u"<li>"_s + inlineChildren(*item) + u"</li>"_s;
            }
            html += u"</"_s + tag + u'>';
        } else if (name == u"bq"_s || name == u"blockquote"_s) {
            html += u"<blockquote>"_s + blocks(*c) + u"</blockquote>"_s;
        } else if (name == u"media"_s || name == u"img"_s || name == u"script"_s || name == u"style"_s
                   || name == u"object"_s || name == u"iframe"_s || name == u"video"_s || name == u"audio"_s
                   || name == u"credit"_s || name == u"tagline"_s || name == u"head"_s) {
            continue;
        } else {
            // block, div, section, table, tr, td, body.content, nitf-table...: their blocks.
            html += blocks(*c);
        }
    }
    flush();
    return html;
}

bool ItemReader::isInline(const QString &name)
{
    static const QSet<QString> names{u"a"_s, u"em"_s, u"i"_s, u"strong"_s, u"b"_s, u"span"_s, u"q"_s, u"br"_s,
                                     u"lang"_s, u"pronounce"_s, u"person"_s, u"org"_s, u"location"_s, u"event"_s,
                                     u"function"_s, u"object.title"_s, u"virtloc"_s, u"chron"_s, u"copyrite"_s,
                                     u"num"_s, u"money"_s, u"classifier"_s, u"alt-code"_s, u"u"_s, u"sub"_s,
                                     u"sup"_s, u"abbr"_s, u"cite"_s, u"code"_s, u"small"_s};
    return names.contains(name);
}

QString ItemReader::inlineChildren(const Node &node)
{
    QString out;
    for (const auto &c : node.children)
        out += inlineMarkup(*c);
    return out.simplified();
}

QString ItemReader::inlineMarkup(const Node &node)
{
    if (node.isText())
        return HtmlWriter::escape(QString(node.text).replace(u'\n', u' '));
    const QString name = node.name.toLower();
    if (name == u"br"_s)
        return u" "_s;
    const QString inner = inlineChildren(node);
    if (name == u"em"_s || name == u"i"_s)
        return u"<em>"_s + inner + u"</em>"_s;
    if (name == u"strong"_s || name == u"b"_s)
        return u"<strong>"_s + inner + u"</strong>"_s;
    if (name == u"q"_s)
        return u"„"_s + inner + u"“"_s;
    if (name == u"a"_s) {
        const QString href = node.attribute(u"href");
        if (HtmlWriter::isSafeHref(href))
            return u"<a href=\""_s + HtmlWriter::escape(href) + u"\">"_s + inner + u"</a>"_s;
        return inner;
    }
    return inner;
}
} // namespace Newsml
