#include "compare/articlecomparison.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
Article sampleArticle()
{
    Article a;
    a.id = 7;
    a.section = u"Lokales"_s;
    a.kicker = u"Nahverkehr"_s;
    a.headline = u"Straßenbahn fährt ab Montag über die Brücke"_s;
    a.teaser = u"Die Übergangsfinanzierung steht."_s;
    a.bodyHtml = u"<p>Der Stadtrat hat entschieden.</p><h2>Was sich ändert</h2><p>Die Linie 7 fährt öfter.</p>"_s;
    a.authors = {u"Anna Schäfer"_s};
    a.dateline = u"Köln"_s;
    a.published = QDateTime(QDate(2024, 10, 25), QTime(8, 15), QTimeZone::UTC);
    a.photo.data = "jpeg-bytes";
    a.photo.mimeType = u"image/jpeg"_s;
    a.photo.width = 1200;
    a.photo.height = 800;
    a.photo.fileName = u"bruecke.jpg"_s;
    a.photo.caption = u"Die Brücke über den Rhein."_s;
    a.photo.credit = u"dpa"_s;
    a.related = {{0, QUrl(u"https://www.example.de/linie-7"_s), u"Linie 7 wird verlängert"_s}};
    return a;
}

QStringList changedKeys(const ArticleComparison &comparison)
{
    QStringList keys;
    for (const FieldComparison &field : comparison.changedFields())
        keys.append(field.key);
    return keys;
}
} // namespace

// Every field of two versions, compared word by word, in the order of the form.
class ArticleComparisonTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldCompareEveryField()
    {
        // GIVEN two versions that differ in every field
        const Article before = sampleArticle();
        Article after = before;
        after.section = u"Wirtschaft"_s;
        after.status = ArticleStatus::Editing;
        after.kicker = u"Verkehr"_s;
        after.headline += u" – mit Verspätung"_s;
        after.teaser = u"Die Übergangsfinanzierung wackelt."_s;
        after.authors = {u"Anna Schäfer"_s, u"Ben Groß"_s};
        after.dateline = u"Düsseldorf"_s;
        after.published = after.published.addSecs(3600);
        after.language = u"de-AT"_s;
        after.tags = {u"Verkehr"_s};
        after.bodyHtml = u"<p>Der Stadtrat hat entschieden. Neu.</p>"_s;
        after.photo.data = "other-bytes";
        after.photo.caption = u"Die Brücke."_s;
        after.photo.credit = u"Foto: Stadt Köln"_s;
        after.photo.altText = u"Eine Stahlbrücke im Nebel"_s;
        after.related.append({12, QUrl(), u"Baustelle am Ring"_s});
        // WHEN they are compared
        const ArticleComparison comparison(before, after);
        // THEN every field is listed as changed, in the order of the form
        const QStringList expected{u"section"_s, u"status"_s, u"kicker"_s, u"headline"_s, u"teaser"_s,
                                   u"authors"_s, u"dateline"_s, u"published"_s, u"language"_s, u"tags"_s,
                                   u"body"_s, u"photo"_s, u"photo.caption"_s, u"photo.credit"_s,
                                   u"photo.altText"_s, u"related"_s};
        QCOMPARE(changedKeys(comparison), expected);
        // AND the publication date reads the German way, in Berlin time
        const FieldComparison *published = comparison.field(u"published"_s);
        QVERIFY(published);
        QCOMPARE(TextDiff::before(published->segments), u"25.10.2024 10:15"_s);
        QCOMPARE(TextDiff::after(published->segments), u"25.10.2024 11:15"_s);
        // AND the added related link is the only inserted line there
        const FieldComparison *related = comparison.field(u"related"_s);
        QVERIFY(related);
        QCOMPARE(related->segments.last().kind, DiffSegment::Kind::Inserted);
        QVERIFY2(related->segments.last().text.contains(u"Baustelle am Ring (article 12)"_s),
                 qPrintable(related->segments.last().text));
    }

    void shouldMarkOnlyTheAddedSentenceOfTheBody()
    {
        // GIVEN a body that got one sentence at its end
        const Article before = sampleArticle();
        Article after = before;
        after.bodyHtml.replace(u"fährt öfter.</p>"_s, u"fährt öfter. Auch nachts.</p>"_s);
        // WHEN compared
        const ArticleComparison comparison(before, after);
        // THEN only the body changed, and only by the inserted sentence
        QCOMPARE(changedKeys(comparison), QStringList{u"body"_s});
        const FieldComparison *body = comparison.field(u"body"_s);
        QList<DiffSegment> changes;
        for (const DiffSegment &segment : body->segments)
            if (segment.kind != DiffSegment::Kind::Same)
                changes.append(segment);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().kind, DiffSegment::Kind::Inserted);
        QCOMPARE(changes.first().text, u" Auch nachts."_s);
        // AND the paragraphs and the subheading stay lines of their own
        QCOMPARE(TextDiff::before(body->segments), u"Der Stadtrat hat entschieden.\nWas sich ändert\nDie Linie 7 fährt öfter."_s);
    }

    void shouldTellWhitespaceAndFormattingOnlyChanges()
    {
        // GIVEN a headline that lost a double space and a body that only got bold
        Article before = sampleArticle();
        before.headline = u"Straßenbahn  fährt ab Montag"_s;
        Article after = before;
        after.headline = u"Straßenbahn fährt ab Montag"_s;
        after.bodyHtml.replace(u"hat entschieden"_s, u"hat <strong>entschieden</strong>"_s);
        // WHEN compared
        const ArticleComparison comparison(before, after);
        // THEN both count as changed, and each says how
        QCOMPARE(changedKeys(comparison), (QStringList{u"headline"_s, u"body"_s}));
        QVERIFY(comparison.field(u"headline"_s)->whitespaceOnly());
        QVERIFY(!comparison.field(u"headline"_s)->formattingOnly);
        QVERIFY(comparison.field(u"body"_s)->formattingOnly);
        QVERIFY(!comparison.field(u"body"_s)->whitespaceOnly());
    }

    void shouldNameAMissingPhotoPlainly()
    {
        // GIVEN two versions without a photo
        Article before = sampleArticle();
        before.photo = Photo();
        // WHEN compared, THEN the photo is unchanged and reads as "no photo", never "Foto: ()"
        const ArticleComparison comparison(before, before);
        QVERIFY(comparison.isEmpty());
        QCOMPARE(TextDiff::after(comparison.field(u"photo"_s)->segments), u"(no photo)"_s);
        QCOMPARE(ArticleComparison::photoText(sampleArticle().photo), u"bruecke.jpg, 1200 × 800 pixels"_s);
    }
};

QTEST_GUILESS_MAIN(ArticleComparisonTest)
#include "articlecomparisontest.moc"
