#pragma once

#include <QTextBrowser>

struct Article;
struct ExportOptions;
class PreviewRenderer;
class QTextDocument;
class QThread;

// The live preview: the export as the reader will see it, following the typing without making
// it stall. A 20,000-word article takes ~150 ms to turn into HTML and parse into a
// QTextDocument; both happen on a worker thread, and the GUI thread only swaps the finished
// document in with setDocument(). The reader's scroll position (the block at the top) survives
// the swap. Only the newest request counts: work for older ones is dropped, and a late result
// never replaces a newer one.
class PreviewPane : public QTextBrowser
{
    Q_OBJECT

public:
    explicit PreviewPane(QWidget *parent = nullptr);
    ~PreviewPane() override;

    // Starts rendering a copy of `article`; returns the request's generation (increasing).
    quint64 render(const Article &article, const ExportOptions &options);
    // Shows nothing; results of earlier requests are dropped.
    void clearPreview();

    [[nodiscard]] quint64 requestedGeneration() const { return m_requested; }
    [[nodiscard]] quint64 shownGeneration() const { return m_shown; }
    // How many results were shown by swapping the whole document in (the rest were patched).
    [[nodiscard]] int wholeSwaps() const { return m_wholeSwaps; }

    // Takes `document` (owned by the GUI thread) and shows it unless something newer is shown
    // already. The worker's results arrive here through a queued connection; public so that a
    // test can deliver a result late.
    void showRendered(quint64 generation, QTextDocument *document);

protected:
    void resizeEvent(QResizeEvent *event) override;

Q_SIGNALS:
    // The document of `generation` is shown now.
    void rendered(quint64 generation);

private:
    // Replaces only the blocks that differ from `incoming` in the shown document; false when
    // the change is too large or structural (lists, tables), and then a whole swap follows.
    // `topBlock` (the block at the top of the view) is moved along with what changed above it.
    [[nodiscard]] bool patch(const QTextDocument &incoming, int *topBlock);
    void dispose(QTextDocument *document);
    void applyPendingScroll();
    // Scales every image down to the pane's width (never up), keeping its proportions, as the
    // exported page's CSS does: no cropped photo, no horizontal scroll bar.
    void fitImages();

    QThread *m_thread;
    PreviewRenderer *m_renderer;
    quint64 m_requested = 0;
    quint64 m_shown = 0;
    int m_pendingScroll = -1;
    int m_wholeSwaps = 0; // where to scroll once the lazy layout has reached it
    bool m_ownsShown = false; // the shown document is one of ours, and may be patched
    bool m_closing = false;
};
