#include "text/hyphenator.h"
#include "text/linecounter.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// Zeilen as a German layout sets them at 34 characters a line, with the hyphen-de patterns.
// The expected lines below were set by hand: words and syllables (as the patterns give them:
// Über-gangs-fi-nan-zie-rung, Stra-ßen-bahn-li-nie, ver-län-gern, Re-ker, ein-stel-len)
// filled in greedily, counting every character, a hyphen added at a syllable break counting
// one. The numbers after each line are its characters.
class LineCounterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        const QString file = Hyphenator::patternFileFor(u"de-DE"_s, &error);
        QVERIFY2(!file.isEmpty(), qPrintable(error));
        m_hyphenator = std::make_unique<Hyphenator>(file);
        QVERIFY2(m_hyphenator->isValid(), qPrintable(m_hyphenator->errorString()));
    }

    void shouldSetRealParagraphsAsCountedByHand_data()
    {
        QTest::addColumn<QString>("paragraph");
        QTest::addColumn<QStringList>("lines");
        // "Übergangs-" fills line 1 to 34; "25. Oktober" is joined by a no-break space, so
        // "25." cannot end line 4 alone (with a plain space it would: 33 characters).
        QTest::newRow("nominal: Köln, 5 lines")
            << u"Die Stadt Köln will die Übergangsfinanzierung für die Straßenbahnlinie 13 bis zum "
               u"Jahresende verlängern. Der Stadtrat soll am 25.\u00A0Oktober darüber abstimmen."_s
            << QStringList{
                   u"Die Stadt Köln will die Übergangs-"_s, // 23 + 1 + 10 = 34
                   u"finanzierung für die Straßenbahn-"_s, // 20 + 1 + 12 = 33; "Straßenbahnli-" is 14
                   u"linie 13 bis zum Jahresende ver-"_s, // 27 + 1 + 4 = 32; "verlän-" is 7
                   u"längern. Der Stadtrat soll am"_s, // 29; "25. Oktober" (11) does not fit
                   u"25.\u00A0Oktober darüber abstimmen."_s, // 30
               };
        // "„schwierigen," fills line 2 to exactly 34; "4,5" has no break.
        QTest::newRow("nominal: Reker, 5 lines")
            << u"Oberbürgermeisterin Henriette Reker sprach von einer „schwierigen, aber notwendigen "
               u"Entscheidung“. Die Kosten belaufen sich auf rund 4,5 Millionen Euro."_s
            << QStringList{
                   u"Oberbürgermeisterin Henriette Re-"_s, // 19 + 1 + 9 + 1 + 3 = 33
                   u"ker sprach von einer „schwierigen,"_s, // 34
                   u"aber notwendigen Entscheidung“."_s, // 31; "Die" (3 letters) never breaks
                   u"Die Kosten belaufen sich auf rund"_s, // 33
                   u"4,5 Millionen Euro."_s, // 19
               };
        // "spät" and "sich" have no syllable break; "einstel-" fits the last gap of 9.
        QTest::newRow("nominal: Opposition, 6 lines")
            << u"Kritik kommt von der Opposition: Die Verkehrsgesellschaft habe zu spät reagiert, sagte "
               u"ein Sprecher der Fraktion. Fahrgäste müssen sich auf Einschränkungen einstellen."_s
            << QStringList{
                   u"Kritik kommt von der Opposition:"_s, // 32
                   u"Die Verkehrsgesellschaft habe zu"_s, // 32
                   u"spät reagiert, sagte ein Sprecher"_s, // 33
                   u"der Fraktion. Fahrgäste müssen"_s, // 30
                   u"sich auf Einschränkungen einstel-"_s, // 24 + 1 + 8 = 33
                   u"len."_s,
               };
        QTest::newRow("nominal: a break after the hyphen of a compound adds no hyphen")
            << u"Bitte geben Sie hier die E-Mail-Adresse an"_s
            << QStringList{u"Bitte geben Sie hier die E-Mail-"_s, u"Adresse an"_s}; // 24 + 1 + 7 = 32
        QTest::newRow("nominal: every paragraph starts a new line")
            << u"Erster Absatz.\nZweiter Absatz.\u2029Dritter."_s
            << QStringList{u"Erster Absatz."_s, u"Zweiter Absatz."_s, u"Dritter."_s};
        QTest::newRow("nominal: an emoji and a decomposed umlaut are one character each")
            << u"👍🏽👍🏽 u\u0308ber u\u0308ber u\u0308ber u\u0308ber u\u0308ber u\u0308ber"_s
            << QStringList{u"👍🏽👍🏽 u\u0308ber u\u0308ber u\u0308ber u\u0308ber u\u0308ber u\u0308ber"_s}; // 2 + 6 × 5 = 32
        QTest::newRow("robustness: a soft hyphen is the only break of its word")
            << u"Die Donaudampfschifffahrtsgesellschaft mit Donau\u00ADdampfschifffahrtsgesellschaft"_s
            << QStringList{u"Die Donaudampfschifffahrtsgesell-"_s, u"schaft mit Donau-"_s,
                           u"dampfschifffahrtsgesellschaft"_s};
        QTest::newRow("robustness: an address breaks only after / and -, never at syllables")
            << u"https://www.example.de/artikel/uebergangsfinanzierung-der-stadt"_s
            << QStringList{u"https://www.example.de/artikel/"_s, u"uebergangsfinanzierung-der-stadt"_s};
        QTest::newRow("robustness: empty paragraphs take no line") << u"\n\n  \n"_s << QStringList{};
    }

    void shouldSetRealParagraphsAsCountedByHand()
    {
        QFETCH(QString, paragraph);
        QFETCH(QStringList, lines);
        const LineCounter counter(34, m_hyphenator.get());
        const QStringList layout = counter.layout(paragraph);
        QVERIFY2(layout == lines, qPrintable(layout.join(u" | "_s)));
        QCOMPARE(counter.lines(paragraph), int(lines.size()));
        for (const QString &line : layout)
            QVERIFY2(line.size() < 60, qPrintable(line));
    }

    void shouldCountTheThreeParagraphsTogether()
    {
        // GIVEN the three hand-set paragraphs as one body: 5 + 5 + 6 lines
        const LineCounter counter(34, m_hyphenator.get());
        const QString text = u"Die Stadt Köln will die Übergangsfinanzierung für die Straßenbahnlinie 13 bis zum "
                             u"Jahresende verlängern. Der Stadtrat soll am 25.\u00A0Oktober darüber abstimmen.\u2029"
                             u"Oberbürgermeisterin Henriette Reker sprach von einer „schwierigen, aber notwendigen "
                             u"Entscheidung“. Die Kosten belaufen sich auf rund 4,5 Millionen Euro.\u2029"
                             u"Kritik kommt von der Opposition: Die Verkehrsgesellschaft habe zu spät reagiert, sagte "
                             u"ein Sprecher der Fraktion. Fahrgäste müssen sich auf Einschränkungen einstellen."_s;
        QCOMPARE(counter.lines(text), 16);
        // AND without the patterns the same text needs more lines (no syllable breaks)
        QVERIFY2(LineCounter(34).lines(text) > 16, qPrintable(QString::number(LineCounter(34).lines(text))));
    }

    void shouldClampTheColumnWidth()
    {
        QCOMPARE(LineCounter(5).columns(), LineCounter::minColumns);
        QCOMPARE(LineCounter(500).columns(), LineCounter::maxColumns);
        QCOMPARE(LineCounter().columns(), 34);
    }

private:
    std::unique_ptr<Hyphenator> m_hyphenator;
};

QTEST_GUILESS_MAIN(LineCounterTest)
#include "linecountertest.moc"
