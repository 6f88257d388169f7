#include "article.h"
#include "validation/validator.h"

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

using Mutation = std::function<void(Article &)>;
Q_DECLARE_METATYPE(Mutation)

namespace {
QString fieldName(ArticleField field)
{
    switch (field) {
    case ArticleField::Section: return u"Section"_s;
    case ArticleField::Kicker: return u"Kicker"_s;
    case ArticleField::Headline: return u"Headline"_s;
    case ArticleField::Teaser: return u"Teaser"_s;
    case ArticleField::Body: return u"Body"_s;
    case ArticleField::Byline: return u"Byline"_s;
    case ArticleField::Dateline: return u"Dateline"_s;
    case ArticleField::Published: return u"Published"_s;
    case ArticleField::Status: return u"Status"_s;
    case ArticleField::Tags: return u"Tags"_s;
    case ArticleField::Language: return u"Language"_s;
    case ArticleField::Photo: return u"Photo"_s;
    case ArticleField::PhotoCaption: return u"PhotoCaption"_s;
    case ArticleField::PhotoCredit: return u"PhotoCredit"_s;
    case ArticleField::PhotoAlt: return u"PhotoAlt"_s;
    case ArticleField::Related: return u"Related"_s;
    }
    return u"?"_s;
}

QString severityName(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Error: return u"Error"_s;
    case Finding::Severity::Warning: return u"Warning"_s;
    case Finding::Severity::Info: return u"Info"_s;
    }
    return u"?"_s;
}

// "Field/Severity@position", compact enough to compare whole finding lists in one QCOMPARE.
QStringList describe(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings) {
        QString line = fieldName(f.field) + u'/' + severityName(f.severity);
        if (f.position)
            line += u'@' + QString::number(*f.position);
        out << line;
    }
    return out;
}

QString dump(const QList<Finding> &findings)
{
    QString out;
    for (const Finding &f : findings)
        out += u"\n  "_s + describe({f}).constFirst() + u": "_s + f.message;
    return out;
}

// An article with every field filled and nothing to complain about.
Article cleanArticle()
{
    Article article;
    article.id = 7;
    article.section = u"Wirtschaft"_s;
    article.kicker = u"Haushalt"_s;
    article.headline = u"Übergangsfinanzierung für die Straßenbahn steht"_s;
    article.teaser = u"Der Stadtrat hat die Übergangsfinanzierung beschlossen. Größere Änderungen gibt es nicht."_s;
    article.bodyHtml = u"<p>Die Straße wird gesperrt.</p>\n<h2>Wie geht es weiter?</h2>\n<p>Stücke für das Theater.</p>\n"_s;
    article.authors = {u"Jörg Weiß"_s};
    article.dateline = u"Köln"_s;
    article.tags = {u"Straßenbahn"_s, u"Haushalt"_s};
    article.photo.data = QByteArrayLiteral("\x89PNG");
    article.photo.mimeType = u"image/png"_s;
    article.photo.width = 1200;
    article.photo.height = 800;
    article.photo.fileName = u"straßenbahn-köln.png"_s;
    article.photo.caption = u"Die Straßenbahn am Neumarkt."_s;
    article.photo.credit = u"dpa"_s;
    article.photo.altText = u"Eine gelbe Straßenbahn hält an einer Haltestelle, Fahrgäste steigen ein."_s;
    article.related = {RelatedLink{12, {}, {}},
                       RelatedLink{0, QUrl(u"https://www.stadt-koeln.de/verkehr/straßenbahn"_s), u"Stadt Köln: Verkehr"_s}};
    return article;
}
} // namespace

class ValidatorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReportExactlyTheExpectedFindings_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("nominal: clean article has no findings") << Mutation([](Article &) {}) << QStringList();
        QTest::newRow("nominal: missing headline is an error")
            << Mutation([](Article &a) { a.headline.clear(); }) << QStringList{u"Headline/Error"_s};
        QTest::newRow("robustness: whitespace-only headline is missing")
            << Mutation([](Article &a) { a.headline = u" \t\n "_s; }) << QStringList{u"Headline/Error"_s};
        QTest::newRow("nominal: kicker at its limit of 40")
            << Mutation([](Article &a) { a.kicker = QString(40, u'ß'); }) << QStringList();
        QTest::newRow("nominal: kicker over its limit, position after 40 characters")
            << Mutation([](Article &a) { a.kicker = u"  "_s + QString(41, u'ä'); }) << QStringList{u"Kicker/Warning@42"_s};
        QTest::newRow("nominal: headline of 91 characters")
            << Mutation([](Article &a) { a.headline = QString(91, u'Ü'); }) << QStringList{u"Headline/Warning@90"_s};
        QTest::newRow("robustness: surrounding spaces are not counted")
            << Mutation([](Article &a) { a.headline = u"   "_s + QString(90, u'ö') + u"   "_s; }) << QStringList();
        QTest::newRow("robustness: decomposed umlauts count once")
            // 90 × "u + combining diaeresis" = 180 QChars, but 90 characters on screen.
            << Mutation([](Article &a) { a.headline = QString(u"u\u0308"_s).repeated(90); }) << QStringList();
        QTest::newRow("nominal: teaser of 301 characters")
            << Mutation([](Article &a) { a.teaser = QString(301, u'ö'); }) << QStringList{u"Teaser/Warning@300"_s};
        QTest::newRow("nominal: alt text of 151 characters")
            << Mutation([](Article &a) { a.photo.altText = QString(151, u'ä'); }) << QStringList{u"PhotoAlt/Warning@150"_s};
        QTest::newRow("nominal: photo without caption, credit and alt text")
            << Mutation([](Article &a) { a.photo.caption.clear(); a.photo.credit = u" "_s; a.photo.altText.clear(); })
            << QStringList{u"PhotoCaption/Warning"_s, u"PhotoCredit/Error"_s, u"PhotoAlt/Warning"_s};
        QTest::newRow("nominal: no photo, no photo findings")
            << Mutation([](Article &a) { a.photo = Photo(); }) << QStringList();
        QTest::newRow("nominal: alt text equal to caption, ignoring case and spaces")
            << Mutation([](Article &a) { a.photo.altText = u" DIE STRASSENBAHN am neumarkt. "_s; a.photo.caption = u"Die Strassenbahn am Neumarkt."_s; })
            << QStringList{u"PhotoAlt/Warning"_s};
        QTest::newRow("nominal: alt text equal to the file name")
            << Mutation([](Article &a) { a.photo.altText = u"Straßenbahn-Köln.PNG"_s; }) << QStringList{u"PhotoAlt/Warning"_s};
        QTest::newRow("nominal: alt text equal to the file name without extension")
            << Mutation([](Article &a) { a.photo.altText = u"STRASSENBAHN-köln"_s; a.photo.fileName = u"strassenbahn-köln.jpeg"_s; })
            << QStringList{u"PhotoAlt/Warning"_s};
        QTest::newRow("robustness: alt text merely containing the file name is fine")
            << Mutation([](Article &a) { a.photo.altText = u"straßenbahn-köln an der Haltestelle"_s; }) << QStringList();
        QTest::newRow("nominal: TK in the headline")
            << Mutation([](Article &a) { a.headline = u"Stadtrat beschließt TK Millionen"_s; })
            << QStringList{u"Headline/Warning@20"_s};
        QTest::newRow("nominal: XXX in the teaser")
            << Mutation([](Article &a) { a.teaser = u"Es kostet XXX Euro."_s; }) << QStringList{u"Teaser/Error@10"_s};
        QTest::newRow("nominal: XXXX counts as XXX")
            << Mutation([](Article &a) { a.dateline = u"XXXX"_s; }) << QStringList{u"Dateline/Error@0"_s};
        QTest::newRow("nominal: lower-case xxx counts")
            << Mutation([](Article &a) { a.kicker = u"Fußball xxx"_s; }) << QStringList{u"Kicker/Error@8"_s};
        QTest::newRow("nominal: TK with punctuation around it")
            << Mutation([](Article &a) { a.teaser = u"(TK), „TK“ und TK-Zahl."_s; })
            << QStringList{u"Teaser/Warning@1"_s, u"Teaser/Warning@7"_s, u"Teaser/Warning@15"_s};
        QTest::newRow("robustness: TKO, ATK, TKÜ, ÄTK and Stücke are words, not placeholders")
            << Mutation([](Article &a) { a.headline = u"TKO ATK TKÜ ÄTK Stücke XXL tk"_s; }) << QStringList();
        QTest::newRow("robustness: XXX inside a word is no placeholder")
            << Mutation([](Article &a) { a.headline = u"ÄXXX XXXé 1XXX"_s; }) << QStringList();
        QTest::newRow("nominal: placeholders in the body, at cursor positions")
            // Plain text: "Die Straße TK.\nXXX folgt." → TK at 11, XXX at 15.
            << Mutation([](Article &a) { a.bodyHtml = u"<p>Die Straße TK.</p>\n<p><strong>XXX</strong> folgt.</p>\n"_s; })
            << QStringList{u"Body/Error@15"_s, u"Body/Warning@11"_s};
        QTest::newRow("nominal: placeholders in byline, tags, photo texts and related titles")
            << Mutation([](Article &a) {
                   a.authors = {u"Jörg Weiß"_s, u"TK"_s};
                   a.tags << u"XXX"_s;
                   a.photo.caption = u"Foto TK"_s;
                   a.photo.credit = u"XXX/dpa"_s;
                   a.related[1].title = u"Mehr über TK"_s;
               })
            << QStringList{u"Byline/Warning@0"_s, u"Tags/Error@0"_s, u"PhotoCaption/Warning@5"_s,
                           u"PhotoCredit/Error@0"_s, u"Related/Warning@10"_s};
        QTest::newRow("nominal: a double space between words is a typo (issue #12)")
            << Mutation([](Article &a) {
                   a.headline = u"Stadtrat  tagt"_s;
                   a.bodyHtml = u"<p>Der Rat\u00a0 tagt.</p>"_s;
               })
            << QStringList{u"Headline/Warning@8"_s, u"Body/Warning@7"_s};
        QTest::newRow("nominal: an empty byline gets a hint (issue #12)")
            << Mutation([](Article &a) { a.authors.clear(); }) << QStringList{u"Byline/Info"_s};
        QTest::newRow("nominal: empty subheading")
            << Mutation([](Article &a) { a.bodyHtml = u"<p>Straße</p>\n<h2></h2>\n<p>Weiter.</p>\n"_s; })
            << QStringList{u"Body/Warning@7"_s};
        QTest::newRow("nominal: empty subheading first, with attributes")
            << Mutation([](Article &a) { a.bodyHtml = u"<H2 class=\"x\"> <br> </H2><p>Straße</p>"_s; })
            << QStringList{u"Body/Warning@0"_s};
        QTest::newRow("nominal: whitespace-only h3")
            << Mutation([](Article &a) { a.bodyHtml = u"<p>Übergang</p>\n<h3>  &nbsp; </h3>\n"_s; })
            << QStringList{u"Body/Warning@9"_s};
        QTest::newRow("nominal: related link to the article itself")
            << Mutation([](Article &a) { a.related.prepend(RelatedLink{7, {}, {}}); }) << QStringList{u"Related/Error@0"_s};
        QTest::newRow("robustness: unsaved article has no self link")
            << Mutation([](Article &a) { a.id = 0; }) << QStringList();
        QTest::newRow("nominal: same article twice")
            << Mutation([](Article &a) { a.related.append(RelatedLink{12, {}, {}}); }) << QStringList{u"Related/Warning@2"_s};
        QTest::newRow("nominal: same URL twice after normalisation")
            << Mutation([](Article &a) {
                   a.related.append(RelatedLink{0, QUrl(u"http://Stadt-Koeln.de/verkehr/stra%C3%9Fenbahn/#karte"_s), u"Noch einmal"_s});
               })
            << QStringList{u"Related/Warning@2"_s, u"Related/Info@2"_s};
        QTest::newRow("robustness: different paths are different links")
            << Mutation([](Article &a) {
                   a.related.append(RelatedLink{0, QUrl(u"https://www.stadt-koeln.de/verkehr/bus"_s), u"Bus"_s});
               })
            << QStringList();
        QTest::newRow("robustness: javascript URL is unsafe")
            << Mutation([](Article &a) { a.related[1].url = QUrl(u"javascript:alert(1)"_s); }) << QStringList{u"Related/Error@1"_s};
        QTest::newRow("robustness: ftp and file URLs are unsafe")
            << Mutation([](Article &a) {
                   a.related[1].url = QUrl(u"ftp://example.org/straße"_s);
                   a.related.append(RelatedLink{0, QUrl(u"file:///etc/passwd"_s), u"Datei"_s});
               })
            << QStringList{u"Related/Error@1"_s, u"Related/Error@2"_s};
        QTest::newRow("robustness: external link without address or title")
            << Mutation([](Article &a) {
                   a.related.append(RelatedLink{0, {}, u"Leer"_s});
                   a.related.append(RelatedLink{0, QUrl(u"https://example.org/übersicht"_s), u"  "_s});
               })
            << QStringList{u"Related/Error@2"_s, u"Related/Warning@3"_s};
    }

    void shouldReportExactlyTheExpectedFindings()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QStringList, expected);
        // GIVEN an otherwise clean article with one defect
        Article article = cleanArticle();
        mutate(article);
        // WHEN it is validated with the default limits
        const QList<Finding> findings = Validator().validate(article);
        // THEN exactly the expected findings come back, each with a message
        QVERIFY2(describe(findings) == expected,
                 qPrintable(u"expected: "_s + expected.join(u", "_s) + u"\nactual:"_s + dump(findings)));
        for (const Finding &f : findings)
            QVERIFY2(!f.message.isEmpty(), qPrintable(dump(findings)));
    }

    void shouldApplyConfiguredLimits()
    {
        // GIVEN limits lowered by the newsroom
        ValidationLimits limits;
        limits.headline = 30;
        const Article article = cleanArticle(); // headline: 47 characters
        // WHEN validated THEN the headline is too long, with the numbers in the message
        const QList<Finding> findings = Validator(limits).validate(article);
        QVERIFY2(describe(findings) == QStringList{u"Headline/Warning@30"_s}, qPrintable(dump(findings)));
        QVERIFY2(findings.constFirst().message.contains(u"47"_s) && findings.constFirst().message.contains(u"30"_s),
                 qPrintable(findings.constFirst().message));
    }

    void shouldClampLimitsIntoTheirRanges_data()
    {
        QTest::addColumn<int>("headline");
        QTest::addColumn<int>("expected");
        QTest::newRow("nominal: default") << ValidationLimits::headlineRange.defaultValue << 90;
        QTest::newRow("robustness: zero") << 0 << ValidationLimits::headlineRange.minimum;
        QTest::newRow("robustness: negative") << -5 << ValidationLimits::headlineRange.minimum;
        QTest::newRow("robustness: huge") << 1'000'000 << ValidationLimits::headlineRange.maximum;
    }

    void shouldClampLimitsIntoTheirRanges()
    {
        QFETCH(int, headline);
        QFETCH(int, expected);
        // GIVEN a limit from a hand-edited settings file WHEN a validator takes it THEN it is clamped
        ValidationLimits limits;
        limits.headline = headline;
        QCOMPARE(Validator(limits).limits().headline, expected);
    }

    void shouldCountCharactersAsTheEditorShowsThem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");
        QTest::newRow("nominal: German word") << u"Übergangsfinanzierung"_s << 21;
        QTest::newRow("nominal: sharp s") << u"Straße"_s << 6;
        QTest::newRow("nominal: trimmed") << u"  Köln \n"_s << 4;
        QTest::newRow("nominal: inner spaces count") << u"Neue Straße"_s << 11;
        QTest::newRow("robustness: decomposed umlaut") << u"Mu\u0308nchen"_s << 7;
        QTest::newRow("robustness: emoji with skin tone") << u"Daumen 👍🏽"_s << 8;
        QTest::newRow("robustness: empty") << QString() << 0;
    }

    void shouldCountCharactersAsTheEditorShowsThem()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        QCOMPARE(Validator::characterCount(text), expected);
    }
};

QTEST_MAIN(ValidatorTest)
#include "validatortest.moc"
