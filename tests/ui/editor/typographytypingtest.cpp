#include "../support/dialogstub.h"
#include "../support/typing.h"
#include "editor/articleform.h"
#include "editor/bodyeditor.h"
#include "editor/formlineedit.h"
#include "editor/typographytyping.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QTest>
#include <QTextDocument>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// Typography as you type (#17), through real key events in the article form: the body and the
// text fields, each language, undo of only the automatic change, the preference off.
namespace {
Article articleIn(const QString &language)
{
    Article article;
    article.id = 3;
    article.language = language;
    return article;
}

FormLineEdit *lineEdit(ArticleForm &form, ArticleField field)
{
    return qobject_cast<FormLineEdit *>(form.fieldWidget(field));
}

const QString nbsp = QString(QChar(0x00A0));
} // namespace

class TypographyTypingTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldTypesetTheBodyWhileTyping_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: German quotes") << u"de-DE"_s << u"Er sagte \"Grüß Gott\" und 'Maß'."_s
                                                << u"Er sagte „Grüß Gott“ und ‚Maß‘."_s;
        QTest::newRow("nominal: Austrian quotes") << u"de-AT"_s << u"\"Grüß Gott\""_s << u"„Grüß Gott“"_s;
        QTest::newRow("nominal: Swiss quotes") << u"de-CH"_s << u"\"Grüezi 'Müesli'\""_s << u"«Grüezi ‹Müesli›»"_s;
        QTest::newRow("nominal: English quotes") << u"en-US"_s << u"\"Don't 'go'\""_s << u"“Don’t ‘go’”"_s;
        QTest::newRow("nominal: apostrophe") << u"de-DE"_s << u"Wie geht's? Hans' Öl"_s << u"Wie geht’s? Hans’ Öl"_s;
        QTest::newRow("nominal: dash") << u"de-DE"_s << u"Größe - Maß"_s << (u"Größe"_s + nbsp + u"– Maß"_s);
        QTest::newRow("nominal: ellipsis") << u"de-DE"_s << u"Und dann Öl..."_s << u"Und dann Öl…"_s;
        QTest::newRow("nominal: percent") << u"de-DE"_s << u"um 10 % größer"_s << (u"um 10"_s + nbsp + u"% größer"_s);
        QTest::newRow("nominal: paragraph sign") << u"de-AT"_s << u"nach § 5 Straßen"_s
                                                 << (u"nach §"_s + nbsp + u"5 Straßen"_s);
        QTest::newRow("nominal: z. B.") << u"de-DE"_s << u"z. B. Äpfel"_s << (u"z."_s + nbsp + u"B. Äpfel"_s);
        QTest::newRow("nominal: date") << u"de-CH"_s << u"am 25. Oktober früh"_s
                                       << (u"am 25."_s + nbsp + u"Oktober früh"_s);
        QTest::newRow("robustness: URL") << u"de-DE"_s << u"siehe https://example.de/a-b...c?q=\"ß\" dort"_s
                                         << u"siehe https://example.de/a-b...c?q=\"ß\" dort"_s;
        QTest::newRow("robustness: digit apostrophe") << u"de-DE"_s << u"die '90er, Maß 5'"_s << u"die ’90er, Maß 5’"_s;
        QTest::newRow("robustness: unit letter starting a word") << u"de-DE"_s << u"um 10 mal größer"_s
                                                                 << u"um 10 mal größer"_s;
    }

    void shouldTypesetTheBodyWhileTyping()
    {
        QFETCH(QString, language);
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        // GIVEN an empty article in the given language
        DialogStub dialogs;
        ArticleForm form(nullptr, &dialogs);
        form.setArticle(articleIn(language));
        // WHEN the journalist types into the body
        Typing::type(form.bodyEditor(), typed);
        // THEN the text is set as the export would set it
        const QString text = form.bodyEditor()->document()->toRawText();
        QVERIFY2(text == expected, qPrintable(u"got %1"_s.arg(text)));
    }

    void shouldTypesetEveryTextField_data()
    {
        QTest::addColumn<ArticleField>("field");
        QTest::newRow("nominal: kicker") << ArticleField::Kicker;
        QTest::newRow("nominal: headline") << ArticleField::Headline;
        QTest::newRow("nominal: teaser") << ArticleField::Teaser;
        QTest::newRow("nominal: caption") << ArticleField::PhotoCaption;
        QTest::newRow("nominal: credit") << ArticleField::PhotoCredit;
        QTest::newRow("nominal: alt text") << ArticleField::PhotoAlt;
    }

    void shouldTypesetEveryTextField()
    {
        QFETCH(ArticleField, field);
        DialogStub dialogs;
        ArticleForm form(nullptr, &dialogs);
        form.setArticle(articleIn(u"de-DE"_s));
        FormLineEdit *edit = lineEdit(form, field);
        QVERIFY(edit);
        Typing::type(edit, u"\"Größe\" - 10 %..."_s);
        QCOMPARE(edit->text(), u"„Größe“"_s + nbsp + u"– 10"_s + nbsp + u"%…"_s);
    }

    void shouldFollowALanguageChange()
    {
        DialogStub dialogs;
        ArticleForm form(nullptr, &dialogs);
        form.setArticle(articleIn(u"de-DE"_s));
        form.typographyTyping()->setLanguage(u"de-CH"_s);
        Typing::type(form.bodyEditor(), u"\"Grüezi\""_s);
        QCOMPARE(form.bodyEditor()->document()->toRawText(), u"«Grüezi»"_s);
    }

    void shouldUndoOnlyTheAutomaticChangeInTheBody_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("afterUndo");
        QTest::newRow("nominal: quote") << u"Er sagte \""_s << u"Er sagte \""_s;
        QTest::newRow("nominal: no-break space") << u"Maß 10 %"_s << u"Maß 10 %"_s;
        QTest::newRow("nominal: ellipsis") << u"Grüße..."_s << u"Grüße..."_s;
    }

    void shouldUndoOnlyTheAutomaticChangeInTheBody()
    {
        QFETCH(QString, typed);
        QFETCH(QString, afterUndo);
        DialogStub dialogs;
        ArticleForm form(nullptr, &dialogs);
        form.setArticle(articleIn(u"de-DE"_s));
        BodyEditor *body = form.bodyEditor();
        Typing::type(body, typed);
        QVERIFY2(body->document()->toRawText() != typed, qPrintable(body->document()->toRawText()));
        // WHEN Ctrl+Z is pressed right after the automatic change
        QTest::keyClick(body, Qt::Key_Z, Qt::ControlModifier);
        // THEN only the change is gone, the typed character stays
        QCOMPARE(body->document()->toRawText(), afterUndo);
        // AND typing on does not set it again
        Typing::type(body, u" ü"_s);
        QCOMPARE(body->document()->toRawText(), afterUndo + u" ü"_s);
    }

    void shouldUndoOnlyTheAutomaticChangeInAField()
    {
        DialogStub dialogs;
        ArticleForm form(nullptr, &dialogs);
        form.setArticle(articleIn(u"de-DE"_s));
        FormLineEdit *headline = lineEdit(form, ArticleField::Headline);
        Typing::type(headline, u"Straße \""_s);
        QCOMPARE(headline->text(), u"Straße „"_s);
        form.undoStack()->undo();
        QCOMPARE(headline->text(), u"Straße \""_s);
        form.undoStack()->undo();
        QCOMPARE(headline->text(), QString());
    }

    void shouldLeaveTypingAloneWhenSwitchedOff()
    {
        DialogStub dialogs;
        ArticleForm form(nullptr, &dialogs);
        form.setArticle(articleIn(u"de-DE"_s));
        form.typographyTyping()->setEnabled(false);
        const QString typed = u"\"Größe\" - 10 %..."_s;
        Typing::type(form.bodyEditor(), typed);
        Typing::type(lineEdit(form, ArticleField::Kicker), typed);
        QCOMPARE(form.bodyEditor()->document()->toRawText(), typed);
        QCOMPARE(lineEdit(form, ArticleField::Kicker)->text(), typed);
    }

    void shouldLeavePastedTextAlone()
    {
        DialogStub dialogs;
        ArticleForm form(nullptr, &dialogs);
        form.setArticle(articleIn(u"de-DE"_s));
        const QString pasted = u"\"Größe\" - 10 %..."_s;
        QGuiApplication::clipboard()->setText(pasted);
        QTest::keyClick(form.bodyEditor(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(form.bodyEditor()->document()->toRawText(), pasted);
    }
};

QTEST_MAIN(TypographyTypingTest)
#include "typographytypingtest.moc"
