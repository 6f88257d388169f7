#include "../support/dialogstub.h"
#include "../support/typing.h"
#include "body/bodydocument.h"
#include "editor/articleform.h"
#include "editor/bodyeditor.h"
#include "editor/formlineedit.h"
#include "editor/lengthcounter.h"
#include "photo/photopanel.h"

#include <QBuffer>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QDateTimeEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {
Article sampleArticle()
{
    Article a;
    a.id = 7;
    a.revision = 3;
    a.section = u"Politik"_s;
    a.kicker = u"Haushalt"_s;
    a.headline = u"Übergangsfinanzierung für Straßen beschlossen"_s;
    a.teaser = u"Der Rat gibt 48 Millionen Euro frei."_s;
    a.bodyHtml = BodyDocument::sanitize(u"<p>Erster Absatz mit <strong>fett</strong>.</p>\n<h2>Zwischenüberschrift</h2>\n"
                 u"<blockquote><p>„Zitat“</p></blockquote>\n<ul>\n<li>eins</li>\n</ul>"_s);
    a.authors = {u"Jana Lindqvist"_s, u"Tobias Reinhardt"_s};
    a.dateline = u"Musterstadt"_s;
    a.published = QDateTime(QDate(2024, 10, 25), QTime(8, 15), QTimeZone::UTC);
    a.status = ArticleStatus::Approved;
    a.tags = {u"Straßenbahn"_s, u"Stadtrat"_s};
    a.photo.caption = u"Bildunterschrift"_s;
    a.related = {RelatedLink{0, QUrl(u"https://example.org/"_s), u"Beispiel"_s}};
    return a;
}

FormLineEdit *lineEdit(ArticleForm &form, ArticleField field)
{
    return qobject_cast<FormLineEdit *>(form.fieldWidget(field));
}
} // namespace

class ArticleFormTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldCountCharactersWhileTypingUmlauts_data()
    {
        QTest::addColumn<ArticleField>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("counter");
        QTest::newRow("nominal: kicker") << ArticleField::Kicker << u"Übergangsfinanzierung für Straßen"_s
                                         << u"33/40"_s;
        QTest::newRow("nominal: headline") << ArticleField::Headline << u"Übergangsfinanzierung für Straßen"_s
                                           << u"33/90"_s;
        QTest::newRow("nominal: teaser") << ArticleField::Teaser << u"Größere Schäden, weniger Geld"_s
                                         << u"29/300"_s;
        QTest::newRow("nominal: alt text") << ArticleField::PhotoAlt << u"Blick über die Brücke"_s
                                           << u"21/150"_s;
    }

    void shouldCountCharactersWhileTypingUmlauts()
    {
        QFETCH(ArticleField, field);
        QFETCH(QString, text);
        QFETCH(QString, counter);
        // GIVEN an empty article in the form
        DialogStub dialogs;
        ArticleForm form(nullptr, &dialogs);
        form.setArticle(Article());
        FormLineEdit *edit = lineEdit(form, field);
        QVERIFY(edit);
        // WHEN the journalist types, umlauts and ß included
        Typing::type(edit, text);
        // THEN the field holds the text and the counter follows live
        QCOMPARE(edit->text(), text);
        QCOMPARE(form.counter(field)->text(), counter);
        QVERIFY(!form.counter(field)->isOverLimit());
    }

    void shouldRecordALanguageChangeAsSuch()
    {
        // GIVEN a German article in the form
        DialogStub dialogs;
        ArticleForm form(nullptr, &dialogs);
        form.setArticle(sampleArticle());
        QComboBox *language = form.languageCombo();
        // WHEN the journalist picks English
        language->setCurrentIndex(language->findData(u"en-US"_s));
        // THEN Edit → Undo names a language change (not a status change), and undoing it
        // brings German back
        QCOMPARE(form.undoStack()->count(), 1);
        QCOMPARE(form.undoStack()->undoText(), u"Change language"_s);
        QCOMPARE(form.article().language, u"en-US"_s);
        form.undoStack()->undo();
        QCOMPARE(form.article().language, u"de-DE"_s);
    }

    void shouldTurnRedOverTheLimitWithoutBlockingTyping()
    {
        // GIVEN a kicker one character short of its limit of 40
        DialogStub dialogs;
        ArticleForm form(nullptr, &dialogs);
        Article article;
        article.kicker = QString(39, u'a');
        form.setArticle(article);
        LengthCounter *counter = form.counter(ArticleField::Kicker);
        QCOMPARE(counter->text(), u"39/40"_s);
        QVERIFY(counter->styleSheet().isEmpty());
        // WHEN two more characters are typed
        FormLineEdit *kicker = lineEdit(form, ArticleField::Kicker);
        kicker->moveCursor(QTextCursor::End);
        Typing::type(kicker, u"äß"_s);
        // THEN both are in the field, and the counter is red
        QCOMPARE(kicker->text().size(), 41);
        QCOMPARE(counter->text(), u"41/40"_s);
        QVERIFY(counter->isOverLimit());
        QVERIFY2(counter->styleSheet().contains(u"color"_s), qPrintable(counter->styleSheet()));
    }

    void shouldMapEveryFieldBothWays()
    {
        // GIVEN an article with every field set
        DialogStub dialogs;
        ArticleForm form(nullptr, &dialogs);
        const Article original = sampleArticle();
        // WHEN it is shown and read back
        form.setArticle(original);
        const Article back = form.article();
        // THEN nothing is lost or changed
        QCOMPARE(back.id, original.id);
        QCOMPARE(back.revision, original.revision);
        QCOMPARE(back.section, original.section);
        QCOMPARE(back.kicker, original.kicker);
        QCOMPARE(back.headline, original.headline);
        QCOMPARE(back.teaser, original.teaser);
        QCOMPARE(back.bodyHtml, original.bodyHtml);
        QCOMPARE(back.authors, original.authors);
        QCOMPARE(back.dateline, original.dateline);
        QCOMPARE(back.published, original.published);
        QCOMPARE(back.status, original.status);
        QCOMPARE(back.tags, original.tags);
        QCOMPARE(back.photo, original.photo);
        QCOMPARE(back.related, original.related);
        QVERIFY(back == original);
    }

    void shouldShowThePublicationTimeInBerlinTime()
    {
        // GIVEN 08:15 UTC on 25 October 2024 (summer time in Berlin)
        DialogStub dialogs;
        ArticleForm form(nullptr, &dialogs);
        form.setArticle(sampleArticle());
        auto *edit = qobject_cast<QDateTimeEdit *>(form.fieldWidget(ArticleField::Published));
        QVERIFY(edit);
        // THEN the form shows German notation in Berlin time
        QCOMPARE(edit->text(), u"25.10.2024 10:15"_s);
    }

    void shouldUndoAndRedoFieldEditsMergingTypingPerField()
    {
        // GIVEN an article in the form
        DialogStub dialogs;
        ArticleForm form(nullptr, &dialogs);
        form.setArticle(sampleArticle());
        QUndoStack *stack = form.undoStack();
        QCOMPARE(stack->count(), 0);
        FormLineEdit *headline = lineEdit(form, ArticleField::Headline);
        FormLineEdit *kicker = lineEdit(form, ArticleField::Kicker);
        // WHEN the headline is typed into, then the kicker, then the section changed
        headline->moveCursor(QTextCursor::End);
        Typing::type(headline, u" – nach Streit"_s);
        kicker->moveCursor(QTextCursor::End);
        Typing::type(kicker, u" 2025"_s);
        auto *section = qobject_cast<QComboBox *>(form.fieldWidget(ArticleField::Section));
        section->setCurrentText(u"Lokales"_s);
        // THEN each field's typing is one undo step
        QCOMPARE(stack->count(), 3);
        // WHEN undone step by step
        stack->undo();
        QCOMPARE(form.article().section, u"Politik"_s);
        stack->undo();
        QCOMPARE(kicker->text(), u"Haushalt"_s);
        QCOMPARE(form.article().headline, u"Übergangsfinanzierung für Straßen beschlossen – nach Streit"_s);
        stack->undo();
        QCOMPARE(headline->text(), u"Übergangsfinanzierung für Straßen beschlossen"_s);
        // AND redone
        stack->redo();
        stack->redo();
        QCOMPARE(headline->text(), u"Übergangsfinanzierung für Straßen beschlossen – nach Streit"_s);
        QCOMPARE(kicker->text(), u"Haushalt 2025"_s);
        QCOMPARE(form.article().section, u"Politik"_s);
        // AND undo and redo never touched the body
        QCOMPARE(form.article().bodyHtml, sampleArticle().bodyHtml);
    }

    void shouldUndoAPhotoChangeAndRelatedLinks()
    {
        // GIVEN an article whose photo is then removed
        DialogStub dialogs;
        ArticleForm form(nullptr, &dialogs);
        Article article = sampleArticle();
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(Qt::red);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        article.photo.data = png;
        article.photo.mimeType = u"image/png"_s;
        article.photo.width = 8;
        article.photo.height = 8;
        form.setArticle(article);
        form.photoPanel()->removePhoto();
        QVERIFY(form.article().photo.isEmpty());
        // WHEN undone (on the side panel's history: photo and links, issue #12)
        form.sideUndoStack()->undo();
        // THEN the photo is back
        QCOMPARE(form.article().photo.data, png);
    }

    void shouldSignalEditsButNotLoading()
    {
        DialogStub dialogs;
        ArticleForm form(nullptr, &dialogs);
        QSignalSpy edited(&form, &ArticleForm::edited);
        form.setArticle(sampleArticle());
        QCOMPARE(edited.count(), 0);
        form.bodyEditor()->moveCursor(QTextCursor::End);
        Typing::type(form.bodyEditor(), u"ü"_s);
        QVERIFY(edited.count() > 0);
    }

    void shouldKeepTheHeadlineOnOneLine()
    {
        // GIVEN the headline field
        DialogStub dialogs;
        ArticleForm form(nullptr, &dialogs);
        form.setArticle(Article());
        FormLineEdit *headline = lineEdit(form, ArticleField::Headline);
        // WHEN Enter is pressed and a two-line text is pasted
        Typing::type(headline, u"Eins"_s);
        QTest::keyClick(headline, Qt::Key_Return);
        QGuiApplication::clipboard()->setText(u" zwei\ndrei"_s);
        headline->moveCursor(QTextCursor::End);
        headline->paste();
        // THEN no newline got in
        QVERIFY2(!headline->text().contains(u'\n'), qPrintable(headline->text()));
        QCOMPARE(headline->text(), u"Eins zwei drei"_s);
    }
};

QTEST_MAIN(ArticleFormTest)
#include "articleformtest.moc"
