#include "article.h"
#include "spelling/articlespelling.h"
#include "spelling/spellchecker.h"

#include "testenvironment.h"

#include <QTest>

using namespace Qt::StringLiterals;

class ArticleSpellingTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReportEveryFieldInReadingOrder()
    {
        // GIVEN an article with one typo in each field
        Article article;
        article.kicker = u"Krieg in der Ukraine"_s;
        article.headline = u"Selenskyj trifft die Bundeskanzlerrin"_s;
        article.teaser = u"Ein Besuch mit Folgen für die Übergangsfinanzierung."_s;
        article.bodyHtml = u"<p>Erster Absatz.</p><p>Zweiter Absatz mit einem Rechtschreibfeler.</p>"_s;
        article.photo.caption = u"Die Straßenbahnhaltestelle am Rathaus"_s;
        article.photo.altText = u"Zwei Männer schütteln sich die Händee"_s;
        SpellChecker checker(u"de_DE"_s, TestEnvironment::home() + u"/personal.txt"_s);
        checker.setNewsroomWords({u"Selenskyj"_s});
        // WHEN the article is checked
        const QList<Misspelling> found = ArticleSpelling::checkArticle(article, checker);
        // THEN each typo is reported with field, line and column
        QStringList lines;
        for (const Misspelling &m : found)
            lines.append(u"%1:%2:%3:%4"_s.arg(m.field).arg(m.line).arg(m.column).arg(m.word));
        const QStringList expected{u"headline:1:22:Bundeskanzlerrin"_s, u"body:2:26:Rechtschreibfeler"_s,
                                   u"alttext:1:32:Händee"_s};
        QVERIFY2(lines == expected, qPrintable(lines.join(u" | ")));
    }

    void shouldReportNothingForCleanOrEmptyArticle()
    {
        // GIVEN an empty article
        SpellChecker checker(u"de_DE"_s, TestEnvironment::home() + u"/personal.txt"_s);
        // THEN nothing is reported
        QVERIFY(ArticleSpelling::checkArticle(Article{}, checker).isEmpty());
        QCOMPARE(ArticleSpelling::fields().size(), 6);
        QCOMPARE(ArticleSpelling::fieldLabel(u"alttext"_s), u"Alt text"_s);
    }
};

QTEST_MAIN(ArticleSpellingTest)
#include "articlespellingtest.moc"
