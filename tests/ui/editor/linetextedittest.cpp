#include "editor/linetextedit.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace {
// QTest::keyClicks() only knows ASCII; umlauts and ß arrive as key events with their text,
// as from a German keyboard.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}
} // namespace

// A small form like the editor's: headline (LineTextEdit), then a second field.
class Form : public QWidget
{
public:
    Form()
    {
        auto *layout = new QVBoxLayout(this);
        headline = new LineTextEdit(this);
        headline->setPlaceholderText(u"Überschrift"_s);
        next = new QLineEdit(this);
        layout->addWidget(headline);
        layout->addWidget(next);
    }
    LineTextEdit *headline;
    QLineEdit *next;
};

class LineTextEditTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldMoveFocusOnEnterWithoutNewline_data()
    {
        QTest::addColumn<int>("key");
        QTest::newRow("nominal: Return") << int(Qt::Key_Return);
        QTest::newRow("nominal: Enter on the keypad") << int(Qt::Key_Enter);
    }

    void shouldMoveFocusOnEnterWithoutNewline()
    {
        // GIVEN a form with the headline focused
        QFETCH(int, key);
        Form form;
        form.show();
        QVERIFY(QTest::qWaitForWindowActive(&form));
        form.headline->setFocus();
        QTRY_VERIFY(form.headline->hasFocus());
        QSignalSpy returned(form.headline, &LineTextEdit::returnPressed);
        QSignalSpy finished(form.headline, &LineTextEdit::editingFinished);
        // WHEN German words are typed and Enter pressed
        typeText(form.headline, u"Größere Straßenbahn für Köln"_s);
        QTest::keyClick(form.headline, Qt::Key(key));
        // THEN there is no newline, focus moved on, and the line-edit signals came
        QCOMPARE(form.headline->text(), u"Größere Straßenbahn für Köln"_s);
        QCOMPARE(form.headline->document()->blockCount(), 1);
        QTRY_VERIFY(form.next->hasFocus());
        QCOMPARE(returned.count(), 1);
        QCOMPARE(finished.count(), 1);
    }

    void shouldTypeUmlautsThroughKeyEvents()
    {
        // GIVEN an empty field
        LineTextEdit edit;
        // WHEN umlauts and ß are sent as single key events
        QTest::sendKeyEvent(QTest::Click, &edit, Qt::Key_unknown, u"ä"_s, Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Click, &edit, Qt::Key_unknown, u"ß"_s, Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Click, &edit, Qt::Key_unknown, u"Ü"_s, Qt::ShiftModifier);
        // THEN they arrive as typed
        QCOMPARE(edit.text(), u"äßÜ"_s);
    }

    void shouldFoldPastedNewlinesIntoSpaces_data()
    {
        QTest::addColumn<QString>("pasted");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nominal: two lines") << u"Erste Zeile\nzweite Zeile"_s << u"Erste Zeile zweite Zeile"_s;
        QTest::newRow("nominal: Windows line ends") << u"Bund\r\nLänder"_s << u"Bund Länder"_s;
        QTest::newRow("robustness: blank lines") << u"Ä\n\n\nÖ"_s << u"Ä Ö"_s;
        QTest::newRow("robustness: paragraph separator") << u"Süd\u2029Nord"_s << u"Süd Nord"_s;
    }

    void shouldFoldPastedNewlinesIntoSpaces()
    {
        // GIVEN a field and a clipboard text with line breaks
        QFETCH(QString, pasted);
        QFETCH(QString, expected);
        LineTextEdit edit;
        QApplication::clipboard()->setText(pasted);
        // WHEN it is pasted
        edit.paste();
        // THEN it is one line
        QCOMPARE(edit.text(), expected);
        QCOMPARE(edit.document()->blockCount(), 1);
    }

    void shouldFoldNewlinesInSetText()
    {
        // GIVEN a field
        LineTextEdit edit;
        QSignalSpy edited(&edit, &LineTextEdit::textEdited);
        QSignalSpy changed(&edit, &QPlainTextEdit::textChanged);
        // WHEN text with a newline is set by the program
        edit.setText(u"Dachzeile\nmit Umbruch"_s);
        // THEN it is one line, textChanged came but textEdited (user edits only) did not
        QCOMPARE(edit.text(), u"Dachzeile mit Umbruch"_s);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(edited.count(), 0);
    }

    void shouldBehaveLikeLineEdit()
    {
        // GIVEN a field
        LineTextEdit edit;
        QLineEdit reference;
        // THEN it is one line tall, without scroll bars, Tab moves focus
        QVERIFY(edit.tabChangesFocus());
        QCOMPARE(edit.verticalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
        QCOMPARE(edit.horizontalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
        QVERIFY2(edit.height() < 2 * edit.fontMetrics().lineSpacing() + 12,
                 qPrintable(u"height %1, line %2"_s.arg(edit.height()).arg(edit.fontMetrics().lineSpacing())));
        QVERIFY2(edit.height() <= reference.sizeHint().height() + 8,
                 qPrintable(u"height %1, QLineEdit %2"_s.arg(edit.height()).arg(reference.sizeHint().height())));
        QCOMPARE(edit.placeholderText(), QString());
    }

    void shouldUndoTyping()
    {
        // GIVEN a field with text typed by the journalist
        LineTextEdit edit;
        edit.setText(u"Dachzeile"_s);
        typeText(&edit, u" für Köln"_s);
        // WHEN undo is used
        edit.undo();
        // THEN the typing is undone, like in a line edit
        QCOMPARE(edit.text(), u"Dachzeile"_s);
    }

    void shouldMoveFocusOnTab()
    {
        // GIVEN a form with the headline focused
        Form form;
        form.show();
        QVERIFY(QTest::qWaitForWindowActive(&form));
        form.headline->setFocus();
        QTRY_VERIFY(form.headline->hasFocus());
        // WHEN Tab is pressed
        QTest::keyClick(form.headline, Qt::Key_Tab);
        // THEN focus moved on and no tab character was typed
        QTRY_VERIFY(form.next->hasFocus());
        QCOMPARE(form.headline->text(), QString());
    }
};

QTEST_MAIN(LineTextEditTest)
#include "linetextedittest.moc"
