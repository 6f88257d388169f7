#include "newsml/newsmlg2reader.h"

#include "newsml/newsmlitemreader.h"
#include "newsml/newsmltree.h"

#include <QHash>
#include <QSet>
#include <QXmlStreamReader>

#include <optional>

using namespace Qt::StringLiterals;
using namespace Newsml;

// Reading happens in three steps: Newsml::parse() builds the tree (newsmltree.cpp),
// Newsml::ItemReader maps each newsItem (newsmlitemreader.cpp), and read() below ties
// packages, stories and their pictures together.

namespace {
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

        // One article per guid. An item the message carries twice (an agency resending a story)
        // is read once, in its highest version; the other copy is not a second article.
        QHash<QString, qsizetype> byGuid;
        QSet<qsizetype> used; // became an article's story or photo, or was superseded
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString &guid = items.at(i).imported.sourceUri;
            const auto earlier = byGuid.constFind(guid);
            if (guid.isEmpty() || earlier == byGuid.cend()) {
                byGuid.insert(guid, i);
                continue;
            }
            const bool newer
                = items.at(i).imported.sourceVersion.toLongLong() >= items.at(*earlier).imported.sourceVersion.toLongLong();
            const qsizetype kept = newer ? i : *earlier;
            used.insert(newer ? *earlier : i);
            byGuid.insert(guid, kept);
            result.warnings << tr("The item „%1“ is in the file twice; version %2 was read.")
                                   .arg(guid.left(200), items.at(kept).imported.sourceVersion.left(20));
        }
        QList<ImportedItem> stories;

        for (const Node *package : std::as_const(packages)) {
            const QList<const Node *> refs = itemRefsOf(*package);
            ImportedItem story;
            bool haveStory = false;
            std::optional<qsizetype> photo;
            QList<PendingLink> related;
            bool storyTakenElsewhere = false;
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
                if (!haveStory && inFile && !used.contains(*found)) {
                    story = items.at(*found).imported;
                    used.insert(*found);
                    haveStory = true;
                    continue;
                }
                // A story another package of the file already took stays that one article: here
                // it is a related item. A related story carried in the file becomes an article of
                // its own (below, unless a later package takes it as its story).
                if (!haveStory && inFile)
                    storyTakenElsewhere = true;
                const Node *title = ref->child(u"title");
                QString titleText = title ? reader.field(title->plainText(), u"title"_s) : QString();
                if (titleText.isEmpty() && inFile)
                    titleText = items.at(*found).imported.article.headline;
                related.append({residref, titleText});
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
                    if (storyTakenElsewhere)
                        result.warnings << tr("The package „%1“ has no headline and only stories that another package of "
                                              "the file brings; it was not imported a second time.")
                                               .arg(story.sourceUri.left(200));
                    else
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
        // Whatever else repeats a guid (two packages of one guid, a package named like an item):
        // the first article keeps it, a second one would be the same story in the database twice.
        QSet<QString> guids;
        for (auto it = stories.begin(); it != stories.end();) {
            if (it->sourceUri.isEmpty() || !guids.contains(it->sourceUri)) {
                guids.insert(it->sourceUri);
                ++it;
                continue;
            }
            result.warnings << tr("„%1“ names two stories of the file; the second was not imported.")
                                   .arg(it->sourceUri.left(200));
            it = stories.erase(it);
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
