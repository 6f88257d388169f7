#include "../../cli/clirun.h"
#include "article.h"
#include "articlerepository.h"
#include "editor/articleform.h"
#include "editor/bodyeditor.h"
#include "editor/fieldlimits.h"
#include "editor/lengthcounter.h"
#include "export/htmlexporter.h"
#include "mainwindow.h"
#include "ninjs/ninjswriter.h"
#include "storage/repositoryfactory.h"
#include "text/articlelength.h"
#include "text/hyphenator.h"
#include "text/linecounter.h"
#include "../support/dialogstub.h"
#include "validation/checklistpanel.h"
#include "length/lengthdesk.h"
#include "length/lengthtargetlabel.h"
#include "settings/newsroomsettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextCursor>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// Hand-counted (issue 17): 77 characters, 63 without the 14 spaces, 12 words. As UTF-16 it
// is longer: the emoji with its skin tone and the flag take four code units each, "Cafe" +
// combining acute and "u" + combining diaeresis one extra each.
const QString teaser = u"Straße „Übergang“ 👍🏽 für Cafe\u0301s – 🇩🇪 Fans jubeln über u\u0308ber 50 Prozent mehr Geld."_s;
// 54 + 14 characters with 8 + 2 spaces, 8 + 2 words; a no-break space in "10 %" and a family emoji joined by ZWJ.
const QString body = u"<p>Der Stadtrat beschließt 10&nbsp;% mehr für die Straßenbahn.</p>"
                     u"<p>Kyjiw 👨\u200D👩\u200D👧 grüßt.</p>"_s;
constexpr int teaserCharacters = 77;
constexpr int totalCharacters = 77 + 68;
constexpr int totalWords = 12 + 10;
} // namespace

// Every place that shows a length counts the same text the same way: the field counter, the
// status bar, the checklist, `newsdesk-cli stats`, and the export's wordCount.
class LengthAgreementTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldAgreeOnTheSameText()
    {
        // GIVEN an article with umlauts, ß, emoji and combining characters, stored in SQLite
        QTemporaryDir dir;
        const QString path = dir.filePath(u"news.sqlite"_s);
        RepositoryOpening opening = RepositoryFactory::open(path);
        QVERIFY2(opening.repository, qPrintable(opening.error));
        Article article;
        article.headline = u"Länge"_s;
        article.teaser = teaser;
        article.bodyHtml = body;
        // with a target of 140 characters ± 2: 145 are 5 too many
        article.target = {LengthTarget::Unit::Characters, 140, 2};
        const SaveResult saved = opening.repository->save(article, 0);
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        article.id = saved.id;

        // AND a newsroom that recommends 50 characters for a teaser (hard limit 80) and counts
        // Zeilen in a narrow column of 24, not the default 34
        NewsroomSettings newsroom;
        newsroom.setLimit(ArticleField::Teaser, {50, 80});
        newsroom.lineColumns = 24;
        QVERIFY2(opening.repository->setNewsroomSettings(newsroom.toMap()), qPrintable(opening.repository->lastError()));

        // WHEN it is opened in the editor
        DialogStub dialogs;
        MainWindow window(opening.repository.get(), &dialogs);
        const QString patterns = Hyphenator::patternFileFor(u"de-DE"_s);
        const Hyphenator hyphenator(patterns);
        QVERIFY2(hyphenator.isValid(), qPrintable(hyphenator.errorString()));
        window.setHyphenator(&hyphenator);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openArticle(saved.id));

        // THEN the teaser's counter shows the hand count
        LengthCounter *counter = window.form()->counter(ArticleField::Teaser);
        QVERIFY2(counter->text() == u"%1/50"_s.arg(teaserCharacters), qPrintable(counter->text()));
        // AND the checklist says the same number
        QTRY_VERIFY2(findingsText(window).contains(u"The teaser has %1 characters"_s.arg(teaserCharacters)),
                     qPrintable(findingsText(window)));
        // AND the status bar counts teaser and body alike
        // (the tests load no translation: English source texts with "(s)")
        const QRegularExpression words(u"\\b%1 word.*, %2 character"_s.arg(totalWords).arg(totalCharacters));
        QTRY_VERIFY2(window.statusText().contains(words), qPrintable(window.statusText()));
        // AND the status bar and the checklist judge the target on those numbers
        const LengthTargetLabel *target = window.findChild<LengthTargetLabel *>();
        QVERIFY(target);
        const QRegularExpression fiveTooMany(u"\\b5 character\\S* too long"_s);
        QTRY_VERIFY2(target->text().contains(fiveTooMany), qPrintable(target->text()));
        QTRY_VERIFY2(findingsText(window).contains(QRegularExpression(u"140 character\\S* ± 2: 5 character\\S* too long \\(145 now\\)"_s)),
                     qPrintable(findingsText(window)));

        // AND `newsdesk-cli stats` prints the same numbers, Zeilen included
        const CliRun stats = runCli({u"--database"_s, path, u"stats"_s, QString::number(saved.id)});
        QVERIFY2(stats.exitCode == 0, qPrintable(stats.err));
        QVERIFY2(stats.out.contains(u"Words: %1\n"_s.arg(totalWords)), qPrintable(stats.out));
        QVERIFY2(stats.out.contains(u"Characters: %1\n"_s.arg(totalCharacters)), qPrintable(stats.out));
        QVERIFY2(stats.out.contains(u"Characters without spaces: %1\n"_s.arg(totalCharacters - 14 - 10)),
                 qPrintable(stats.out));
        const auto lines = QRegularExpression(u"Lines at 24 characters: (\\d+)"_s).match(stats.out);
        QVERIFY2(lines.hasMatch(), qPrintable(stats.out));
        const QString zeilen = u", %1 line"_s.arg(lines.captured(1));
        QVERIFY2(window.statusText().contains(zeilen), qPrintable(window.statusText() + u" / "_s + zeilen));
        // (and that is the count at 24, which differs from the one at 34)
        const LineCounter at24(24, &hyphenator);
        const LineCounter at34(34, &hyphenator);
        QCOMPARE(lines.captured(1).toInt(), ArticleLength::measure(article, &at24).total().lines);
        QVERIFY2(ArticleLength::measure(article, &at34).total().lines != lines.captured(1).toInt(), qPrintable(stats.out));
        QVERIFY2(stats.out.contains(QRegularExpression(u"Target 140 character\\S* ± 2: 5 character\\S* too long\n"_s)),
                 qPrintable(stats.out));

        // WHEN the copy editor selects the first paragraph of the body
        BodyEditor *editor = window.form()->bodyEditor();
        window.activateWindow();
        editor->setFocus();
        QTRY_VERIFY(editor->hasFocus());
        QTextCursor cursor(editor->document()->firstBlock());
        cursor.select(QTextCursor::BlockUnderCursor);
        editor->setTextCursor(cursor);
        // THEN the status bar counts the selection: 54 characters, 8 words
        const QRegularExpression selection(u"Selection: 8 word.*, 54 character"_s);
        QTRY_VERIFY2(window.statusText().contains(selection), qPrintable(window.statusText()));

        // AND the HTML export's JSON-LD wordCount and ninjs' body counts agree
        const ExportResult html = HtmlExporter().exportArticle({article, {}, {}}, ExportOptions());
        QVERIFY2(html.ok(), qPrintable(html.error));
        QVERIFY2(html.data.contains(QByteArray("\"wordCount\":" + QByteArray::number(totalWords))),
                 html.data.mid(html.data.indexOf("wordCount"), 30).constData());
        const QJsonObject ninjs = NinjsWriter().toJson(article);
        const QJsonObject plain = ninjs.value(u"bodies"_s).toArray().first().toObject();
        QCOMPARE(plain.value(u"wordcount"_s).toInt(), 10);
        QCOMPARE(plain.value(u"charcount"_s).toInt(), 68);
    }

private:
    static QString findingsText(const MainWindow &window)
    {
        QStringList messages;
        for (const ChecklistFinding &finding : window.checklist()->findings())
            messages.append(finding.message);
        return messages.join(u" | "_s);
    }
};

QTEST_MAIN(LengthAgreementTest)
#include "lengthagreementtest.moc"
