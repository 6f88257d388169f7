#include "articlediff.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

using Kind = WordChange::Kind;

class ArticleDiffTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldMarkChangedWords_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QList<WordChange>>("expected");
        QTest::newRow("nominal: one word replaced")
            << u"Der Bürgermeister lehnt die Übergangsfinanzierung ab."_s
            << u"Der Bürgermeister begrüßt die Übergangsfinanzierung ab."_s
            << QList<WordChange>{{Kind::Unchanged, u"Der Bürgermeister"_s}, {Kind::Deleted, u"lehnt"_s},
                                 {Kind::Inserted, u"begrüßt"_s}, {Kind::Unchanged, u"die Übergangsfinanzierung ab."_s}};
        QTest::newRow("nominal: words inserted in the middle")
            << u"Straßen werden gesperrt"_s << u"Straßen in Köln werden ab Montag gesperrt"_s
            << QList<WordChange>{{Kind::Unchanged, u"Straßen"_s}, {Kind::Inserted, u"in Köln"_s},
                                 {Kind::Unchanged, u"werden"_s}, {Kind::Inserted, u"ab Montag"_s},
                                 {Kind::Unchanged, u"gesperrt"_s}};
        QTest::newRow("nominal: words deleted at the end") << u"Größer als gedacht und teurer"_s << u"Größer als gedacht"_s
                                                           << QList<WordChange>{{Kind::Unchanged, u"Größer als gedacht"_s},
                                                                                {Kind::Deleted, u"und teurer"_s}};
        QTest::newRow("robustness: identical text") << u"Grüße aus Gießen"_s << u"Grüße  aus\nGießen"_s
                                                    << QList<WordChange>{{Kind::Unchanged, u"Grüße aus Gießen"_s}};
        QTest::newRow("robustness: from empty") << QString() << u"Neuer Text"_s
                                                << QList<WordChange>{{Kind::Inserted, u"Neuer Text"_s}};
        QTest::newRow("robustness: to empty") << u"Alter Text"_s << QString()
                                              << QList<WordChange>{{Kind::Deleted, u"Alter Text"_s}};
    }

    void shouldMarkChangedWords()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QList<WordChange>, expected);
        // WHEN two texts are compared word by word
        const QList<WordChange> actual = ArticleDiff::diffWords(before, after);
        // THEN the runs match, and replaying them gives back both texts
        QStringList printed;
        QStringList old;
        QStringList fresh;
        for (const WordChange &change : actual) {
            printed.append(u"%1:%2"_s.arg(int(change.kind)).arg(change.text));
            if (change.kind != Kind::Inserted)
                old.append(change.text);
            if (change.kind != Kind::Deleted)
                fresh.append(change.text);
        }
        QVERIFY2(actual == expected, qPrintable(printed.join(u" | "_s)));
        QCOMPARE(old.join(u' '), before.simplified());
        QCOMPARE(fresh.join(u' '), after.simplified());
    }

    void shouldListChangedFields()
    {
        // GIVEN two revisions that differ in headline, status, tags, caption and body
        Article before;
        before.headline = u"Übergangsfinanzierung gesichert"_s;
        before.status = ArticleStatus::Editing;
        before.tags = {u"Haushalt"_s};
        before.bodyHtml = u"<p>Die Stadt zahlt.</p>"_s;
        before.published = QDateTime(QDate(2024, 10, 25), QTime(8, 15), QTimeZone::UTC);
        Article after = before;
        after.headline = u"Übergangsfinanzierung geplatzt"_s;
        after.status = ArticleStatus::Published;
        after.tags = {u"Haushalt"_s, u"Straßenbahn"_s};
        after.photo.caption = u"Der Kämmerer"_s;
        after.bodyHtml = u"<p>Die Stadt zahlt nicht.</p>"_s;
        // WHEN they are compared
        const ArticleDiff diff(before, after);
        // THEN exactly those fields are listed, in form order, and the body shows the new word
        QStringList fields;
        for (const FieldDifference &difference : diff.fields())
            fields.append(difference.field);
        QCOMPARE(fields, (QStringList{u"headline"_s, u"status"_s, u"tags"_s, u"photo.caption"_s}));
        QCOMPARE(diff.fields().at(2).after, u"Haushalt, Straßenbahn"_s);
        QVERIFY(diff.bodyChanged());
        // punctuation belongs to its word: "zahlt." became "zahlt nicht."
        QCOMPARE(diff.bodyWords(), (QList<WordChange>{{Kind::Unchanged, u"Die Stadt"_s}, {Kind::Deleted, u"zahlt."_s},
                                                      {Kind::Inserted, u"zahlt nicht."_s}}));
        QCOMPARE(ArticleDiff::fieldLabel(u"headline"_s), u"Headline"_s);
        QVERIFY(ArticleDiff(before, before).isEmpty());
    }

    void shouldNotFreezeOnHugeRewrites()
    {
        // GIVEN two long texts with nothing in common in the middle
        QStringList a;
        QStringList b;
        for (int i = 0; i < 5000; ++i) {
            a.append(u"Alt%1"_s.arg(i));
            b.append(u"Neu%1"_s.arg(i));
        }
        // WHEN compared THEN the middle is deleted and inserted as a whole
        const auto changes = ArticleDiff::diffWords(u"Anfang "_s + a.join(u' ') + u" Ende"_s, u"Anfang "_s + b.join(u' ') + u" Ende"_s);
        QCOMPARE(changes.size(), 4);
        QCOMPARE(changes.at(1).kind, Kind::Deleted);
        QCOMPARE(changes.at(2).kind, Kind::Inserted);
    }
};

QTEST_MAIN(ArticleDiffTest)
#include "articledifftest.moc"
