#include "article.h"
#include "settings/newsroomsettings.h"
#include "validation/lengthchecks.h"
#include "validation/validator.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The newsroom's hard and recommended field limits, counted as every counter counts.
class LengthChecksTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldSayByHowMuchAFieldIsOverItsHardLimit_data()
    {
        QTest::addColumn<QString>("headline");
        QTest::addColumn<int>("over");
        // The hard limit is 30 below: each row is 30 characters plus the overflow.
        const QString thirty = u"Straßenbahn fährt über Brücke "_s; // 30 characters, ß and umlauts
        QTest::newRow("nominal: at the limit") << thirty << 0;
        QTest::newRow("nominal: two over") << thirty + u"ab"_s << 2;
        QTest::newRow("nominal: an emoji counts once") << thirty + u"x🎉"_s << 2;
        QTest::newRow("nominal: a flag with skin tone counts once") << thirty + u"👍🏽🇩🇪"_s << 2;
        QTest::newRow("robustness: a decomposed umlaut counts once") << thirty + u"u\u0308"_s << 1;
        QTest::newRow("robustness: spaces around are not counted") << u"  "_s + thirty + u"  "_s << 0;
    }

    void shouldSayByHowMuchAFieldIsOverItsHardLimit()
    {
        QFETCH(QString, headline);
        QFETCH(int, over);
        // GIVEN a newsroom with a hard headline limit of 30 (the lowest recommended is 20)
        NewsroomSettings settings;
        settings.setLimit(ArticleField::Headline, {20, 30});
        Article article;
        article.headline = headline;
        // WHEN the lengths are checked
        const QStringList problems = LengthChecks::hardLimitProblems(article, settings);
        // THEN only a headline over 30 is a problem, and the message names the overflow
        if (over == 0) {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
            return;
        }
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(u" %1 "_s.arg(over)), qPrintable(problems.first()));
        QVERIFY2(problems.first().contains(u"30"_s), qPrintable(problems.first()));
    }

    void shouldMarkWhereTheHardLimitEnds()
    {
        NewsroomSettings settings;
        settings.setLimit(ArticleField::Kicker, {10, 12});
        Article article;
        article.kicker = u"Schöne Grüße aus Köln"_s;
        const auto findings = LengthChecks::check(article, settings);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().severity, Finding::Severity::Error);
        QCOMPARE(findings.first().position.value_or(-1), 12); // "Schöne Grüße" | " aus Köln"
    }

    void shouldWarnAboutALongCaptionBeforeItsHardLimit()
    {
        NewsroomSettings settings;
        settings.setLimit(ArticleField::PhotoCaption, {50, 60});
        Article article;
        article.photo.caption = QString(55, u'ä');
        const auto findings = LengthChecks::check(article, settings);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().severity, Finding::Severity::Warning);
        QCOMPARE(findings.first().field, ArticleField::PhotoCaption);
    }

    void shouldTakeTheNewsroomsRecommendedLimitsInTheValidator()
    {
        // GIVEN a newsroom that recommends 25 characters for a headline
        NewsroomSettings settings;
        settings.setLimit(ArticleField::Headline, {25, 40});
        Article article;
        article.headline = u"Übergangsfinanzierung für Köln"_s; // 30 characters
        Validator validator;
        validator.setNewsroomSettings(settings);
        // THEN the validator warns (recommended), but no error (hard)
        const auto findings = validator.validate(article);
        bool warned = false;
        for (const Finding &finding : findings) {
            QVERIFY2(finding.severity != Finding::Severity::Error || finding.field != ArticleField::Headline,
                     qPrintable(finding.message));
            warned = warned || (finding.field == ArticleField::Headline && finding.message.contains(u"25"_s));
        }
        QVERIFY(warned);
    }
};

QTEST_GUILESS_MAIN(LengthChecksTest)
#include "lengthcheckstest.moc"
