#include "articlefield.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

// Validation findings name their field; the editor finds the widget by that name. Both sides
// use the one ArticleField of the core, so every field must survive the trip through its name.
class ArticleFieldTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldFindEveryFieldByItsOwnName()
    {
        QSet<QString> names;
        for (int i = 0; i <= int(ArticleField::Related); ++i) {
            const auto field = ArticleField(i);
            const QString name = ArticleFields::name(field);
            QVERIFY2(!name.isEmpty(), qPrintable(QString::number(i)));
            QVERIFY2(!names.contains(name), qPrintable(name));
            names.insert(name);
            ArticleField found = ArticleField::Section;
            QVERIFY2(ArticleFields::fromName(name, &found), qPrintable(name));
            QCOMPARE(found, field);
        }
    }

    void shouldAcceptAliasesAndRefuseUnknownNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("known");
        QTest::addColumn<int>("field");
        QTest::newRow("nominal: title is the headline") << u"title"_s << true << int(ArticleField::Headline);
        QTest::newRow("nominal: alt is the alt text") << u"alt"_s << true << int(ArticleField::PhotoAlt);
        QTest::newRow("nominal: byline") << u"byline"_s << true << int(ArticleField::Byline);
        QTest::newRow("nominal: case and spaces do not matter") << u"  Photo.AltText "_s << true << int(ArticleField::PhotoAlt);
        QTest::newRow("robustness: unknown") << u"Überschrift"_s << false << -1;
        QTest::newRow("robustness: empty") << QString() << false << -1;
    }

    void shouldAcceptAliasesAndRefuseUnknownNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, known);
        QFETCH(int, field);
        ArticleField found = ArticleField::Section;
        QCOMPARE(ArticleFields::fromName(name, &found), known);
        if (known)
            QCOMPARE(int(found), field);
    }
};

QTEST_GUILESS_MAIN(ArticleFieldTest)
#include "articlefieldtest.moc"
