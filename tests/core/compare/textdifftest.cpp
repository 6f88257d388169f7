#include "compare/textdiff.h"

#include <QTest>

using namespace Qt::StringLiterals;

using Kind = DiffSegment::Kind;

namespace {
QString printed(const QList<DiffSegment> &segments)
{
    QStringList parts;
    for (const DiffSegment &s : segments)
        parts.append(u"%1[%2]"_s.arg(s.kind == Kind::Same ? u"="_s : s.kind == Kind::Inserted ? u"+"_s : u"-"_s, s.text));
    return parts.join(u' ');
}
} // namespace

// The word-level comparison behind the versions panel, the compare window and the conflict
// dialog: it must mark only what changed, and say when only whitespace did.
class TextDiffTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldMarkOnlyWhatChanged_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QList<DiffSegment>>("expected");
        QTest::newRow("nominal: a sentence added at the end")
            << u"Der Stadtrat tagt im Plenarsaal.\nDie Sitzung ist öffentlich."_s
            << u"Der Stadtrat tagt im Plenarsaal.\nDie Sitzung ist öffentlich. Beginn ist um 18 Uhr."_s
            << QList<DiffSegment>{{Kind::Same, u"Der Stadtrat tagt im Plenarsaal.\nDie Sitzung ist öffentlich."_s},
                                  {Kind::Inserted, u" Beginn ist um 18 Uhr."_s}};
        QTest::newRow("nominal: one word replaced")
            << u"Der Bürgermeister lehnt die Übergangsfinanzierung ab."_s
            << u"Der Bürgermeister begrüßt die Übergangsfinanzierung."_s
            << QList<DiffSegment>{{Kind::Same, u"Der Bürgermeister "_s}, {Kind::Deleted, u"lehnt"_s},
                                  {Kind::Inserted, u"begrüßt"_s}, {Kind::Same, u" die "_s},
                                  {Kind::Deleted, u"Übergangsfinanzierung ab."_s},
                                  {Kind::Inserted, u"Übergangsfinanzierung."_s}};
        QTest::newRow("nominal: a double space removed")
            << u"Straßenbahn  kommt später"_s << u"Straßenbahn kommt später"_s
            << QList<DiffSegment>{{Kind::Same, u"Straßenbahn "_s}, {Kind::Deleted, u" "_s},
                                  {Kind::Same, u"kommt später"_s}};
        QTest::newRow("nominal: a space turned into a line break")
            << u"Erster Satz. Zweiter Satz."_s << u"Erster Satz.\nZweiter Satz."_s
            << QList<DiffSegment>{{Kind::Same, u"Erster Satz."_s}, {Kind::Deleted, u" "_s}, {Kind::Inserted, u"\n"_s},
                                  {Kind::Same, u"Zweiter Satz."_s}};
        QTest::newRow("nominal: a new paragraph in the middle")
            << u"Erster Absatz.\nDritter Absatz."_s << u"Erster Absatz.\nZweiter Absatz.\nDritter Absatz."_s
            << QList<DiffSegment>{{Kind::Same, u"Erster Absatz.\n"_s}, {Kind::Inserted, u"Zweiter Absatz.\n"_s},
                                  {Kind::Same, u"Dritter Absatz."_s}};
        QTest::newRow("robustness: identical") << u"Grüße aus Gießen 😀"_s << u"Grüße aus Gießen 😀"_s
                                               << QList<DiffSegment>{{Kind::Same, u"Grüße aus Gießen 😀"_s}};
        QTest::newRow("robustness: from empty") << QString() << u"Neuer Text"_s
                                                << QList<DiffSegment>{{Kind::Inserted, u"Neuer Text"_s}};
        QTest::newRow("robustness: to empty") << u"Alter Text"_s << QString()
                                              << QList<DiffSegment>{{Kind::Deleted, u"Alter Text"_s}};
        QTest::newRow("robustness: both empty") << QString() << QString() << QList<DiffSegment>{};
    }

    void shouldMarkOnlyWhatChanged()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QList<DiffSegment>, expected);
        // WHEN two texts are compared
        const QList<DiffSegment> actual = TextDiff::compare(before, after);
        // THEN the runs are the expected ones, and each side is given back exactly
        QVERIFY2(actual == expected, qPrintable(printed(actual)));
        QCOMPARE(TextDiff::before(actual), before);
        QCOMPARE(TextDiff::after(actual), after);
    }

    void shouldTellWhitespaceOnlyChanges_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<bool>("changed");
        QTest::addColumn<bool>("whitespaceOnly");
        QTest::newRow("nominal: double space") << u"Zwei  Leerzeichen"_s << u"Zwei Leerzeichen"_s << true << true;
        QTest::newRow("nominal: line break") << u"Ein Absatz"_s << u"Ein\nAbsatz"_s << true << true;
        QTest::newRow("nominal: no-break space") << u"10 %"_s << u"10\u00a0%"_s << true << true;
        QTest::newRow("nominal: a word") << u"Kiew"_s << u"Kyjiw"_s << true << false;
        QTest::newRow("nominal: a word and a space") << u"in  Kiew"_s << u"in Kyjiw"_s << true << false;
        QTest::newRow("robustness: identical") << u"gleich"_s << u"gleich"_s << false << false;
    }

    void shouldTellWhitespaceOnlyChanges()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(bool, changed);
        QFETCH(bool, whitespaceOnly);
        const QList<DiffSegment> segments = TextDiff::compare(before, after);
        QCOMPARE(TextDiff::hasChanges(segments), changed);
        QVERIFY2(TextDiff::isWhitespaceOnly(segments) == whitespaceOnly, qPrintable(printed(segments)));
    }

    void shouldNotFreezeOnHugeUnrelatedTexts()
    {
        // GIVEN two 5,000-word texts with nothing in common (25 million table cells)
        QStringList a;
        QStringList b;
        for (int i = 0; i < 5000; ++i) {
            a.append(u"alt%1"_s.arg(i));
            b.append(u"neu%1"_s.arg(i));
        }
        // WHEN they are compared
        const QList<DiffSegment> segments = TextDiff::compare(a.join(u' '), b.join(u' '));
        // THEN the middle is shown deleted and inserted whole, and both texts survive
        QCOMPARE(segments.size(), 2);
        QCOMPARE(TextDiff::before(segments), a.join(u' '));
        QCOMPARE(TextDiff::after(segments), b.join(u' '));
    }
};

QTEST_GUILESS_MAIN(TextDiffTest)
#include "textdifftest.moc"
