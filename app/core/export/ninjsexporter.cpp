#include "ninjsexporter.h"

#include "export/photorenditions.h"
#include "photo/photometadatareader.h"

#include "export/slug.h"
#include "ninjs/ninjswriter.h"

#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

QString NinjsExporter::id() const
{
    return u"ninjs"_s;
}

QString NinjsExporter::displayName() const
{
    return tr("IPTC ninjs (JSON)");
}

QString NinjsExporter::fileExtension() const
{
    return u"json"_s;
}

ExportResult NinjsExporter::exportArticle(const ExportRequest &request, const ExportOptions &options) const
{
    Article article = request.article;
    // As in the HTML export: links to articles that could not be loaded are left out, and the
    // others carry the related article's headline, so that a receiver can show the link.
    QList<RelatedLink> related;
    for (RelatedLink link : std::as_const(article.related)) {
        if (link.isInternal()) {
            const auto target = std::find_if(request.relatedArticles.cbegin(), request.relatedArticles.cend(),
                                             [&link](const Article &a) { return a.id == link.articleId; });
            if (target == request.relatedArticles.cend())
                continue;
            if (link.title.isEmpty())
                link.title = target->headline;
        }
        related.append(link);
    }
    article.related = related;

    const QString slug = request.slug.isEmpty() ? Slug::fromHeadline(article.headline) : request.slug;
    ExportResult result;
    result.fileName = slug + u".json"_s;
    result.mimeType = u"application/json"_s;
    NinjsWriter::Options writerOptions = NinjsWriter::defaultOptions();
    if (options.photoMetadata && !article.photo.isEmpty()) {
        // The photo leaves the house here too, as a file or embedded: with the article's texts,
        // without what MetadataStripRules lists.
        PhotoRenditions copy(article.photo, slug);
        RenditionMetadata metadata = RenditionMetadata::forPhoto(article.photo, PhotoMetadataReader::read(article.photo.data));
        metadata.keepLocation = options.keepPhotoGps;
        copy.setMetadata(metadata);
        if (!copy.copyOriginal()) {
            result.error = copy.error();
            return result;
        }
        article.photo.data = copy.renditions().constFirst().data;
    }
    if (!options.baseUrl.isEmpty() && !article.photo.isEmpty()) {
        QString extension = QFileInfo(article.photo.fileName).suffix().toLower();
        if (extension.isEmpty())
            extension = article.photo.mimeType == u"image/jpeg"_s ? u"jpg"_s : article.photo.mimeType.section(u'/', 1);
        writerOptions.photoMode = NinjsWriter::PhotoMode::Reference;
        writerOptions.photoBaseUrl = options.baseUrl;
        writerOptions.photoFileName = slug + u"-foto."_s + extension;
        result.extraFiles.append({writerOptions.photoFileName, article.photo.data});
    }
    result.data = NinjsWriter(writerOptions).write(article);
    return result;
}
