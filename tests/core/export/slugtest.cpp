#include "export/slug.h"

#include <QTest>

using namespace Qt::StringLiterals;

class SlugTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldDeriveSlugFromHeadline_data()
    {
        QTest::addColumn<QString>("headline");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: issue example") << u"Nordkorea-Soldaten in Russland"_s << u"Nordkorea-Soldaten-in-Russland"_s;
        QTest::newRow("nominal: umlauts") << u"Größte Übung für Ärzte"_s << u"Groesste-Uebung-fuer-Aerzte"_s;
        QTest::newRow("nominal: sharp s") << u"Straße und STRAẞE"_s << u"Strasse-und-STRASSE"_s;
        QTest::newRow("nominal: other accents") << u"Café in Málaga, Łódź und Øresund"_s << u"Cafe-in-Malaga-Lodz-und-Oeresund"_s;
        QTest::newRow("nominal: punctuation") << u"„Wir schaffen das!“ – sagt sie?"_s << u"Wir-schaffen-das-sagt-sie"_s;
        QTest::newRow("nominal: apostrophe joins") << u"Deutschland's Zukunft"_s << u"Deutschlands-Zukunft"_s;
        QTest::newRow("nominal: digits") << u"10 % mehr für 2025"_s << u"10-mehr-fuer-2025"_s;
        QTest::newRow("robustness: markup") << u"<script>alert(1)</script>"_s << u"script-alert-1-script"_s;
        QTest::newRow("robustness: path traversal") << u"../../etc/passwd"_s << u"etc-passwd"_s;
        QTest::newRow("robustness: only symbols") << u"!!! ??? …"_s << u"artikel"_s;
        QTest::newRow("robustness: empty") << QString() << u"artikel"_s;
        QTest::newRow("robustness: other script") << u"Москва Berlin"_s << u"Berlin"_s;
        QTest::newRow("robustness: whitespace") << u"  Viel \t  Platz \n "_s << u"Viel-Platz"_s;
    }

    void shouldDeriveSlugFromHeadline()
    {
        // GIVEN a headline
        QFETCH(QString, headline);
        QFETCH(QString, expected);
        // WHEN deriving the slug
        const QString slug = Slug::fromHeadline(headline);
        // THEN it is readable ASCII
        QVERIFY2(slug == expected, qPrintable(slug));
    }

    void shouldCutLongSlugsAtWordBoundary()
    {
        // GIVEN a very long headline
        const QString headline = QString(u"Übergangsfinanzierung "_s).repeated(10);
        // WHEN deriving the slug
        const QString slug = Slug::fromHeadline(headline);
        // THEN it is at most 80 characters and ends with a whole word
        QVERIFY2(slug.size() <= Slug::maxLength, qPrintable(slug));
        QVERIFY2(slug.endsWith(u"Uebergangsfinanzierung"_s), qPrintable(slug));
        QVERIFY2(!slug.endsWith(u'-'), qPrintable(slug));
    }
};

QTEST_GUILESS_MAIN(SlugTest)
#include "slugtest.moc"
