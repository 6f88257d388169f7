#include "article.h"
#include "export/exportoptions.h"
#include "preview/previewpane.h"

#include <QAbstractTextDocumentLayout>
#include <QList>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// Numbered paragraphs, so that a block's text says where the reader is.
Article longArticle(const QString &firstSentence)
{
    Article article;
    article.headline = u"Stadtrat beschließt die neue Straßenbahnlinie"_s;
    article.teaser = u"Nach langer Debatte fällt die Entscheidung."_s;
    QString body = u"<p>"_s + firstSentence + u"</p>"_s;
    for (int i = 1; i <= 300; ++i)
        body += u"<p>Absatz %1: Die Anwohner fordern mehr Lärmschutz während der Bauarbeiten im Norden.</p>"_s.arg(i);
    article.bodyHtml = body;
    return article;
}

QString topBlockText(PreviewPane &pane)
{
    return pane.cursorForPosition(QPoint(0, 0)).block().text();
}

QList<quint64> generations(const QSignalSpy &spy)
{
    QList<quint64> list;
    for (const auto &arguments : spy)
        list.append(arguments.at(0).toULongLong());
    return list;
}
} // namespace

// The live preview renders on a worker thread and swaps the finished document in: what it
// shows, where the reader stays, and that only the newest text ever wins.
class PreviewPaneTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldShowTheNewTextOnceRendered()
    {
        // GIVEN a shown preview of an article
        PreviewPane pane;
        pane.resize(480, 600);
        pane.show();
        QSignalSpy rendered(&pane, &PreviewPane::rendered);
        pane.render(longArticle(u"Erster Stand."_s), ExportOptions());
        QVERIFY(rendered.wait(10000));
        QVERIFY2(pane.toPlainText().contains(u"Erster Stand."_s), qPrintable(pane.toPlainText().left(300)));
        // WHEN the journalist's next text is rendered
        const quint64 generation = pane.render(longArticle(u"Zweiter Stand mit Übergangsfinanzierung."_s), ExportOptions());
        // THEN the preview shows it (headline and body), and the old text is gone
        QTRY_COMPARE(pane.shownGeneration(), generation);
        const QString text = pane.toPlainText();
        QVERIFY2(text.contains(u"Zweiter Stand mit Übergangsfinanzierung."_s), qPrintable(text.left(300)));
        QVERIFY2(text.contains(u"Straßenbahnlinie"_s), qPrintable(text.left(300)));
        QVERIFY2(!text.contains(u"Erster Stand."_s), qPrintable(text.left(300)));
    }

    void shouldKeepTheReadersPlaceAcrossAnUpdate()
    {
        // GIVEN a preview scrolled down to paragraph 150
        PreviewPane pane;
        pane.resize(480, 300);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QSignalSpy rendered(&pane, &PreviewPane::rendered);
        pane.render(longArticle(u"Kurz."_s), ExportOptions());
        QVERIFY(rendered.wait(10000));
        QTextBlock target = pane.document()->begin();
        while (target.isValid() && !target.text().startsWith(u"Absatz 150:"_s))
            target = target.next();
        QVERIFY(target.isValid());
        const int y = qRound(pane.document()->documentLayout()->blockBoundingRect(target).top());
        QTRY_VERIFY2(pane.verticalScrollBar()->maximum() >= y, qPrintable(QString::number(pane.verticalScrollBar()->maximum())));
        pane.verticalScrollBar()->setValue(y);
        const QString before = topBlockText(pane);
        QVERIFY2(before.startsWith(u"Absatz 150:"_s), qPrintable(before));
        // WHEN the text above it grows by a line or two and the preview is updated
        const quint64 generation = pane.render(
            longArticle(u"Kurz, aber jetzt mit einem deutlich längeren ersten Absatz, der in der Vorschau "
                        u"über mehrere Zeilen umbricht und so alles darunter nach unten schiebt."_s),
            ExportOptions());
        QTRY_COMPARE(pane.shownGeneration(), generation);
        // THEN the reader still looks at paragraph 150
        QTRY_VERIFY2(topBlockText(pane).startsWith(u"Absatz 150:"_s), qPrintable(topBlockText(pane)));
        QVERIFY2(pane.toPlainText().contains(u"deutlich längeren"_s), qPrintable(pane.toPlainText().left(300)));
    }

    void shouldPatchOnlyWhatChangedAndShowTheSameAsAFreshRender_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<bool>("inPlace"); // the shown document patched, not replaced
        const QString tail = u"<p>Absatz drei mit <strong>fett</strong> und <em>kursiv</em>.</p><h2>Zwischentitel</h2>"
                             u"<p>Absatz vier mit <a href=\"https://example.org/\">Link</a>.</p>"_s;
        QTest::newRow("nominal: a word typed in a paragraph")
            << u"<p>Absatz eins.</p><p>Absatz zwei.</p>"_s + tail
            << u"<p>Absatz eins.</p><p>Absatz zwei, ergänzt.</p>"_s + tail << true;
        QTest::newRow("nominal: a paragraph made a subheading")
            << u"<p>Absatz eins.</p><p>Absatz zwei.</p>"_s + tail << u"<p>Absatz eins.</p><h2>Absatz zwei.</h2>"_s + tail
            << true;
        QTest::newRow("nominal: a word made bold")
            << u"<p>Absatz eins.</p><p>Absatz zwei.</p>"_s + tail
            << u"<p>Absatz eins.</p><p>Absatz <strong>zwei</strong>.</p>"_s + tail << true;
        QTest::newRow("nominal: a paragraph split in two")
            << u"<p>Absatz eins.</p><p>Absatz zwei. Und mehr.</p>"_s + tail
            << u"<p>Absatz eins.</p><p>Absatz zwei.</p><p>Und mehr.</p>"_s + tail << true;
        QTest::newRow("nominal: a paragraph deleted")
            << u"<p>Absatz eins.</p><p>Absatz zwei.</p>"_s + tail << u"<p>Absatz eins.</p>"_s + tail << true;
        QTest::newRow("nominal: the first paragraph changed")
            << u"<p>Absatz eins.</p><p>Absatz zwei.</p>"_s + tail << u"<p>Absatz eins!</p><p>Absatz zwei.</p>"_s + tail
            << true;
        QTest::newRow("robustness: a list item edited (swapped whole)")
            << u"<p>Absatz eins.</p><ol><li>erstens</li><li>zweitens</li></ol>"_s + tail
            << u"<p>Absatz eins.</p><ol><li>erstens</li><li>zweitens, drittens</li></ol>"_s + tail << false;
        QTest::newRow("robustness: everything rewritten (swapped whole)")
            << u"<p>Absatz eins.</p><p>Absatz zwei.</p>"_s + tail
            << QStringList(20, u"<p>Ganz neu.</p>"_s).join(QString()) << false;
    }

    void shouldPatchOnlyWhatChangedAndShowTheSameAsAFreshRender()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(bool, inPlace);
        // GIVEN a preview showing the article before the edit
        Article article = longArticle(u"Vorspann."_s);
        article.bodyHtml = before;
        PreviewPane pane;
        pane.resize(480, 600);
        pane.show();
        const quint64 first = pane.render(article, ExportOptions());
        QTRY_COMPARE(pane.shownGeneration(), first);
        const QTextDocument *shown = pane.document();
        // WHEN the edited article is rendered
        article.bodyHtml = after;
        const quint64 second = pane.render(article, ExportOptions());
        QTRY_COMPARE(pane.shownGeneration(), second);
        // THEN small edits are patched into the shown document, and the result is exactly
        // what a fresh preview of the edited article shows
        QCOMPARE(pane.document() == shown, inPlace);
        QCOMPARE(pane.wholeSwaps(), inPlace ? 1 : 2);
        PreviewPane fresh;
        fresh.resize(480, 600);
        const quint64 only = fresh.render(article, ExportOptions());
        QTRY_COMPARE(fresh.shownGeneration(), only);
        QCOMPARE(pane.document()->blockCount(), fresh.document()->blockCount());
        QCOMPARE(pane.document()->toHtml(), fresh.document()->toHtml());
    }

    void shouldNeverReplaceANewerResultWithAStaleOne()
    {
        // GIVEN two requests in quick succession, the second one shown
        PreviewPane pane;
        pane.resize(480, 600);
        pane.show();
        QSignalSpy rendered(&pane, &PreviewPane::rendered);
        const quint64 first = pane.render(longArticle(u"Älterer Stand."_s), ExportOptions());
        const quint64 second = pane.render(longArticle(u"Neuester Stand."_s), ExportOptions());
        QVERIFY2(second > first, qPrintable(u"%1 %2"_s.arg(first).arg(second)));
        QTRY_COMPARE(pane.shownGeneration(), second);
        // WHEN the first request's result arrives late
        auto *late = new QTextDocument;
        late->setHtml(u"<p>Älterer Stand.</p>"_s);
        pane.showRendered(first, late);
        // THEN the newer text stays, and the shown generations only ever went up
        QVERIFY2(pane.toPlainText().contains(u"Neuester Stand."_s), qPrintable(pane.toPlainText().left(300)));
        QVERIFY2(!pane.toPlainText().contains(u"Älterer Stand."_s), qPrintable(pane.toPlainText().left(300)));
        QCOMPARE(pane.shownGeneration(), second);
        const QList<quint64> shown = generations(rendered);
        QVERIFY2(std::is_sorted(shown.cbegin(), shown.cend()) && shown.constLast() == second,
                 qPrintable(QString::number(shown.size())));
    }

    void shouldDropWorkRequestedBeforeAClear()
    {
        // GIVEN a render under way
        PreviewPane pane;
        pane.resize(480, 600);
        pane.show();
        QSignalSpy rendered(&pane, &PreviewPane::rendered);
        const quint64 dropped = pane.render(longArticle(u"Verworfen."_s), ExportOptions());
        // WHEN the preview is cleared (no article) and another article is rendered
        pane.clearPreview();
        const quint64 shown = pane.render(longArticle(u"Das nächste Stück."_s), ExportOptions());
        QTRY_COMPARE(pane.shownGeneration(), shown);
        // THEN only the last article was ever shown
        QVERIFY2(!generations(rendered).contains(dropped), qPrintable(QString::number(rendered.size())));
        QVERIFY2(pane.toPlainText().contains(u"Das nächste Stück."_s), qPrintable(pane.toPlainText().left(300)));
    }
};

QTEST_MAIN(PreviewPaneTest)
#include "previewpanetest.moc"
