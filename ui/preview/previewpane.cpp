#include "preview/previewpane.h"

#include "article.h"
#include "export/exportoptions.h"
#include "preview/previewrenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QTextDocument>
#include <QThread>
#include <QtMath>

#include <algorithm>

using namespace Qt::StringLiterals;

PreviewPane::PreviewPane(QWidget *parent)
    : QTextBrowser(parent)
    , m_thread(new QThread(this))
    , m_renderer(new PreviewRenderer(thread()))
{
    setOpenLinks(false);
    m_thread->setObjectName(u"newsdesk-preview"_s);
    m_renderer->moveToThread(m_thread);
    connect(m_renderer, &PreviewRenderer::documentReady, this, &PreviewPane::showRendered);
    // The reader scrolled meanwhile: their position wins over the one being restored.
    connect(verticalScrollBar(), &QScrollBar::actionTriggered, this, [this] { m_pendingScroll = -1; });
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, &PreviewPane::applyPendingScroll);
    m_thread->start(QThread::LowPriority);
}

PreviewPane::~PreviewPane()
{
    m_closing = true;
    m_renderer->setLatest(0); // whatever runs now is stale
    m_thread->quit();
    m_thread->wait();
    delete m_renderer;
    // Results already queued to us own their documents: take them so that none leaks.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

quint64 PreviewPane::render(const Article &article, const ExportOptions &options)
{
    const quint64 generation = ++m_requested;
    m_renderer->setLatest(generation);
    QMetaObject::invokeMethod(
        m_renderer,
        [renderer = m_renderer, generation, article, options, font = font()] {
            renderer->render(generation, article, options, font);
        },
        Qt::QueuedConnection);
    return generation;
}

void PreviewPane::clearPreview()
{
    m_shown = ++m_requested;
    m_renderer->setLatest(m_requested);
    m_pendingScroll = -1;
    m_ownsShown = false; // the next document is swapped in whole
    clear();
}

void PreviewPane::showRendered(quint64 generation, QTextDocument *document)
{
    if (m_closing || generation <= m_shown) {
        dispose(document);
        return;
    }
    // The reader's place: the block at the top of the view and how far into it.
    int topBlock = -1;
    qreal offset = 0;
    if (verticalScrollBar()->value() > 0) {
        const QTextBlock block = cursorForPosition(QPoint(0, 0)).block();
        topBlock = block.blockNumber();
        offset = verticalScrollBar()->value() - this->document()->documentLayout()->blockBoundingRect(block).top();
    }
    m_pendingScroll = -1;
    if (m_ownsShown && patch(*document, &topBlock)) {
        // The usual case while typing: one paragraph changed, and only it was replaced and is
        // laid out again.
        dispose(document);
    } else {
        // The first document belongs to the browser, which deletes it in setDocument(); the
        // ones we swapped in are ours to dispose of.
        QTextDocument *previous = this->document()->parent() == this ? this->document() : nullptr;
        document->setParent(this);
        setDocument(document);
        m_ownsShown = true;
        ++m_wholeSwaps;
        if (previous)
            dispose(previous);
    }
    m_shown = generation;
    fitImages();
    if (topBlock >= 0) {
        const QTextBlock block = this->document()->findBlockByNumber(topBlock);
        if (block.isValid()) {
            // Lays the document out up to that block (the rest follows lazily in slices).
            m_pendingScroll = qRound(this->document()->documentLayout()->blockBoundingRect(block).top() + offset);
            applyPendingScroll();
        }
    }
    Q_EMIT rendered(generation);
}

namespace {
bool sameBlock(const QTextBlock &a, const QTextBlock &b)
{
    if (a.length() != b.length() || a.blockFormat() != b.blockFormat() || a.charFormat() != b.charFormat()
        || a.text() != b.text())
        return false;
    QTextBlock::iterator i = a.begin();
    QTextBlock::iterator j = b.begin();
    for (; !i.atEnd() && !j.atEnd(); ++i, ++j) {
        const QTextFragment x = i.fragment();
        const QTextFragment y = j.fragment();
        if (x.length() != y.length() || x.charFormat() != y.charFormat())
            return false;
    }
    return i.atEnd() && j.atEnd();
}

// Blocks in a list or a table carry structure that a pasted fragment would not join.
bool isPlain(const QTextBlock &block)
{
    if (block.textList())
        return false;
    const QTextDocument *document = block.document();
    return QTextCursor(const_cast<QTextDocument *>(document)->findBlock(block.position())).currentFrame()
        == document->rootFrame();
}

// How many blocks a patch may replace before a whole swap is cheaper and safer.
constexpr int maxPatchedBlocks = 12;
} // namespace

bool PreviewPane::patch(const QTextDocument &incoming, int *topBlock)
{
    QTextDocument *shown = document();
    const int shownCount = shown->blockCount();
    const int incomingCount = incoming.blockCount();
    // Equal blocks from the start and from the end; what lies between changed.
    int prefix = 0;
    QTextBlock a = shown->begin();
    QTextBlock b = incoming.begin();
    while (a.isValid() && b.isValid() && sameBlock(a, b)) {
        ++prefix;
        a = a.next();
        b = b.next();
    }
    if (!a.isValid() && !b.isValid())
        return true; // nothing changed (e.g. only the cursor moved)
    int suffix = 0;
    a = shown->lastBlock();
    b = incoming.lastBlock();
    const int most = std::min(shownCount, incomingCount) - prefix;
    while (suffix < most && sameBlock(a, b)) {
        ++suffix;
        a = a.previous();
        b = b.previous();
    }
    // A block inserted or removed: replace one neighbour too, so that both ranges hold blocks.
    if (shownCount - suffix == prefix || incomingCount - suffix == prefix) {
        if (prefix > 0)
            --prefix;
        else if (suffix > 0)
            --suffix;
        else
            return false;
    }
    const int shownLast = shownCount - suffix - 1;
    const int incomingLast = incomingCount - suffix - 1;
    if (shownLast - prefix >= maxPatchedBlocks || incomingLast - prefix >= maxPatchedBlocks)
        return false;
    // The block the reader looks at moves with the blocks inserted or removed above it.
    if (*topBlock > shownLast)
        *topBlock += incomingCount - shownCount;
    else if (*topBlock > incomingLast)
        *topBlock = incomingLast;
    for (int n = prefix; n <= shownLast; ++n) {
        if (!isPlain(shown->findBlockByNumber(n)))
            return false;
    }
    for (int n = prefix; n <= incomingLast; ++n) {
        if (!isPlain(incoming.findBlockByNumber(n)))
            return false;
    }
    const QTextBlock from = incoming.findBlockByNumber(prefix);
    const QTextBlock to = incoming.findBlockByNumber(incomingLast);
    QTextCursor source(const_cast<QTextDocument *>(&incoming));
    source.setPosition(from.position());
    source.setPosition(to.position() + to.length() - 1, QTextCursor::KeepAnchor);
    const QTextBlock first = shown->findBlockByNumber(prefix);
    const QTextBlock last = shown->findBlockByNumber(shownLast);
    QTextCursor target(shown);
    target.beginEditBlock();
    target.setPosition(first.position());
    target.setPosition(last.position() + last.length() - 1, QTextCursor::KeepAnchor);
    target.insertFragment(QTextDocumentFragment(source));
    // A fragment's first block takes the format of the block it lands in: set every replaced
    // block's formats from the new document.
    QTextBlock written = shown->findBlockByNumber(prefix);
    for (QTextBlock wanted = from; written.isValid() && wanted.isValid() && wanted.blockNumber() <= incomingLast;
         wanted = wanted.next(), written = written.next()) {
        QTextCursor block(written);
        if (written.blockFormat() != wanted.blockFormat())
            block.setBlockFormat(wanted.blockFormat());
        if (written.charFormat() != wanted.charFormat())
            block.setBlockCharFormat(wanted.charFormat());
    }
    target.endEditBlock();
    // Whatever the fragment did not carry over exactly: a whole swap repairs it.
    if (shown->blockCount() != incomingCount)
        return false;
    for (int n = prefix; n <= incomingLast; ++n) {
        if (!sameBlock(shown->findBlockByNumber(n), incoming.findBlockByNumber(n)))
            return false;
    }
    return true;
}

void PreviewPane::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    fitImages();
}

void PreviewPane::fitImages()
{
    constexpr int naturalWidth = QTextFormat::UserProperty + 1;
    constexpr int naturalHeight = QTextFormat::UserProperty + 2;
    QTextDocument *doc = document();
    const int available = viewport()->width() - 2 * qCeil(doc->documentMargin()) - 2;
    if (available <= 0)
        return;
    struct Picture {
        int position;
        int length;
        QTextImageFormat format;
    };
    QList<Picture> pictures; // collected first: a new format splits the fragments walked
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextImageFormat image = it.fragment().charFormat().toImageFormat();
            if (image.isValid())
                pictures.append({it.fragment().position(), it.fragment().length(), image});
        }
    }
    for (Picture &picture : pictures) {
        QTextImageFormat &format = picture.format;
        if (!format.hasProperty(naturalWidth)) {
            const QVariant resource = doc->resource(QTextDocument::ImageResource, QUrl(format.name()));
            const QImage image = resource.value<QImage>();
            const qreal w = format.width() > 0 ? format.width() : image.width();
            const qreal h = format.height() > 0 ? format.height() : (image.width() > 0 ? image.height() * w / image.width() : 0);
            if (w <= 0 || h <= 0)
                continue;
            format.setProperty(naturalWidth, w);
            format.setProperty(naturalHeight, h);
        }
        const qreal w = format.doubleProperty(naturalWidth);
        const qreal h = format.doubleProperty(naturalHeight);
        const qreal width = std::min<qreal>(w, available);
        if (qFuzzyCompare(format.width(), width) && format.hasProperty(QTextFormat::ImageHeight))
            continue;
        format.setWidth(width);
        format.setHeight(h * width / w);
        QTextCursor cursor(doc);
        cursor.setPosition(picture.position);
        cursor.setPosition(picture.position + picture.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(format);
    }
}

void PreviewPane::applyPendingScroll()
{
    if (m_pendingScroll < 0)
        return;
    QScrollBar *bar = verticalScrollBar();
    bar->setValue(std::min(m_pendingScroll, bar->maximum()));
    if (bar->maximum() >= m_pendingScroll)
        m_pendingScroll = -1;
}

void PreviewPane::dispose(QTextDocument *document)
{
    // Freeing a large document costs milliseconds: the worker does it, between renders.
    document->setParent(nullptr);
    if (!m_closing && m_thread->isRunning()) {
        document->moveToThread(m_thread);
        document->deleteLater();
    } else {
        delete document;
    }
}
