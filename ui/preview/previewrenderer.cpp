#include "preview/previewrenderer.h"

#include "export/htmlexporter.h"
#include "photo/photoorientation.h"

#include <QTextDocument>
#include <QThread>

PreviewRenderer::PreviewRenderer(QThread *target)
    : m_target(target)
{
}

void PreviewRenderer::render(quint64 generation, const Article &article, const ExportOptions &options,
                             const QFont &font)
{
    if (isStale(generation))
        return;
    const QString html = HtmlExporter().previewHtml(article, {}, options);
    if (isStale(generation))
        return;
    if (article.photo.data.constData() != m_photoData.constData() && article.photo.data != m_photoData) {
        m_photoData = article.photo.data;
        m_photo = m_photoData.isEmpty() ? QImage() : PhotoOrientation::decodeUpright(m_photoData);
    }
    auto *document = new QTextDocument;
    document->setUndoRedoEnabled(false); // read-only: no undo history to keep
    document->setDefaultFont(font);
    // Registered before the HTML is parsed: the importer asks for the image's size.
    if (!m_photo.isNull())
        document->addResource(QTextDocument::ImageResource, HtmlExporter::previewPhotoUrl(), m_photo);
    document->setHtml(html);
    if (isStale(generation)) {
        delete document;
        return;
    }
    document->moveToThread(m_target);
    Q_EMIT documentReady(generation, document);
}
