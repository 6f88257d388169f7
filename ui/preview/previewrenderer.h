#pragma once

#include "article.h"
#include "export/exportoptions.h"

#include <QByteArray>
#include <QFont>
#include <QImage>
#include <QObject>

#include <atomic>

class QTextDocument;
class QThread;

// Builds the live preview off the GUI thread: HtmlExporter::previewHtml of a copy of the
// article, then a QTextDocument parsed from it (QTextDocument and its related classes are
// reentrant: one instance used by one thread at a time). Lives in PreviewPane's worker thread;
// finished documents are moved to the GUI thread before they are handed over.
class PreviewRenderer : public QObject
{
    Q_OBJECT

public:
    explicit PreviewRenderer(QThread *target);

    // Any thread: the newest generation asked for. Work for an older one is dropped where it
    // stands, so that a typing burst costs one render, not one per pause.
    void setLatest(quint64 generation) { m_latest.store(generation, std::memory_order_release); }
    [[nodiscard]] bool isStale(quint64 generation) const
    {
        return generation != m_latest.load(std::memory_order_acquire);
    }

    // Worker thread. Emits documentReady() unless the request became stale on the way.
    void render(quint64 generation, const Article &article, const ExportOptions &options, const QFont &font);

Q_SIGNALS:
    // The document belongs to the GUI thread now and to whoever receives it.
    void documentReady(quint64 generation, QTextDocument *document);

private:
    QThread *m_target;
    std::atomic<quint64> m_latest{0};
    // The photo is decoded once per change, not on every render.
    QByteArray m_photoData;
    QImage m_photo;
};
