#include "newsml/newsmlg2reader.h"

#include "body/bodydocument.h"
#include "body/htmlwriter.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <QXmlStreamReader>

#include <memory>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
constexpr QStringView xmlNamespace = u"http://www.w3.org/XML/1998/namespace";

// The document as a small tree: element nodes with a local name and attributes, text nodes
// with an empty name. Mixed content (NITF "p" with "a" inside) keeps its order.
struct Node {
    QString name;
    QXmlStreamAttributes attributes;
    QString text;
    std::vector<std::unique_ptr<Node>> children;

    [[nodiscard]] bool isText() const { return name.isEmpty(); }
    [[nodiscard]] QString attribute(QStringView key) const { return attributes.value(key).toString().trimmed(); }
    [[nodiscard]] QString language() const { return attributes.value(xmlNamespace, u"lang").toString().trimmed(); }
    [[nodiscard]] const Node *child(QStringView local) const
    {
        for (const auto &c : children) {
            if (c->name == local)
                return c.get();
        }
        return nullptr;
    }
    [[nodiscard]] QList<const Node *> all(QStringView local) const
    {
        QList<const Node *> result;
        for (const auto &c : children) {
            if (c->name == local)
                result.append(c.get());
        }
        return result;
    }
    // Every piece of text below, in order, whitespace collapsed.
    [[nodiscard]] QString plainText() const
    {
        QString out;
        appendText(out);
        return out.simplified();
    }
    void appendText(QString &out) const
    {
        if (isText()) {
            out += text;
            return;
        }
        for (const auto &c : children) {
            c->appendText(out);
            if (!c->isText())
                out += u' ';
        }
    }
};

struct ReadError {
    QString message;
};

[[noreturn]] void fail(const QString &message)
{
    throw ReadError{message};
}

std::unique_ptr<Node> parse(const QByteArray &bytes, const NewsmlG2Reader::Limits &limits)
{
    QXmlStreamReader xml(bytes);
    xml.setNamespaceProcessing(true);
    std::unique_ptr<Node> root;
    std::vector<Node *> stack;
    qsizetype elements = 0;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::DTD:
            // NewsML-G2 is defined by XML Schema and never needs a DTD; a DTD is what external
            // entities and entity expansion ("billion laughs") need.
            fail(NewsmlG2Reader::tr("The file declares a document type (DTD, line %1). NewsML-G2 never needs one, "
                                    "and a DTD can pull in outside files or expand entities without end; "
                                    "the file was not read.")
                     .arg(xml.lineNumber()));
        case QXmlStreamReader::EntityReference:
            fail(NewsmlG2Reader::tr("The file uses the entity „&%1;“ (line %2), which is not defined by XML itself; "
                                    "the file was not read.")
                     .arg(xml.name().toString().left(80))
                     .arg(xml.lineNumber()));
        case QXmlStreamReader::StartElement: {
            if (qsizetype(stack.size()) >= limits.maxDepth)
                fail(NewsmlG2Reader::tr("The elements are nested more than %1 levels deep (line %2); "
                                        "the file was not read.")
                         .arg(limits.maxDepth)
                         .arg(xml.lineNumber()));
            if (++elements > limits.maxElements)
                fail(NewsmlG2Reader::tr("The file has more than %1 elements; the file was not read.").arg(limits.maxElements));
            auto node = std::make_unique<Node>();
            node->name = xml.name().toString();
            node->attributes = xml.attributes();
            Node *raw = node.get();
            if (stack.empty())
                root = std::move(node);
            else
                stack.back()->children.push_back(std::move(node));
            stack.push_back(raw);
            break;
        }
        case QXmlStreamReader::EndElement:
            if (!stack.empty())
                stack.pop_back();
            break;
        case QXmlStreamReader::Characters:
            if (!stack.empty() && !xml.isWhitespace()) {
                auto node = std::make_unique<Node>();
                node->text = xml.text().toString();
                if (node->text.size() > limits.maxBodyLength)
                    fail(NewsmlG2Reader::tr("A text in the file is too long: %1 characters, at most %2 are accepted.")
                             .arg(node->text.size())
                             .arg(limits.maxBodyLength));
                stack.back()->children.push_back(std::move(node));
            } else if (!stack.empty() && !stack.back()->children.empty()) {
                // Whitespace between inline elements ("<em>a</em> <em>b</em>") is a space.
                auto node = std::make_unique<Node>();
                node->text = u" "_s;
                stack.back()->children.push_back(std::move(node));
            }
            break;
        default:
            break;
        }
    }
    if (xml.hasError())
        fail(NewsmlG2Reader::tr("The file is not well-formed XML: %1 (line %2, column %3).")
                 .arg(xml.errorString())
                 .arg(xml.lineNumber())
                 .arg(xml.columnNumber()));
    if (!root)
        fail(NewsmlG2Reader::tr("The file holds no XML element."));
    return root;
}

QDateTime dateOf(const Node *node, QStringList &warnings)
{
    if (!node)
        return {};
    const QString text = node->plainText();
    if (text.isEmpty())
        return {};
    QDateTime value = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!value.isValid()) {
        warnings << NewsmlG2Reader::tr("The date „%1“ in <%2> was not understood and left out.").arg(text.left(40), node->name);
        return {};
    }
    static const QRegularExpression hasOffset(u"(Z|[+-]\\d\\d:?\\d\\d)$"_s, QRegularExpression::CaseInsensitiveOption);
    if (!hasOffset.match(text).hasMatch()) {
        // xs:dateTime without an offset: UTC is the only reading that does not depend on
        // the computer the file is imported on.
        value.setTimeZone(QTimeZone::UTC);
        warnings << NewsmlG2Reader::tr("The date „%1“ in <%2> has no time zone; it was read as UTC.").arg(text.left(40), node->name);
    }
    return value.toUTC();
}

class ItemReader
{
public:
    ItemReader(const NewsmlG2Reader::Limits &limits, QStringList &warnings)
        : m_limits(limits)
        , m_warnings(warnings)
    {
    }

    struct Item {
        ImportedItem imported;
        QString itemClass; // "text", "picture", "composite", ...
        bool hasContent = false;
        // Picture items: what makes the lead photo.
        QString photoCaption;
        QString photoCredit;
    };

    Item readNewsItem(const Node &item, const QString &inheritedLanguage)
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

    [[nodiscard]] QString field(const QString &raw, const QString &name) const
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
    static QString classOf(const QString &qcode)
    {
        const qsizetype cut = std::max(qcode.lastIndexOf(u':'), qcode.lastIndexOf(u'/'));
        return qcode.mid(cut + 1).toLower();
    }

private:
    static void addTag(Article &article, const QString &tag)
    {
        if (!tag.isEmpty() && !article.tags.contains(tag))
            article.tags.append(tag);
    }

    // The subject's name in the item's language when there is one ("Arbeitsmarkt" for a
    // German item), else its first name.
    static const Node *nameFor(const Node &subject, const QString &language)
    {
        const QList<const Node *> names = subject.all(u"name");
        const QString primary = language.left(2).toLower();
        for (const Node *name : names) {
            if (!primary.isEmpty() && name->language().left(2).toLower() == primary)
                return name;
        }
        return names.isEmpty() ? nullptr : names.constFirst();
    }

    void readInlineBody(const Node &inline_, Article &article)
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

    void readNitf(const Node &nitf, Article &article)
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

    void readXhtml(const Node &page, Article &article)
    {
        if (const Node *head = page.child(u"head"); head && article.headline.isEmpty()) {
            if (const Node *title = head->child(u"title"))
                article.headline = field(title->plainText(), u"title"_s);
        }
        if (const Node *body = page.child(u"body"))
            setBody(article, blocks(*body, article.headline));
    }

    void setBody(Article &article, const QString &html)
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
    QString blocks(const Node &parent, const QString &headline = {})
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

    static bool isInline(const QString &name)
    {
        static const QSet<QString> names{u"a"_s, u"em"_s, u"i"_s, u"strong"_s, u"b"_s, u"span"_s, u"q"_s, u"br"_s,
                                         u"lang"_s, u"pronounce"_s, u"person"_s, u"org"_s, u"location"_s, u"event"_s,
                                         u"function"_s, u"object.title"_s, u"virtloc"_s, u"chron"_s, u"copyrite"_s,
                                         u"num"_s, u"money"_s, u"classifier"_s, u"alt-code"_s, u"u"_s, u"sub"_s,
                                         u"sup"_s, u"abbr"_s, u"cite"_s, u"code"_s, u"small"_s};
        return names.contains(name);
    }

    QString inlineChildren(const Node &node)
    {
        QString out;
        for (const auto &c : node.children)
            out += inlineMarkup(*c);
        return out.simplified();
    }

    QString inlineMarkup(const Node &node)
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

    const NewsmlG2Reader::Limits &m_limits;
    QStringList &m_warnings;
};

// A story and its picture: the picture item's first rendition becomes the lead photo (by
// reference; ArticleImporter reads it from beside the file), its caption and credit with it.
void attachPhoto(ImportedItem &story, const ItemReader::Item &picture)
{
    story.photoHref = picture.imported.photoHref;
    story.photoHrefField = picture.imported.sourceUri + u" remoteContent@href"_s;
    story.article.photo.caption = picture.photoCaption.isEmpty() ? picture.imported.article.headline : picture.photoCaption;
    story.article.photo.credit = picture.photoCredit;
    if (!picture.imported.article.teaser.isEmpty() && story.article.photo.caption.isEmpty())
        story.article.photo.caption = picture.imported.article.teaser;
}

QString itemRefClass(const Node &ref)
{
    if (const Node *itemClass = ref.child(u"itemClass"))
        return ItemReader::classOf(itemClass->attribute(u"qcode"));
    return {};
}

QList<const Node *> itemRefsOf(const Node &package)
{
    QList<const Node *> refs;
    // groupSet/group/itemRef (G2 packages) and itemRef directly (the message example).
    for (const auto &c : package.children) {
        if (c->name == u"itemRef"_s)
            refs.append(c.get());
        else if (c->name == u"groupSet"_s || c->name == u"group"_s)
            refs.append(itemRefsOf(*c));
    }
    return refs;
}
} // namespace

QString NewsmlG2Reader::rootElementName(const QByteArray &bytes)
{
    QXmlStreamReader xml(bytes.left(64 * 1024));
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement)
            return xml.name().toString();
        if (token == QXmlStreamReader::DTD) {
            // The DTD names the root: "<!DOCTYPE html>" or "<!DOCTYPE newsItem [...]>".
            return xml.dtdName().toString();
        }
        if (xml.hasError())
            return {};
    }
    return {};
}

bool NewsmlG2Reader::looksLikeNewsml(const QByteArray &bytes)
{
    const QString root = rootElementName(bytes);
    return root == u"newsItem"_s || root == u"packageItem"_s || root == u"newsMessage"_s || root == u"conceptItem"_s
        || root == u"knowledgeItem"_s;
}

NewsmlG2Reader::Result NewsmlG2Reader::read(const QByteArray &xml) const
{
    Result result;
    if (xml.size() > m_limits.maxDocumentBytes) {
        result.error = tr("The NewsML-G2 file is too large: %1 MB, at most %2 MB are accepted.")
                           .arg(xml.size() / (1024 * 1024))
                           .arg(m_limits.maxDocumentBytes / (1024 * 1024));
        return result;
    }
    try {
        const std::unique_ptr<Node> root = parse(xml, m_limits);
        ItemReader reader(m_limits, result.warnings);
        const QString rootLanguage = root->language();

        // Every item of the document with its guid; packages separately.
        QList<ItemReader::Item> items;
        QList<const Node *> packages;
        if (root->name == u"newsItem"_s) {
            items.append(reader.readNewsItem(*root, rootLanguage));
        } else if (root->name == u"packageItem"_s) {
            packages.append(root.get());
        } else if (root->name == u"newsMessage"_s) {
            const Node *set = root->child(u"itemSet");
            if (set) {
                if (qsizetype(set->children.size()) > m_limits.maxItems)
                    fail(tr("The news message carries more than %1 items.").arg(m_limits.maxItems));
                for (const auto &c : set->children) {
                    if (c->name == u"newsItem"_s)
                        items.append(reader.readNewsItem(*c, c->language()));
                    else if (c->name == u"packageItem"_s)
                        packages.append(c.get());
                }
            }
        } else {
            fail(tr("The file is XML of another kind (root element <%1>), not a NewsML-G2 news item.").arg(root->name));
        }

        QHash<QString, qsizetype> byGuid;
        for (qsizetype i = 0; i < items.size(); ++i)
            byGuid.insert(items.at(i).imported.sourceUri, i);
        QSet<qsizetype> used;
        QList<ImportedItem> stories;

        for (const Node *package : std::as_const(packages)) {
            const QList<const Node *> refs = itemRefsOf(*package);
            ImportedItem story;
            bool haveStory = false;
            std::optional<qsizetype> photo;
            QList<PendingLink> related;
            for (const Node *ref : refs) {
                const QString residref = reader.field(ref->attribute(u"residref"), u"itemRef@residref"_s);
                const auto found = byGuid.constFind(residref);
                const bool inFile = found != byGuid.cend() && items.at(*found).hasContent;
                QString refClass = itemRefClass(*ref);
                if (inFile && refClass.isEmpty())
                    refClass = items.at(*found).itemClass;
                if (refClass == u"picture"_s || refClass == u"graphic"_s) {
                    if (inFile && !photo && !used.contains(*found)) {
                        photo = *found;
                        used.insert(*found);
                    } else if (!inFile) {
                        result.warnings << tr("The picture „%1“ is only referenced by the package, not carried in the file; "
                                              "it was not imported.")
                                               .arg(residref.left(200));
                    }
                    continue;
                }
                if (!haveStory && inFile) {
                    story = items.at(*found).imported;
                    used.insert(*found);
                    haveStory = true;
                    continue;
                }
                if (inFile)
                    used.insert(*found); // the related story also becomes an article of its own
                const Node *title = ref->child(u"title");
                related.append({residref, title ? reader.field(title->plainText(), u"title"_s) : QString()});
            }
            if (!haveStory) {
                // A package that only points at its items: an article that lists them, so that
                // nothing the agency sent is silently lost.
                story.sourceUri = reader.field(package->attribute(u"guid"), u"guid"_s);
                story.sourceVersion = reader.field(package->attribute(u"version"), u"version"_s);
                if (const Node *content = package->child(u"contentMeta")) {
                    if (const Node *headline = content->child(u"headline"))
                        story.article.headline = reader.field(headline->plainText(), u"headline"_s);
                }
                if (const Node *meta = package->child(u"itemMeta")) {
                    story.article.modified = dateOf(meta->child(u"versionCreated"), result.warnings);
                    story.article.created = dateOf(meta->child(u"firstCreated"), result.warnings);
                    if (story.article.headline.isEmpty() && meta->child(u"title"))
                        story.article.headline = reader.field(meta->child(u"title")->plainText(), u"title"_s);
                }
                if (!package->language().isEmpty())
                    story.article.language = package->language();
                if (story.article.headline.isEmpty()) {
                    // Nothing to show a journalist: no story carried, no headline of its own.
                    result.warnings << tr("The package „%1“ carries none of its stories and has no headline; it was skipped.")
                                           .arg(story.sourceUri.left(200));
                    continue;
                }
            }
            if (photo)
                attachPhoto(story, items.at(*photo));
            story.related += related;
            stories.append(story);
        }

        // Items no package took: text items are articles; in a message with one story and
        // pictures, the first picture is that story's photo.
        QList<qsizetype> loosePictures;
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (used.contains(i))
                continue;
            const ItemReader::Item &item = items.at(i);
            if (!item.hasContent) {
                result.warnings << tr("The item „%1“ carries no content and was skipped.").arg(item.imported.sourceUri.left(200));
                continue;
            }
            if (item.itemClass == u"picture"_s || item.itemClass == u"graphic"_s) {
                loosePictures.append(i);
                continue;
            }
            if (!item.itemClass.isEmpty() && item.itemClass != u"text"_s && item.itemClass != u"composite"_s) {
                result.warnings << tr("The %1 item „%2“ is not a text article and was skipped.")
                                       .arg(item.itemClass, item.imported.sourceUri.left(200));
                continue;
            }
            stories.append(item.imported);
        }
        for (const qsizetype i : std::as_const(loosePictures)) {
            if (stories.size() == 1 && stories.first().photoHref.isEmpty() && stories.first().article.photo.isEmpty()) {
                attachPhoto(stories.first(), items.at(i));
                continue;
            }
            if (stories.isEmpty() && root->name == u"newsItem"_s)
                fail(tr("The item is a picture, not a text article; import the story it belongs to."));
            result.warnings << tr("The picture item „%1“ belongs to no story in the file and was skipped.")
                                   .arg(items.at(i).imported.sourceUri.left(200));
        }
        if (stories.isEmpty())
            fail(tr("The file holds no text article: none of its items has a headline or a body."));
        result.items = stories;
    } catch (const ReadError &error) {
        result.error = error.message;
        result.items.clear();
        result.warnings.clear();
    }
    return result;
}
