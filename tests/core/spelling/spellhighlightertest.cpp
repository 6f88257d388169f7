#include "spelling/spellchecker.h"
#include "spelling/spellhighlighter.h"

#include "testenvironment.h"

#include <QSignalSpy>
#include <QAbstractTextDocumentLayout>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace {
QString personalFile()
{
    return TestEnvironment::home() + u"/personal-dictionary.txt"_s;
}

// The underlined ranges of a block, as "start+length" strings.
QStringList underlines(const QTextBlock &block)
{
    QStringList result;
    const QList<QTextLayout::FormatRange> formats = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : formats) {
        if (range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
            result.append(u"%1+%2"_s.arg(range.start).arg(range.length));
    }
    return result;
}

// QTextDocument reports edits (contentsChange) only once it has a layout, which every editor
// widget gives it; a bare document in a test needs one too.
void usedByAnEditor(QTextDocument &document)
{
    (void)document.documentLayout();
}

// A layout that only records what the document reports to it: an editor's layout relayouts
// and repaints what these ranges cover.
class RecordingLayout : public QAbstractTextDocumentLayout
{
public:
    using QAbstractTextDocumentLayout::QAbstractTextDocumentLayout;

    QStringList changes; // "from,removed,added"

    void draw(QPainter *, const PaintContext &) override { }
    int hitTest(const QPointF &, Qt::HitTestAccuracy) const override { return -1; }
    int pageCount() const override { return 1; }
    QSizeF documentSize() const override { return {}; }
    QRectF frameBoundingRect(QTextFrame *) const override { return {}; }
    QRectF blockBoundingRect(const QTextBlock &) const override { return {}; }

protected:
    void documentChanged(int from, int removed, int added) override
    {
        changes.append(u"%1,%2,%3"_s.arg(from).arg(removed).arg(added));
    }
};

bool waitUntilDone(SpellHighlighter &highlighter)
{
    if (!highlighter.isBusy())
        return true;
    QSignalSpy finished(&highlighter, &SpellHighlighter::finished);
    return finished.wait(10000);
}
} // namespace

class SpellHighlighterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldUnderlineMisspelledWordsWavy()
    {
        // GIVEN a document with two typos among correct German words
        QTextDocument document;
        usedByAnEditor(document);
        document.setPlainText(u"Die Bundeskanzlerrin fährt mit der Straßenbahn.\nEin Rechtschreibfeler ist ärgerlich."_s);
        SpellChecker checker(u"de_DE"_s, personalFile());
        QVERIFY2(checker.isValid(), qPrintable(checker.validationError()));
        // WHEN the highlighter has finished its pass
        SpellHighlighter highlighter(&document, checker);
        QVERIFY(waitUntilDone(highlighter));
        // THEN exactly the typos carry the spell-check underline
        QCOMPARE(underlines(document.firstBlock()), QStringList{u"4+16"_s});
        QCOMPARE(underlines(document.lastBlock()), QStringList{u"4+17"_s});
        QCOMPARE(highlighter.misspelledCount(), 2);
        const QList<MisspelledWord> words = highlighter.misspelledWords();
        QCOMPARE(words.size(), 2);
        QCOMPARE(words.at(1), (MisspelledWord{u"Rechtschreibfeler"_s, 1, 4, 52}));
    }

    void shouldNotCheckBeforeEventLoopRuns()
    {
        // GIVEN a long document
        QTextDocument document;
        usedByAnEditor(document);
        QStringList paragraphs;
        for (int i = 0; i < 400; ++i)
            paragraphs.append(u"Die Übergangsfinanzierung der Straßenbahnhaltestelle wurde gestern beschlossen, sagte die Bürgermeisterin."_s);
        document.setPlainText(paragraphs.join(u'\n'));
        SpellChecker checker(u"de_DE"_s, personalFile());
        // WHEN a highlighter is attached
        SpellHighlighter highlighter(&document, checker);
        // THEN nothing is checked synchronously: opening the article does not block
        QCOMPARE(highlighter.highlightedBlocks(), 0);
        QVERIFY(highlighter.isBusy());
        // AND the sliced pass covers every block once
        QVERIFY(waitUntilDone(highlighter));
        QCOMPARE(highlighter.highlightedBlocks(), 400);
        QVERIFY2(highlighter.slices() >= 1, qPrintable(QString::number(highlighter.slices())));
    }

    void shouldRecheckOnlyTheEditedBlock()
    {
        // GIVEN a highlighted document of three paragraphs
        QTextDocument document;
        usedByAnEditor(document);
        document.setPlainText(u"Erster Absatz über Köln.\nZweiter Absatz.\nDritter Absatz mit Größe."_s);
        SpellChecker checker(u"de_DE"_s, personalFile());
        SpellHighlighter highlighter(&document, checker);
        QVERIFY(waitUntilDone(highlighter));
        const qint64 blocksBefore = highlighter.highlightedBlocks();
        QSignalSpy count(&highlighter, &SpellHighlighter::misspelledCountChanged);
        // WHEN a typo is typed into the middle paragraph
        QTextCursor cursor(document.findBlockByNumber(1));
        cursor.movePosition(QTextCursor::EndOfBlock);
        cursor.insertText(u" Rechtschreibfeler"_s);
        // THEN only that block was checked, and the count follows
        QCOMPARE(highlighter.highlightedBlocks() - blocksBefore, 1);
        QVERIFY(count.wait(5000));
        QCOMPARE(count.last().at(0).toInt(), 1);
        QCOMPARE(underlines(document.findBlockByNumber(1)), QStringList{u"16+17"_s});
    }

    void shouldLeaveTheLayoutAloneWhileTypingNextToAnUnderline()
    {
        // GIVEN a paragraph with an underlined typo, in an editor's layout
        QTextDocument document;
        auto *layout = new RecordingLayout(&document);
        document.setDocumentLayout(layout);
        document.setPlainText(u"Ein Rechtschreibfeler ist ärgerlich.\nZweiter Absatz."_s);
        SpellChecker checker(u"de_DE"_s, personalFile());
        SpellHighlighter highlighter(&document, checker);
        QVERIFY(waitUntilDone(highlighter));
        QCOMPARE(underlines(document.firstBlock()), QStringList{u"4+17"_s});
        layout->changes.clear();
        // WHEN a word is typed at the end of that paragraph
        QTextCursor cursor(document.firstBlock());
        cursor.movePosition(QTextCursor::EndOfBlock);
        const int start = cursor.position();
        for (const QChar c : u" Und"_s)
            cursor.insertText(QString(c));
        // THEN the layout heard of each typed character only, not of the whole paragraph (Qt's
        // own handler marks every block with an underline dirty, which makes an editor relayout
        // two blocks and repaint everything), and the underline stayed
        const QStringList expected{u"%1,0,1"_s.arg(start), u"%1,0,1"_s.arg(start + 1), u"%1,0,1"_s.arg(start + 2),
                                   u"%1,0,1"_s.arg(start + 3)};
        QVERIFY2(layout->changes == expected, qPrintable(layout->changes.join(u" | "_s)));
        QCOMPARE(underlines(document.firstBlock()), QStringList{u"4+17"_s});
    }

    void shouldRehighlightWhenDictionaryChanges()
    {
        // GIVEN a document naming Selenskyj twice, flagged
        QTextDocument document;
        usedByAnEditor(document);
        document.setPlainText(u"Selenskyj trifft Merz.\nSelenskyj trifft Tichanowskaja."_s);
        SpellChecker checker(u"de_DE"_s, personalFile());
        checker.setNewsroomWords({u"Merz"_s});
        SpellHighlighter highlighter(&document, checker);
        QVERIFY(waitUntilDone(highlighter));
        QCOMPARE(highlighter.misspelledCount(), 3);
        // WHEN the name is added to the newsroom dictionary
        QVERIFY(checker.addNewsroomWord(u"Selenskyj"_s));
        // THEN every occurrence loses its underline
        QVERIFY(waitUntilDone(highlighter));
        QCOMPARE(highlighter.misspelledCount(), 1);
        QCOMPARE(highlighter.misspelledWords().at(0).word, u"Tichanowskaja"_s);
        QCOMPARE(underlines(document.firstBlock()), QStringList{});
    }

    void shouldDeferHunspellWhenPastingBeyondBudget()
    {
        // GIVEN a highlighted empty document
        QTextDocument document;
        usedByAnEditor(document);
        SpellChecker checker(u"de_DE"_s, personalFile());
        SpellHighlighter highlighter(&document, checker);
        QVERIFY(waitUntilDone(highlighter));
        // WHEN a long text full of distinct unknown words is pasted at once
        QStringList words;
        for (int i = 0; i < 3000; ++i)
            words.append(u"Wortx"_s + QString(QChar(u'a' + i % 26)) + QString(QChar(u'a' + (i / 26) % 26)) + QString(QChar(u'a' + i / 676)));
        QTextCursor cursor(&document);
        cursor.insertText(words.join(u' ') + u"\nZweiter Rechtschreibfeler."_s);
        // THEN not all words were checked synchronously, but all of them are in the end
        const QString state = u"calls %1, blocks %2, busy %3"_s.arg(checker.spellerCalls()).arg(highlighter.highlightedBlocks()).arg(highlighter.isBusy());
        QVERIFY2(checker.spellerCalls() > 0 && checker.spellerCalls() < 3000, qPrintable(state));
        QVERIFY(waitUntilDone(highlighter));
        QVERIFY2(highlighter.misspelledCount() == 3001, qPrintable(state + u" count %1"_s.arg(highlighter.misspelledCount())));
    }

    void shouldClearUnderlinesWhenDisabled()
    {
        // GIVEN a highlighted typo
        QTextDocument document;
        usedByAnEditor(document);
        document.setPlainText(u"Ein Rechtschreibfeler."_s);
        SpellChecker checker(u"de_DE"_s, personalFile());
        SpellHighlighter highlighter(&document, checker);
        QVERIFY(waitUntilDone(highlighter));
        QCOMPARE(highlighter.misspelledCount(), 1);
        // WHEN spell checking is switched off
        highlighter.setEnabled(false);
        // THEN no underline is left
        QCOMPARE(underlines(document.firstBlock()), QStringList{});
        QCOMPARE(highlighter.misspelledWords(), QList<MisspelledWord>{});
    }
};

QTEST_MAIN(SpellHighlighterTest)
#include "spellhighlightertest.moc"
