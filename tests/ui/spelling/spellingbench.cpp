// Spell-checking speed, each measure against a baseline in the same run (see BENCHMARKS.md,
// section "Spelling"). Run with `tools/dev bench spell`.
#include "spelling/spellchecker.h"
#include "spelling/spellhighlighter.h"
#include "spelling/wordtokenizer.h"

#include "testenvironment.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QTest>
#include <QSyntaxHighlighter>
#include <QTextBlock>

#include <Sonnet/Highlighter>
#include <Sonnet/Speller>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
// Real German words of news text; a few per cent of the generated words are typos.
const QStringList &vocabulary()
{
    static const QStringList words = QStringLiteral(
        "Bundesregierung Kanzlerin Bürgermeisterin Straßenbahn Haltestelle Übergangsfinanzierung Gemeinderat Landtag "
        "Abgeordnete Haushalt Milliarden Euro Steuern Rente Krankenhaus Pflegekräfte Schule Lehrerinnen Schüler "
        "Universität Forschung Klimaschutz Energiewende Windkraft Solaranlagen Heizung Gesetz Entwurf Ministerium "
        "Ministerin Minister Opposition Koalition Verhandlungen Ergebnis Wahl Wählerinnen Umfrage Stimmen Partei "
        "Vorsitzende Sprecher Polizei Feuerwehr Einsatz Unfall Autobahn Verkehr Stau Bahnhof Züge Verspätung "
        "Wetter Regen Gewitter Hitze Sommer Winter Frühling Herbst Stadt Dorf Gemeinde Landkreis Bevölkerung "
        "Einwohner Wohnungen Mieten Baustelle Brücke Straße Platz Rathaus Kirche Museum Ausstellung Theater Konzert "
        "Mannschaft Trainer Spieler Tore Saison Meisterschaft Stadion Zuschauer Gericht Richterin Urteil Anklage "
        "Verfahren Zeugen Unternehmen Mitarbeiter Arbeitsplätze Gewerkschaft Streik Löhne Preise Inflation Zinsen "
        "Banken Börse Aktien Export Handel Wirtschaft Wachstum Krise Krieg Frieden Soldaten Waffenruhe Flüchtlinge "
        "Grenze Europa Deutschland Österreich Schweiz Berlin München Köln Hamburg Düsseldorf Präsident Regierung "
        "der die das den dem des ein eine einen einem einer und oder aber denn weil dass wenn als wie auch noch "
        "schon nicht nur sehr mehr viele wenige alle einige jeder diese dieser dieses jener mit ohne für gegen "
        "über unter nach vor bei seit von zu aus auf an in im am zum zur hat haben hatte hatten ist sind war waren "
        "wird werden wurde wurden kann können konnte muss müssen soll sollen will wollen sagte erklärte betonte "
        "kündigte forderte kritisierte begrüßte warnte berichtete bestätigte plant plante beschloss entschied "
        "neue neuen großen kleinen wichtigen ersten letzten zweiten deutschen europäischen öffentlichen privaten "
        "schnell langsam deutlich gestern heute morgen bereits zunächst jedoch allerdings außerdem trotzdem "
        "Jahr Jahren Monat Monaten Woche Wochen Tag Tagen Stunde Stunden Prozent Menschen Kinder Familien Frauen "
        "Männer Jugendliche Senioren Bürger Bürgerinnen Verwaltung Behörde Auskunft Angaben Bericht Studie")
                                          .split(u' ');
    return words;
}

const QStringList &typos()
{
    static const QStringList words = QStringLiteral(
        "Bundesregirung Kanzlerrin Bürgermiesterin Straßenban Haltestele Übergansfinanzierung Gemeinerat Abgeordente "
        "Haushallt Milliaden Krankenhauss Pflegekräfe Forschnug Klimaschuz Energiwende Heizunng Gesez Oppossition "
        "Koaliton Verhandlugnen Ergebniss Umfrge Polizie Feurwehr Unfal Autobahnn Verspätnug Gewiter Bevölkrung "
        "Wohnugen Baustele Rathhaus Ausstelung Mannschft Meisterschft Richteirn Anklagge Unternehmmen Gewerkschft "
        "Inflaton Wirtschft Flüchtlnige Präsidnet Regeirung beschlos entschied kritisiete begrüßste")
                                          .split(u' ');
    return words;
}

QString germanArticle(int wordCount)
{
    QRandomGenerator random(20261128);
    QStringList paragraphs;
    QString paragraph;
    int sentenceLeft = 0;
    int paragraphSentences = 0;
    for (int i = 0; i < wordCount; ++i) {
        QString word = random.bounded(100) < 3 ? typos().at(random.bounded(int(typos().size())))
                                               : vocabulary().at(random.bounded(int(vocabulary().size())));
        if (sentenceLeft == 0) {
            sentenceLeft = 8 + random.bounded(12);
            word[0] = word[0].toUpper();
        }
        paragraph += word;
        if (--sentenceLeft == 0) {
            paragraph += u'.';
            if (++paragraphSentences == 5) {
                paragraphs.append(paragraph);
                paragraph.clear();
                paragraphSentences = 0;
                continue;
            }
        } else if (random.bounded(12) == 0) {
            paragraph += u',';
        }
        paragraph += u' ';
    }
    if (!paragraph.isEmpty())
        paragraphs.append(paragraph.trimmed());
    return paragraphs.join(u'\n');
}

void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

// A highlighter that formats nothing: what QSyntaxHighlighter itself costs per keystroke.
class NullHighlighter : public QSyntaxHighlighter
{
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

protected:
    void highlightBlock(const QString &) override { }
};

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

double median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : ms(values.at(values.size() / 2));
}

// Runs the event loop until the highlighter is done; returns the longest single turn.
qint64 runUntilIdle(SpellHighlighter &highlighter)
{
    qint64 longest = 0;
    QElapsedTimer turn;
    while (highlighter.isBusy()) {
        turn.start();
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        longest = std::max(longest, turn.nsecsElapsed());
    }
    turn.start();
    QCoreApplication::processEvents(QEventLoop::AllEvents);
    return std::max(longest, turn.nsecsElapsed());
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QString text = germanArticle(20000);
    QStringList words;
    const QList<WordToken> tokens = WordTokenizer::tokenize(text);
    for (const WordToken &token : tokens)
        words.append(token.word);
    std::printf("article: %lld words, %lld characters, %d paragraphs\n", qlonglong(words.size()), qlonglong(text.size()),
                int(text.count(u'\n') + 1));

    // 1. Full check, second pass, vs a plain loop of Speller::isMisspelled over the same words.
    Sonnet::Speller speller(u"de_DE"_s);
    if (!speller.isValid()) {
        std::fprintf(stderr, "no de_DE dictionary\n");
        return 1;
    }
    QElapsedTimer clock;
    clock.start();
    int baselineErrors = 0;
    for (const QString &word : std::as_const(words))
        baselineErrors += speller.isMisspelled(word) ? 1 : 0;
    const qint64 baselineNs = clock.nsecsElapsed();

    SpellChecker checker(u"de_DE"_s, TestEnvironment::home() + u"/personal.txt"_s);
    clock.start();
    const qsizetype firstErrors = checker.check(text).size();
    const qint64 firstNs = clock.nsecsElapsed();
    QList<qint64> secondPasses;
    qsizetype secondErrors = 0;
    for (int run = 0; run < 5; ++run) {
        clock.start();
        secondErrors = checker.check(text).size();
        secondPasses.append(clock.nsecsElapsed());
    }
    const double second = median(secondPasses);
    std::printf("full check: baseline Speller::isMisspelled loop %.1f ms (%d misspelled); SpellChecker first pass %.1f ms, "
                "second pass %.2f ms (median of 5, %lld misspelled): %.0fx faster than baseline\n",
                ms(baselineNs), baselineErrors, ms(firstNs), second, qlonglong(secondErrors), ms(baselineNs) / second);
    (void)firstErrors;

    // 2. Opening the article in an editor with highlighting on, cold cache (fresh checker).
    QPlainTextEdit editor;
    editor.resize(900, 700);
    editor.setPlainText(text);
    editor.show();
    QCoreApplication::processEvents();
    SpellChecker coldChecker(u"de_DE"_s, TestEnvironment::home() + u"/personal.txt"_s);
    clock.start();
    SpellHighlighter highlighter(editor.document(), coldChecker);
    const qint64 attachNs = clock.nsecsElapsed();
    clock.start();
    const qint64 longestTurn = runUntilIdle(highlighter);
    const qint64 openTotal = clock.nsecsElapsed();
    std::printf("open with highlighting (cold cache): attach %.1f ms, longest event-loop turn %.1f ms, longest slice %.1f ms, "
                "%lld slices, %.0f ms until fully highlighted, %d misspelled\n",
                ms(attachNs), ms(longestTurn), ms(highlighter.longestSliceNs()), highlighter.slices(), ms(openTotal),
                highlighter.misspelledCount());

    // 3. One keystroke with highlighting, in the middle of the article.
    editor.setFocus();
    QTextCursor cursor(editor.document()->findBlockByNumber(editor.document()->blockCount() / 2));
    cursor.movePosition(QTextCursor::EndOfBlock);
    editor.setTextCursor(cursor);
    const QString typed = u" Die Straßenbahnhaltestelle wurde gestern nach langen Verhandlugnen eröffnet"_s;
    QList<qint64> keystrokes;
    const qint64 callsBeforeTyping = coldChecker.spellerCalls();
    const qint64 highlightNsBeforeTyping = highlighter.highlightNs();
    const qint64 blocksBeforeTyping = highlighter.highlightedBlocks();
    const qint64 slicesBeforeTyping = highlighter.slices();
    QList<qint64> keyParts;
    for (const QChar c : typed) {
        clock.start();
        typeText(&editor, QString(c));
        keyParts.append(clock.nsecsElapsed());
        QCoreApplication::processEvents();
        keystrokes.append(clock.nsecsElapsed());
    }
    std::printf("keystroke: key event alone median %.3f ms\n", median(keyParts));
    std::printf("typing: %lld blocks highlighted, %lld slices\n", highlighter.highlightedBlocks() - blocksBeforeTyping,
                highlighter.slices() - slicesBeforeTyping);
    std::printf("keystroke with highlighting: median %.3f ms, max %.2f ms over %lld keys; %lld words checked by hunspell, "
                "%.2f ms in highlightBlock in all\n",
                median(keystrokes), ms(*std::max_element(keystrokes.cbegin(), keystrokes.cend())), qlonglong(keystrokes.size()),
                coldChecker.spellerCalls() - callsBeforeTyping, ms(highlighter.highlightNs() - highlightNsBeforeTyping));

    // 4. Cursor movement after typing: must not re-check the document.
    const qint64 callsBefore = coldChecker.spellerCalls();
    const qint64 blocksBefore = highlighter.highlightedBlocks();
    QList<qint64> moves;
    for (int i = 0; i < 20; ++i) {
        clock.start();
        QTest::keyClick(&editor, i % 2 ? Qt::Key_Up : Qt::Key_Down);
        QCoreApplication::processEvents();
        moves.append(clock.nsecsElapsed());
    }
    std::printf("cursor move after typing (ours): median %.3f ms, %lld words re-checked, %lld blocks rehighlighted\n",
                median(moves), coldChecker.spellerCalls() - callsBefore, highlighter.highlightedBlocks() - blocksBefore);

    // Baseline for 3: the same editor and article without any spell checking.
    QPlainTextEdit plainEditor;
    plainEditor.resize(900, 700);
    plainEditor.setPlainText(text);
    plainEditor.show();
    QCoreApplication::processEvents();
    plainEditor.setFocus();
    QTextCursor plainCursor(plainEditor.document()->findBlockByNumber(plainEditor.document()->blockCount() / 2));
    plainCursor.movePosition(QTextCursor::EndOfBlock);
    plainEditor.setTextCursor(plainCursor);
    QList<qint64> plainKeys;
    for (const QChar c : typed) {
        clock.start();
        typeText(&plainEditor, QString(c));
        QCoreApplication::processEvents();
        plainKeys.append(clock.nsecsElapsed());
    }
    std::printf("baseline keystroke without spell checking: median %.3f ms\n", median(plainKeys));
    {
        NullHighlighter null(plainEditor.document());
        QCoreApplication::processEvents();
        QList<qint64> nullKeys;
        for (const QChar c : typed) {
            clock.start();
            typeText(&plainEditor, QString(c));
            QCoreApplication::processEvents();
            nullKeys.append(clock.nsecsElapsed());
        }
        std::printf("baseline keystroke with a QSyntaxHighlighter that does nothing: median %.3f ms\n", median(nullKeys));
    }

    // Baseline for 2-4: the stock Sonnet::Highlighter on the same article.
    QPlainTextEdit stockEditor;
    stockEditor.resize(900, 700);
    stockEditor.setPlainText(text);
    stockEditor.show();
    QCoreApplication::processEvents();
    clock.start();
    Sonnet::Highlighter stock(&stockEditor);
    stock.setAutoDetectLanguageDisabled(true);
    stock.setCurrentLanguage(u"de_DE"_s);
    QCoreApplication::processEvents();
    const qint64 stockOpen = clock.nsecsElapsed();
    stockEditor.setFocus();
    QTextCursor stockCursor(stockEditor.document()->findBlockByNumber(stockEditor.document()->blockCount() / 2));
    stockCursor.movePosition(QTextCursor::EndOfBlock);
    stockEditor.setTextCursor(stockCursor);
    QList<qint64> stockKeys;
    for (const QChar c : typed) {
        clock.start();
        typeText(&stockEditor, QString(c));
        QCoreApplication::processEvents();
        stockKeys.append(clock.nsecsElapsed());
    }
    QList<qint64> stockMoves;
    for (int i = 0; i < 20; ++i) {
        clock.start();
        QTest::keyClick(&stockEditor, i % 2 ? Qt::Key_Up : Qt::Key_Down);
        QCoreApplication::processEvents();
        stockMoves.append(clock.nsecsElapsed());
    }
    std::printf("baseline Sonnet::Highlighter: open (one blocking pass) %.0f ms, keystroke median %.3f ms, "
                "cursor move median %.2f ms, max %.2f ms\n",
                ms(stockOpen), median(stockKeys), median(stockMoves), ms(*std::max_element(stockMoves.cbegin(), stockMoves.cend())));
    return 0;
}
