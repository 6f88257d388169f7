#include "spelling/spellhighlighter.h"

#include "spelling/spellchecker.h"
#include "spelling/wordtokenizer.h"

#include <QTextBlock>
#include <QTextBlockUserData>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>

namespace {
// The misspellings of one block; QTextDocument keeps user data with its block when blocks
// before it are inserted or removed, so counts never need block numbers to stay stable.
class BlockSpelling : public QTextBlockUserData
{
public:
    QList<QPair<QString, int>> words; // word, offset in block
};
} // namespace

SpellHighlighter::SpellHighlighter(QTextDocument *document, SpellChecker &checker)
    : QSyntaxHighlighter(static_cast<QObject *>(document))
    , m_checker(checker)
{
    // Connected before QSyntaxHighlighter's own handler (setDocument below), so that
    // highlightBlock() knows where the edit that triggered it ended.
    connect(document, &QTextDocument::contentsChange, this, [this](int from, int removed, int added) {
        m_editEnd = from + added;
        m_typing = added == 1 && removed == 0;
    });
    setDocument(document);
    m_typedTimer.setSingleShot(true);
    m_typedTimer.setInterval(typingPauseMs);
    connect(&m_typedTimer, &QTimer::timeout, this, [this] {
        if (m_typedBlock.isNull())
            return;
        const QTextBlock block = m_typedBlock.block();
        m_typedBlock = QTextCursor();
        m_typing = false; // the pause ended the typing: judge the word now
        if (block.isValid())
            refreshBlock(block);
    });
    m_format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    m_format.setUnderlineColor(Qt::red);

    m_sliceTimer.setSingleShot(true);
    m_sliceTimer.setInterval(0);
    connect(&m_sliceTimer, &QTimer::timeout, this, &SpellHighlighter::runSlice);
    m_countTimer.setSingleShot(true);
    m_countTimer.setInterval(0);
    connect(&m_countTimer, &QTimer::timeout, this, &SpellHighlighter::recount);

    connect(&m_checker, &SpellChecker::dictionaryChanged, this, [this] { restartPass(0); });
    connect(&m_checker, &SpellChecker::languageChanged, this, [this] { restartPass(0); });
    // An edit before the point the sliced pass has reached may shift block numbers: resume
    // from the edited block so that no block is left unchecked.
    connect(document, &QTextDocument::contentsChange, this, [this](int from, int, int) {
        if (m_resumeBlock < 0 || m_inSlice)
            return;
        const int block = this->document()->findBlock(from).blockNumber();
        if (block >= 0 && block < m_resumeBlock)
            m_resumeBlock = block;
    });
    // QSyntaxHighlighter reformats every edited block itself, and whenever a block has any
    // format at all it marks the whole block dirty (Qt compares nothing). QPlainTextEdit's
    // layout reads "block length removed + block length added", which reaches into the next
    // block: it drops two block layouts and repaints the whole viewport, about 17 ms per
    // keystroke in a paragraph with one red underline. We take the edits over and touch a
    // block's formats only when its underlines really change. Should a Qt version name the
    // slot differently, the disconnect fails and Qt's own handler stays: slower, still right.
    if (disconnect(document, SIGNAL(contentsChange(int,int,int)), this, SLOT(_q_reformatBlocks(int,int,int))))
        connect(document, &QTextDocument::contentsChange, this, &SpellHighlighter::onContentsChange);
    restartPass(0);
    // QSyntaxHighlighter::setDocument() queued a full, synchronous rehighlight of the whole
    // document, and until it runs it ignores every edit. Run it now, while restartPass() makes
    // each block return at once, so that neither the delay nor the full pass can happen later.
    m_reformatting = true;
    QMetaObject::invokeMethod(this, "_q_delayedRehighlight", Qt::DirectConnection);
    m_reformatting = false;
}

SpellHighlighter::~SpellHighlighter()
{
    // ~QSyntaxHighlighter clears the formats through an edit of the document; by then this
    // part of the object is gone, so no handler of ours may run any more.
    if (QTextDocument *doc = document())
        disconnect(doc, nullptr, this, nullptr);
}

void SpellHighlighter::onContentsChange(int from, int removed, int added)
{
    // The same blocks QSyntaxHighlighter would reformat: those the edit touched.
    if (m_reformatting || !document())
        return;
    QTextBlock block = document()->findBlock(from);
    if (!block.isValid())
        return;
    const QTextBlock last = document()->findBlock(from + added + (removed > 0 ? 1 : 0));
    const int end = last.isValid() ? last.position() + last.length() : document()->characterCount();
    while (block.isValid() && block.position() < end) {
        refreshBlock(block);
        block = block.next();
    }
}

void SpellHighlighter::refreshBlock(const QTextBlock &block)
{
    QTextLayout *layout = block.layout();
    const bool notReached = !m_inSlice && m_resumeBlock >= 0 && block.blockNumber() >= m_resumeBlock;
    const auto reformat = [this, &block] {
        m_reformatting = true;
        rehighlightBlock(block);
        m_reformatting = false;
    };
    if (!m_enabled || notReached || !layout || !layout->preeditAreaText().isEmpty()) {
        reformat();
        return;
    }
    BlockResult result = scan(block, block.text());
    const QList<QTextLayout::FormatRange> current = layout->formats();
    bool unchanged = current.size() == result.ranges.size();
    for (qsizetype i = 0; unchanged && i < current.size(); ++i) {
        const QTextLayout::FormatRange &range = current.at(i);
        unchanged = range.start == result.ranges.at(i).first && range.length == result.ranges.at(i).second
            && range.format == m_format;
    }
    if (unchanged) {
        // The underlines stay where they are: only our bookkeeping changes, not the layout.
        auto *data = new BlockSpelling;
        data->words = std::move(result.words);
        QTextBlock target = block;
        target.setUserData(data);
        if (result.deferred)
            restartPass(block.blockNumber());
        scheduleRecount();
        return;
    }
    m_pending = std::move(result);
    m_pendingBlock = block.blockNumber();
    reformat();
    m_pending.reset();
}

void SpellHighlighter::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    if (enabled) {
        restartPass(0);
    } else {
        m_resumeBlock = -1;
        m_sliceTimer.stop();
        m_reformatting = true;
        rehighlight(); // clears all formats: cheap, no word is checked
        m_reformatting = false;
    }
}

void SpellHighlighter::restartPass(int fromBlock)
{
    if (!m_enabled)
        return;
    m_resumeBlock = m_resumeBlock < 0 ? fromBlock : std::min(m_resumeBlock, fromBlock);
    m_sliceTimer.start();
}

void SpellHighlighter::runSlice()
{
    if (m_resumeBlock < 0 || !document())
        return;
    QElapsedTimer clock;
    clock.start();
    ++m_slices;
    m_inSlice = true;
    const qint64 budgetNs = qint64(sliceBudgetMs) * 1000 * 1000;
    QTextBlock block = document()->findBlockByNumber(m_resumeBlock);
    while (block.isValid() && clock.nsecsElapsed() < budgetNs) {
        m_resumeBlock = block.blockNumber() + 1;
        refreshBlock(block);
        block = block.next();
    }
    m_inSlice = false;
    if (!block.isValid()) {
        m_resumeBlock = -1;
    } else {
        m_resumeBlock = block.blockNumber();
        m_sliceTimer.start();
    }
    m_longestSliceNs = std::max(m_longestSliceNs, clock.nsecsElapsed());
    recount();
    if (m_resumeBlock < 0)
        Q_EMIT finished();
}

bool SpellHighlighter::mayAskSpeller()
{
    if (m_inSlice)
        return true;
    if (!m_burstActive) {
        m_burstActive = true;
        m_burstClock.start();
        // The burst ends when control returns to the event loop.
        QTimer::singleShot(0, this, [this] { m_burstActive = false; });
    }
    return m_burstClock.elapsed() < burstBudgetMs;
}

void SpellHighlighter::highlightBlock(const QString &text)
{
    if (!m_enabled) {
        setCurrentBlockUserData(nullptr);
        return;
    }
    const int blockNumber = currentBlock().blockNumber();
    if (!m_inSlice && m_resumeBlock >= 0 && blockNumber >= m_resumeBlock) {
        // The sliced pass will get here; checking now would block the UI for the whole document.
        return;
    }
    BlockResult result;
    if (m_pending && m_pendingBlock == blockNumber)
        result = std::move(*m_pending); // refreshBlock() has just scanned it
    else
        result = scan(currentBlock(), text);
    m_pending.reset();
    for (const auto &[offset, length] : std::as_const(result.ranges))
        setFormat(offset, length, m_format);
    auto *data = new BlockSpelling;
    data->words = std::move(result.words);
    setCurrentBlockUserData(data);
    if (result.deferred)
        restartPass(blockNumber);
    scheduleRecount();
}

SpellHighlighter::BlockResult SpellHighlighter::scan(const QTextBlock &block, const QString &text)
{
    ++m_highlightedBlocks;
    QElapsedTimer clock;
    clock.start();
    BlockResult result;
    const QList<WordToken> tokens = WordTokenizer::tokenize(text);
    // The word being typed (a letter just typed at its end) is judged when the journalist
    // types on past it or pauses: asking hunspell about every prefix costs milliseconds each,
    // and underlining "Straßenb" while typing is noise.
    const int typedEnd = !m_inSlice && m_typing ? m_editEnd - block.position() : -1;
    for (const WordToken &token : tokens) {
        if (token.kind != WordToken::Kind::Word)
            continue;
        if (typedEnd >= 0 && token.position + token.length() == typedEnd && token.word.back().isLetter()) {
            m_typedBlock = QTextCursor(block);
            m_typedTimer.start();
            continue;
        }
        bool misspelled = false;
        if (const std::optional<bool> cached = m_checker.cachedVerdict(token.word)) {
            misspelled = *cached;
        } else if (mayAskSpeller()) {
            misspelled = m_checker.isMisspelled(token.word);
        } else {
            result.deferred = true;
            continue;
        }
        if (misspelled) {
            result.ranges.append({int(token.position), int(token.length())});
            result.words.append({token.word, int(token.position)});
        }
    }
    m_highlightNs += clock.nsecsElapsed();
    return result;
}

void SpellHighlighter::scheduleRecount()
{
    if (!m_inSlice)
        m_countTimer.start();
}

void SpellHighlighter::recount()
{
    int count = 0;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        if (const auto *data = static_cast<BlockSpelling *>(block.userData()))
            count += int(data->words.size());
    }
    if (count != m_count) {
        m_count = count;
        Q_EMIT misspelledCountChanged(count);
    }
}

QList<MisspelledWord> SpellHighlighter::misspelledWords() const
{
    QList<MisspelledWord> result;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        if (const auto *data = static_cast<BlockSpelling *>(block.userData())) {
            for (const auto &[word, offset] : data->words)
                result.append(MisspelledWord{word, block.blockNumber(), offset, block.position() + offset});
        }
    }
    return result;
}
