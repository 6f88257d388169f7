#include "related/relatedlinkseditor.h"

#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class RelatedLinksEditorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldAddReorderAndRemoveExternalLinks()
    {
        // GIVEN an editor with one internal link
        RelatedLinksEditor editor(nullptr);
        editor.setLinks({RelatedLink{42, QUrl(), QString()}});
        QSignalSpy changed(&editor, &RelatedLinksEditor::linksChanged);
        // WHEN two external pages are added
        QVERIFY(editor.addExternal(u"https://www.vdv.de/"_s, u"VDV"_s));
        QVERIFY(editor.addExternal(u"example.org/seite"_s, QString()));
        // THEN they follow in order, the second completed to https with its host as title
        QList<RelatedLink> links = editor.links();
        QCOMPARE(links.size(), 3);
        QCOMPARE(links.at(1).title, u"VDV"_s);
        QCOMPARE(links.at(2).url.scheme(), u"https"_s); // typed without scheme: https (issue #12)
        QCOMPARE(links.at(2).title, u"example.org"_s);
        // WHEN the last one is moved up twice and the (now) second removed
        editor.linkList()->setCurrentRow(2);
        editor.moveCurrent(-1);
        editor.moveCurrent(-1);
        links = editor.links();
        QCOMPARE(links.at(0).title, u"example.org"_s);
        QCOMPARE(links.at(1).articleId, 42);
        editor.linkList()->setCurrentRow(1);
        editor.removeCurrent();
        // THEN the order is as arranged, and every change was signalled
        links = editor.links();
        QCOMPARE(links.size(), 2);
        QCOMPARE(links.at(0).title, u"example.org"_s);
        QCOMPARE(links.at(1).title, u"VDV"_s);
        QCOMPARE(changed.count(), 5);
    }

    void shouldRefuseUnsafeAddresses_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("robustness: javascript") << u"javascript:alert(1)"_s;
        QTest::newRow("robustness: file") << u"file:///etc/passwd"_s;
        QTest::newRow("robustness: mailto") << u"mailto:redaktion@example.org"_s;
        QTest::newRow("robustness: empty") << QString();
    }

    void shouldRefuseUnsafeAddresses()
    {
        QFETCH(QString, url);
        RelatedLinksEditor editor(nullptr);
        QVERIFY(!editor.addExternal(url, u"Titel"_s));
        QVERIFY(editor.links().isEmpty());
    }
};

QTEST_MAIN(RelatedLinksEditorTest)
#include "relatedlinkseditortest.moc"
