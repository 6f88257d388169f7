#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTimer>

#include <optional>

class SpellChecker;

// A misspelled word in a document: block number and offset in the block, and the offset in
// the whole document (what a QTextCursor needs).
struct MisspelledWord {
    QString word;
    int block = 0;
    int positionInBlock = 0;
    int position = 0;
    bool operator==(const MisspelledWord &) const = default;
};

// Red wavy underline under misspelled words, driven by SpellChecker's shared word cache.
//
// Unlike Sonnet::Highlighter it never rehighlights on cursor movement or clicks (that costs
// about 200 ms per click in a 21,000-word article): only the blocks QTextDocument reports as
// changed are checked, and there every known word is an O(1) cache hit.
//
// It never blocks the UI for long:
// - the first pass over a document (and the pass after a dictionary or language change) runs
//   in slices from a zero timer, each at most sliceBudgetMs long; blocks not yet reached are
//   left alone by QSyntaxHighlighter's own full pass;
// - while typing or pasting, hunspell is asked for at most burstBudgetMs per event-loop turn;
//   words beyond that are checked by the next slices.
// misspelledCount() and misspelledWords() follow as the slices go.
class SpellHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    static constexpr int sliceBudgetMs = 10;
    static constexpr int burstBudgetMs = 8;
    // After this pause the word being typed is judged too.
    static constexpr int typingPauseMs = 1000;

    SpellHighlighter(QTextDocument *document, SpellChecker &checker);
    ~SpellHighlighter() override;

    void setEnabled(bool enabled);
    [[nodiscard]] bool isEnabled() const { return m_enabled; }

    // True while a sliced pass is still running.
    [[nodiscard]] bool isBusy() const { return m_resumeBlock >= 0; }
    [[nodiscard]] int misspelledCount() const { return m_count; }
    [[nodiscard]] QList<MisspelledWord> misspelledWords() const;

    // Instrumentation for tests and benchmarks.
    [[nodiscard]] qint64 highlightedBlocks() const { return m_highlightedBlocks; }
    [[nodiscard]] qint64 longestSliceNs() const { return m_longestSliceNs; }
    [[nodiscard]] qint64 slices() const { return m_slices; }
    [[nodiscard]] qint64 highlightNs() const { return m_highlightNs; }

Q_SIGNALS:
    void misspelledCountChanged(int count);
    // The sliced pass reached the end of the document.
    void finished();

protected:
    void highlightBlock(const QString &text) override;

private:
    // A block's misspellings as highlightBlock() finds them.
    struct BlockResult {
        QList<QPair<QString, int>> words; // word, offset in block
        QList<QPair<int, int>> ranges;    // offset, length to underline
        bool deferred = false;
    };
    [[nodiscard]] BlockResult scan(const QTextBlock &block, const QString &text);
    void onContentsChange(int from, int removed, int added);
    void refreshBlock(const QTextBlock &block);
    void restartPass(int fromBlock);
    void runSlice();
    void scheduleRecount();
    void recount();
    [[nodiscard]] bool mayAskSpeller();

    SpellChecker &m_checker;
    QTextCharFormat m_format;
    QTimer m_sliceTimer;
    QTimer m_countTimer;
    QElapsedTimer m_burstClock;
    QTimer m_typedTimer;
    QTextCursor m_typedBlock; // block of the word left unjudged while typing; moves with edits
    int m_editEnd = -1;
    bool m_typing = false;
    bool m_burstActive = false;
    bool m_enabled = true;
    bool m_inSlice = false;
    bool m_deferred = false;
    bool m_reformatting = false; // inside our own rehighlightBlock()/rehighlight()
    std::optional<BlockResult> m_pending; // scanned by refreshBlock(), applied by highlightBlock()
    int m_pendingBlock = -1;
    int m_resumeBlock = 0; // first block the sliced pass has not reached; -1 when idle
    int m_count = 0;
    qint64 m_highlightedBlocks = 0;
    qint64 m_longestSliceNs = 0;
    qint64 m_slices = 0;
    qint64 m_highlightNs = 0;
};
