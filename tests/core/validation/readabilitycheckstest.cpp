#include "article.h"
#include "settings/newsroomsettings.h"
#include "text/hyphenator.h"
#include "validation/readabilitychecks.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// The checklist's readability hints: each one found, explained and switchable.
class ReadabilityChecksTest : public QObject
{
    Q_OBJECT

    static QString sentence(int words)
    {
        QStringList list{u"Der"_s};
        for (int i = 1; i < words; ++i)
            list << (i % 3 == 0 ? u"Straßenbahn"_s : (i % 3 == 1 ? u"fährt"_s : u"über"_s));
        return list.join(u' ') + u". "_s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        const QString file = Hyphenator::patternFileFor(u"de-DE"_s, &error);
        QVERIFY2(!file.isEmpty(), qPrintable(error));
        m_hyphenator = std::make_unique<Hyphenator>(file);
        QVERIFY2(m_hyphenator->isValid(), qPrintable(m_hyphenator->errorString()));
    }

    void shouldFindEachHintAndLeaveItOutWhenSwitchedOff_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("hint"); // text in the message
        QTest::addColumn<int>("which"); // the switch: 0 sentences, 1 flesch, 2 paragraphs, 3 starts
        QTest::newRow("nominal: a sentence of 31 words, with the count") << sentence(31) << u"31 words"_s << 0;
        QTest::newRow("nominal: the reading ease") << u"Köln baut. Die Stadt zahlt 👍."_s << u"Flesch"_s << 1;
        QTest::newRow("nominal: a paragraph of 160 words")
            << sentence(20) + sentence(20) + sentence(20) + sentence(20) + sentence(20) + sentence(20) + sentence(20)
                + sentence(20)
            << u"160 words"_s << 2;
        QTest::newRow("nominal: three sentences that start with Die")
            << u"Die Stadt baut. Die Kosten steigen. Die Bürger klagen."_s << u"„Die“"_s << 3;
    }

    void shouldFindEachHintAndLeaveItOutWhenSwitchedOff()
    {
        QFETCH(QString, body);
        QFETCH(QString, hint);
        QFETCH(int, which);
        Article article;
        article.bodyHtml = u"<p>"_s + body.toHtmlEscaped() + u"</p>"_s;
        NewsroomSettings settings;
        const auto has = [&](const NewsroomSettings &s) {
            for (const Finding &finding : ReadabilityChecks::check(article, s, m_hyphenator.get()))
                if (finding.message.contains(hint))
                    return true;
            return false;
        };
        QList<QString> messages;
        for (const Finding &finding : ReadabilityChecks::check(article, settings, m_hyphenator.get()))
            messages << finding.message;
        QVERIFY2(has(settings), qPrintable(messages.join(u'\n')));
        bool *switches[] = {&settings.longSentences, &settings.flesch, &settings.longParagraphs, &settings.repeatedStarts};
        *switches[which] = false;
        QVERIFY2(!has(settings), qPrintable(hint));
    }

    void shouldPointAtTheLongSentenceInTheBody()
    {
        Article article;
        article.bodyHtml = u"<p>Kurz.</p><p>Schön. "_s + sentence(30) + u"</p>"_s;
        const auto findings = ReadabilityChecks::check(article, NewsroomSettings(), m_hyphenator.get());
        for (const Finding &finding : findings) {
            if (finding.message.contains(u"30 words"_s)) {
                QCOMPARE(finding.field, ArticleField::Body);
                QCOMPARE(finding.position.value_or(-1), 13); // "Kurz.\u2029Schön. " is 13 long
                return;
            }
        }
        QFAIL("no long-sentence hint");
    }

    void shouldWarnBelowTheNewsroomsMinimumScore()
    {
        Article article;
        article.bodyHtml = u"<p>Die Übergangsfinanzierungsvereinbarung verursacht Verständigungsschwierigkeiten.</p>"_s;
        NewsroomSettings settings;
        const auto findings = ReadabilityChecks::check(article, settings, m_hyphenator.get());
        QCOMPARE(findings.size(), 1);
        QVERIFY2(findings.first().severity == Finding::Severity::Warning, qPrintable(findings.first().message));
        // AND a plain text is only information, with its score and band
        article.bodyHtml = u"<p>Die Katze schläft. Der Hund bellt laut.</p>"_s;
        const auto plain = ReadabilityChecks::check(article, settings, m_hyphenator.get());
        QCOMPARE(plain.size(), 1);
        QVERIFY2(plain.first().severity == Finding::Severity::Info, qPrintable(plain.first().message));
        QVERIFY2(plain.first().message.contains(u"very easy"_s), qPrintable(plain.first().message));
    }

private:
    std::unique_ptr<Hyphenator> m_hyphenator;
};

QTEST_GUILESS_MAIN(ReadabilityChecksTest)
#include "readabilitycheckstest.moc"
