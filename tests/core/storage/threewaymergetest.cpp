#include "storage/threewaymerge.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Article)

namespace {
Article baseArticle()
{
    Article article;
    article.id = 7;
    article.revision = 3;
    article.section = u"Politik"_s;
    article.headline = u"Stadtrat tagt"_s;
    article.teaser = u"Die Sitzung beginnt um zehn."_s;
    article.bodyHtml = u"<p>Erster Absatz.</p>\n<p>Zweiter Absatz.</p>\n<p>Dritter Absatz.</p>"_s;
    article.tags = {u"Rat"_s};
    return article;
}

QString describe(const QList<FieldConflict> &conflicts)
{
    QStringList lines;
    for (const FieldConflict &c : conflicts)
        lines.append(c.field + u": mine=" + c.mine + u" theirs=" + c.theirs);
    return lines.join(u'\n');
}
} // namespace

class ThreeWayMergeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldMergeDisjointFieldsWithoutConflict()
    {
        // GIVEN Anna changed the headline and Ben the teaser, both on revision 3
        const Article base = baseArticle();
        Article mine = base;
        mine.headline = u"Stadtrat tagt bis spät"_s;
        Article theirs = base;
        theirs.teaser = u"Die Sitzung beginnt um elf."_s;
        theirs.revision = 4;
        // WHEN merged
        const ThreeWayMerge merge(base, mine, theirs);
        // THEN both changes are in the result and nothing conflicts
        QVERIFY2(!merge.hasConflicts(), qPrintable(describe(merge.conflicts())));
        QVERIFY(!merge.identical());
        const Article result = merge.result();
        QCOMPARE(result.headline, u"Stadtrat tagt bis spät"_s);
        QCOMPARE(result.teaser, u"Die Sitzung beginnt um elf."_s);
        QCOMPARE(result.revision, 4);
        QCOMPARE(merge.changedByThem(), QStringList{u"teaser"_s});
        QCOMPARE(merge.changedByMe(), QStringList{u"headline"_s});
    }

    void shouldConflictOnlyWhereTheSameFieldChangedDifferently_data()
    {
        QTest::addColumn<QString>("mineHeadline");
        QTest::addColumn<QString>("theirsHeadline");
        QTest::addColumn<bool>("conflict");
        QTest::newRow("nominal: both changed differently") << u"A"_s << u"B"_s << true;
        QTest::newRow("nominal: both changed the same way") << u"Gleich"_s << u"Gleich"_s << false;
        QTest::newRow("nominal: only mine changed") << u"Mein Titel"_s << u"Stadtrat tagt"_s << false;
        QTest::newRow("nominal: only theirs changed") << u"Stadtrat tagt"_s << u"Ihr Titel"_s << false;
        QTest::newRow("robustness: mine emptied, theirs changed") << QString() << u"Ihr Titel"_s << true;
    }

    void shouldConflictOnlyWhereTheSameFieldChangedDifferently()
    {
        QFETCH(QString, mineHeadline);
        QFETCH(QString, theirsHeadline);
        QFETCH(bool, conflict);
        const Article base = baseArticle();
        Article mine = base;
        mine.headline = mineHeadline;
        Article theirs = base;
        theirs.headline = theirsHeadline;
        const ThreeWayMerge merge(base, mine, theirs);
        QCOMPARE(merge.hasConflicts(), conflict);
        if (conflict) {
            QCOMPARE(merge.conflicts().size(), 1);
            QCOMPARE(merge.conflicts().constFirst().field, u"headline"_s);
            QCOMPARE(merge.result(ThreeWayMerge::Side::Mine).headline, mineHeadline);
            QCOMPARE(merge.result(ThreeWayMerge::Side::Theirs).headline, theirsHeadline);
        } else {
            const QString expected = mineHeadline == base.headline ? theirsHeadline : mineHeadline;
            QCOMPARE(merge.result().headline, expected);
        }
    }

    void shouldBeIdenticalWhenBothSidesHoldTheSameWords()
    {
        const Article base = baseArticle();
        Article mine = base;
        mine.headline = u"Neu"_s;
        mine.bodyHtml = u"<p>Ganz neu.</p>"_s;
        Article theirs = mine;
        theirs.revision = 4;
        theirs.modified = QDateTime::currentDateTimeUtc();
        const ThreeWayMerge merge(base, mine, theirs);
        QVERIFY(merge.identical());
        QVERIFY(!merge.hasConflicts());
        QCOMPARE(merge.result().bodyHtml, mine.bodyHtml);
    }

    void shouldMergeDifferentParagraphsOfTheBody()
    {
        // GIVEN Anna edited the first paragraph and Ben the third one and appended a fourth
        const Article base = baseArticle();
        Article mine = base;
        mine.bodyHtml = u"<p>Erster Absatz, von Anna ergänzt.</p>\n<p>Zweiter Absatz.</p>\n<p>Dritter Absatz.</p>"_s;
        Article theirs = base;
        theirs.bodyHtml = u"<p>Erster Absatz.</p>\n<p>Zweiter Absatz.</p>\n<p>Dritter Absatz von Ben.</p>\n"
                          "<p>Vierter Absatz.</p>"_s;
        // WHEN merged
        const ThreeWayMerge merge(base, mine, theirs);
        // THEN no conflict, and the body holds both edits in order
        QVERIFY2(!merge.hasConflicts(), qPrintable(describe(merge.conflicts())));
        QCOMPARE(merge.result().bodyHtml,
                 u"<p>Erster Absatz, von Anna ergänzt.</p>\n<p>Zweiter Absatz.</p>\n<p>Dritter Absatz von Ben.</p>\n"
                 "<p>Vierter Absatz.</p>"_s);
        QCOMPARE(merge.changedByThem(), QStringList{u"body"_s});
    }

    void shouldConflictOnlyOnTheOverlappingParagraph()
    {
        // GIVEN both edited the second paragraph, Anna also the first
        const Article base = baseArticle();
        Article mine = base;
        mine.bodyHtml = u"<p>Erster, Anna.</p>\n<p>Zweiter, Anna.</p>\n<p>Dritter Absatz.</p>"_s;
        Article theirs = base;
        theirs.bodyHtml = u"<p>Erster Absatz.</p>\n<p>Zweiter, Ben.</p>\n<p>Dritter Absatz.</p>"_s;
        const ThreeWayMerge merge(base, mine, theirs);
        // THEN exactly one conflict, holding only the second paragraph's versions
        QCOMPARE(merge.conflicts().size(), 1);
        const FieldConflict conflict = merge.conflicts().constFirst();
        QCOMPARE(conflict.field, u"body"_s);
        QCOMPARE(conflict.mine, u"Zweiter, Anna."_s);
        QCOMPARE(conflict.theirs, u"Zweiter, Ben."_s);
        QCOMPARE(conflict.base, u"Zweiter Absatz."_s);
        // AND either resolution keeps the other paragraphs merged
        QCOMPARE(merge.result(ThreeWayMerge::Side::Mine).bodyHtml,
                 u"<p>Erster, Anna.</p>\n<p>Zweiter, Anna.</p>\n<p>Dritter Absatz.</p>"_s);
        QCOMPARE(merge.result(ThreeWayMerge::Side::Theirs).bodyHtml,
                 u"<p>Erster, Anna.</p>\n<p>Zweiter, Ben.</p>\n<p>Dritter Absatz.</p>"_s);
    }

    void shouldMergeDeletionAgainstUntouchedParagraph()
    {
        const Article base = baseArticle();
        Article mine = base;
        mine.bodyHtml = u"<p>Erster Absatz.</p>\n<p>Dritter Absatz.</p>"_s; // deleted the second
        Article theirs = base;
        theirs.bodyHtml = u"<p>Erster Absatz.</p>\n<p>Zweiter Absatz.</p>\n<p>Dritter Absatz, geändert.</p>"_s;
        const ThreeWayMerge merge(base, mine, theirs);
        QVERIFY2(!merge.hasConflicts(), qPrintable(describe(merge.conflicts())));
        QCOMPARE(merge.result().bodyHtml, u"<p>Erster Absatz.</p>\n<p>Dritter Absatz, geändert.</p>"_s);
    }

    void shouldConflictWhenBothInsertAtTheSamePlace()
    {
        const Article base = baseArticle();
        Article mine = base;
        mine.bodyHtml = base.bodyHtml + u"\n<p>Annas Schluss.</p>"_s;
        Article theirs = base;
        theirs.bodyHtml = base.bodyHtml + u"\n<p>Bens Schluss.</p>"_s;
        const ThreeWayMerge merge(base, mine, theirs);
        QCOMPARE(merge.conflicts().size(), 1);
        QCOMPARE(merge.conflicts().constFirst().mine, u"Annas Schluss."_s);
        QVERIFY(merge.result(ThreeWayMerge::Side::Mine).bodyHtml.endsWith(u"<p>Annas Schluss.</p>"_s));
    }

    void shouldSplitNestedBlocksWhole()
    {
        const QStringList blocks = ThreeWayMerge::splitBlocks(
            u"<h2>Titel</h2><ul><li>a<ul><li>b</li></ul></li></ul><p>Text <strong>fett</strong></p>lose"_s);
        QCOMPARE(blocks, (QStringList{u"<h2>Titel</h2>"_s, u"<ul><li>a<ul><li>b</li></ul></li></ul>"_s,
                                      u"<p>Text <strong>fett</strong></p>"_s, u"lose"_s}));
        QVERIFY(ThreeWayMerge::splitBlocks(QString()).isEmpty());
    }

    void shouldMergePhotoFieldsSeparately()
    {
        Article base = baseArticle();
        base.photo.data = "jpeg";
        base.photo.caption = u"Rathaus"_s;
        base.photo.credit = u"dpa"_s;
        Article mine = base;
        mine.photo.caption = u"Das Rathaus am Abend"_s;
        Article theirs = base;
        theirs.photo.credit = u"Reuters"_s;
        const ThreeWayMerge merge(base, mine, theirs);
        QVERIFY2(!merge.hasConflicts(), qPrintable(describe(merge.conflicts())));
        QCOMPARE(merge.result().photo.caption, u"Das Rathaus am Abend"_s);
        QCOMPARE(merge.result().photo.credit, u"Reuters"_s);
        QCOMPARE(merge.result().photo.data, QByteArray("jpeg"));
    }

    void shouldNameTheColleagueAndTheField()
    {
        QCOMPARE(ThreeWayMerge::describeChanges(u"Anna Schäfer"_s, {u"teaser"_s}), u"Anna Schäfer changed the teaser"_s);
        QVERIFY(!ThreeWayMerge::describeChanges(QString(), {u"headline"_s}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(ThreeWayMergeTest)
#include "threewaymergetest.moc"
