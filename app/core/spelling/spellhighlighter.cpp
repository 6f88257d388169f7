#include "spelling/spellhighlighter.h"

#include "spelling/spellchecker.h"
#include "spelling/wordtokenizer.h"

#include <QTextBlock>
#include <QTextBlockUserData>
#include <QTextCursor>
#include <QTextDocument>

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
            rehighlightBlock(block);
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
    restartPass(0);
    // QSyntaxHighlighter::setDocument() queued a full, synchronous rehighlight of the whole
    // document, and until it runs it ignores every edit. Run it now, while restartPass() makes
    // each block return at once, so that neither the delay nor the full pass can happen later.
    QMetaObject::invokeMethod(this, "_q_delayedRehighlight", Qt::DirectConnection);
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
        rehighlight(); // clears all formats: cheap, no word is checked
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
        rehighlightBlock(block);
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
    ++m_highlightedBlocks;
    QElapsedTimer clock;
    clock.start();
    auto *data = new BlockSpelling;
    bool deferred = false;
    const QList<WordToken> tokens = WordTokenizer::tokenize(text);
    // The word being typed (a letter just typed at its end) is judged when the journalist
    // types on past it or pauses: asking hunspell about every prefix costs milliseconds each,
    // and underlining "Straßenb" while typing is noise.
    const int typedEnd = !m_inSlice && m_typing ? m_editEnd - currentBlock().position() : -1;
    for (const WordToken &token : tokens) {
        if (token.kind != WordToken::Kind::Word)
            continue;
        if (typedEnd >= 0 && token.position + token.length() == typedEnd && token.word.back().isLetter()) {
            m_typedBlock = QTextCursor(currentBlock());
            m_typedTimer.start();
            continue;
        }
        bool misspelled = false;
        if (const std::optional<bool> cached = m_checker.cachedVerdict(token.word)) {
            misspelled = *cached;
        } else if (mayAskSpeller()) {
            misspelled = m_checker.isMisspelled(token.word);
        } else {
            deferred = true;
            continue;
        }
        if (misspelled) {
            setFormat(int(token.position), int(token.length()), m_format);
            data->words.append({token.word, int(token.position)});
        }
    }
    setCurrentBlockUserData(data);
    if (deferred)
        restartPass(blockNumber);
    scheduleRecount();
    m_highlightNs += clock.nsecsElapsed();
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
