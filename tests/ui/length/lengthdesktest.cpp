#include "../support/dialogstub.h"
#include "actions/appactions.h"
#include "editor/articleform.h"
#include "editor/bodyeditor.h"
#include "editor/formlineedit.h"
#include "editor/lengthcounter.h"
#include "preferences/preferencesdialog.h"
#include "settings/appsettings.h"
#include "validation/checklistpanel.h"
#include "editor/typographytyping.h"
#include "length/lengthtargeteditor.h"
#include "length/lengthtargetlabel.h"
#include "mainwindow.h"
#include "settings/newsroomsettings.h"
#include "storage/repositoryfactory.h"
#include "text/articlelength.h"
#include "text/hyphenator.h"
#include "text/linecounter.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QMimeData>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextOption>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// The copy desk's tools as a journalist meets them in the window: the newsroom's hard limit
// keeps an article from Published, the target editor drives the status bar, View → Show
// Invisible Characters reaches every field, and pasted text gets typography when asked.
class LengthDeskTest : public QObject
{
    Q_OBJECT

    struct Desk {
        QTemporaryDir dir;
        RepositoryOpening opening;
        DialogStub dialogs;
        std::unique_ptr<MainWindow> window;
        qint64 id = 0;
    };

    static bool open(Desk &desk, const Article &article, const QMap<QString, QString> &newsroom = {})
    {
        desk.opening = RepositoryFactory::open(desk.dir.filePath(u"news.sqlite"_s));
        if (!desk.opening.repository || !desk.opening.repository->setNewsroomSettings(newsroom))
            return false;
        const SaveResult saved = desk.opening.repository->save(article, 0);
        desk.id = saved.id;
        desk.window = std::make_unique<MainWindow>(desk.opening.repository.get(), &desk.dialogs);
        desk.window->show();
        return saved.ok() && QTest::qWaitForWindowExposed(desk.window.get()) && desk.window->openArticle(saved.id);
    }

private Q_SLOTS:
    void shouldRefusePublishedOverAHardLimitAndSayByHowMuch()
    {
        // GIVEN a newsroom with a hard headline limit of 30 and a headline of 33 characters
        Desk desk;
        Article article;
        article.headline = u"Straßenbahn fährt über die Brücke"_s;
        article.status = ArticleStatus::Approved;
        QVERIFY(open(desk, article, {{u"limits/headline"_s, u"25/30"_s}}));
        auto *status = qobject_cast<QComboBox *>(desk.window->form()->fieldWidget(ArticleField::Status));
        QVERIFY(status);
        // WHEN the journalist sets it to Published
        status->setCurrentIndex(status->findData(int(ArticleStatus::Published)));
        // THEN the form refuses, says by how much, and keeps Approved
        QCOMPARE(desk.dialogs.warnings.size(), 1);
        QVERIFY2(desk.dialogs.warnings.first().contains(u"33 characters, 3 more"_s), qPrintable(desk.dialogs.warnings.first()));
        QCOMPARE(ArticleStatus(status->currentData().toInt()), ArticleStatus::Approved);
        QCOMPARE(desk.window->form()->article().status, ArticleStatus::Approved);
        // AND after shortening the headline it can be published
        auto *headline = qobject_cast<FormLineEdit *>(desk.window->form()->fieldWidget(ArticleField::Headline));
        headline->setPlainText(u"Straßenbahn fährt über Brücke"_s);
        status->setCurrentIndex(status->findData(int(ArticleStatus::Published)));
        QCOMPARE(desk.dialogs.warnings.size(), 1);
        QCOMPARE(desk.window->form()->article().status, ArticleStatus::Published);
    }

    void shouldShowTheTargetVerdictWhileTheTargetIsEdited()
    {
        // GIVEN an article of 7 words, with umlauts, ß, an emoji and a combining accent
        Desk desk;
        Article article;
        article.headline = u"Ziel"_s;
        article.bodyHtml = u"<p>Grüße aus Köln 🎉: Cafe\u0301 schließt heute früh.</p>"_s;
        QVERIFY(open(desk, article));
        auto *label = desk.window->findChild<LengthTargetLabel *>();
        QVERIFY(label);
        QVERIFY(label->isHidden());
        // WHEN the journalist sets a target of 10 words
        LengthTargetEditor *editor = desk.window->form()->lengthTargetEditor();
        editor->unitCombo()->setCurrentIndex(editor->unitCombo()->findData(int(LengthTarget::Unit::Words)));
        editor->amountBox()->setValue(10);
        // THEN the status bar says 3 more words are needed (English source text, no translation loaded)
        QTRY_VERIFY2(label->isVisible() && label->text().contains(u"3 more word"_s), qPrintable(label->text()));
        // AND with a tolerance of 3 the article is on target
        editor->toleranceBox()->setValue(3);
        QTRY_VERIFY2(label->text().contains(u"On target: 7 of 10"_s), qPrintable(label->text()));
        // AND the target is part of the article, undoable like any field
        QCOMPARE(desk.window->form()->article().target, (LengthTarget{LengthTarget::Unit::Words, 10, 3}));
        desk.window->form()->undoStack()->undo();
        QCOMPARE(desk.window->form()->article().target.tolerance, 0);
    }

    void shouldMarkInvisibleCharactersInEveryField()
    {
        Desk desk;
        Article article;
        article.headline = u"10\u00a0% mehr"_s;
        article.bodyHtml = u"<p>z.&nbsp;B. Trans\u00adformator</p>"_s;
        QVERIFY(open(desk, article));
        QAction *action = desk.window->actions()->showInvisibles;
        QVERIFY(action->isCheckable());
        const auto shown = [&](QTextDocument *document) {
            return document->defaultTextOption().flags().testFlag(QTextOption::ShowTabsAndSpaces)
                && document->defaultTextOption().flags().testFlag(QTextOption::ShowLineAndParagraphSeparators);
        };
        auto *headline = qobject_cast<FormLineEdit *>(desk.window->form()->fieldWidget(ArticleField::Headline));
        QVERIFY(!shown(headline->document()));
        action->setChecked(true);
        QVERIFY(shown(headline->document()));
        QVERIFY(shown(desk.window->form()->bodyEditor()->document()));
        auto *caption = qobject_cast<FormLineEdit *>(desk.window->form()->fieldWidget(ArticleField::PhotoCaption));
        QVERIFY(caption && shown(caption->document()));
        // The window repaints with the marks drawn (no crash, the no-break space is kept).
        QVERIFY(!desk.window->grab().isNull());
        QCOMPARE(desk.window->form()->article().headline, u"10\u00a0% mehr"_s);
        action->setChecked(false);
        QVERIFY(!shown(desk.window->form()->bodyEditor()->document()));
    }

    void shouldTypesetPastedTextWhenAskedAsAStepOfItsOwn()
    {
        Desk desk;
        Article article;
        article.headline = u"Paste"_s;
        article.bodyHtml = u"<p>Vorher.</p>"_s;
        QVERIFY(open(desk, article));
        BodyEditor *body = desk.window->form()->bodyEditor();
        auto *mime = new QMimeData;
        mime->setText(u"Er sagte \"Grüß Gott\" - und ging..."_s);
        QTextCursor cursor(body->document());
        cursor.movePosition(QTextCursor::End);
        body->setTextCursor(cursor);
        // WHEN pasting without the preference: the text stays as it came
        QGuiApplication::clipboard()->setMimeData(mime);
        body->paste();
        QVERIFY2(body->document()->toPlainText().contains(u"\"Grüß Gott\" - und ging..."_s), qPrintable(body->document()->toPlainText()));
        // WHEN pasting with it
        desk.window->form()->typographyTyping()->setOnPaste(true);
        body->paste();
        const QString typeset = u"„Grüß Gott“ – und ging…"_s;
        QVERIFY2(body->document()->toPlainText().contains(typeset), qPrintable(body->document()->toPlainText()));
        // AND one Ctrl+Z takes back only the typography
        body->undo();
        QVERIFY2(!body->document()->toPlainText().contains(typeset), qPrintable(body->document()->toPlainText()));
        QCOMPARE(body->document()->toPlainText().count(u"\"Grüß Gott\" - und ging..."_s), 2);
    }

    void shouldApplyNewsroomSettingsChangedInPreferencesToTheOpenArticle()
    {
        // GIVEN an open article with a 33-character headline, within the default limits
        Desk desk;
        AppSettings settings;
        Article article;
        article.headline = u"Straßenbahn fährt über die Brücke"_s;
        article.bodyHtml = u"<p>Die Stadt baut.</p>"_s;
        QVERIFY(open(desk, article));
        desk.window->setSettings(&settings);
        LengthCounter *counter = desk.window->form()->counter(ArticleField::Headline);
        QCOMPARE(counter->limit(), 90);
        const auto headlineFindings = [&desk] {
            int count = 0;
            for (const ChecklistFinding &finding : desk.window->checklist()->findings())
                count += finding.field == u"headline"_s ? 1 : 0;
            return count;
        };
        QTRY_COMPARE(headlineFindings(), 0);

        // WHEN the newsroom's recommended headline length becomes 25 in Preferences → Newsroom
        desk.window->actions()->preferences->trigger();
        auto *dialog = qobject_cast<PreferencesDialog *>(desk.window->lastDialog());
        QVERIFY(dialog);
        auto *recommended = dialog->findChild<QSpinBox *>(u"headlineRecommended"_s);
        QVERIFY(recommended);
        recommended->setValue(25);
        dialog->accept();

        // THEN the open article's counter and checklist follow at once, without reopening it
        QCOMPARE(counter->limit(), 25);
        QVERIFY(counter->isOverLimit());
        QTRY_COMPARE(headlineFindings(), 1);
        // AND the stored newsroom settings carry it for everyone
        QCOMPARE(desk.opening.repository->newsroomSettings().value_or(QMap<QString, QString>()).value(u"limits/headline"_s)
                     .section(u'/', 0, 0),
                 u"25"_s);
        desk.window->setSettings(nullptr);
    }

    void shouldCountZeilenAtTheColumnWidthSetOnTheNewsroomPage()
    {
        // GIVEN an open German article whose length target is the Zeilen it fills at 34 characters,
        // and a personal width of 60 an earlier build left in the preferences file
        QSettings().setValue(u"copydesk/lineColumns"_s, 60);
        AppSettings settings;
        const Hyphenator hyphenator(Hyphenator::patternFileFor(u"de-DE"_s));
        QVERIFY2(hyphenator.isValid(), qPrintable(hyphenator.errorString()));
        Desk desk;
        Article article;
        article.headline = u"Übergang"_s;
        article.bodyHtml = u"<p>Die Stadt Köln will die Übergangsfinanzierung für die Straßenbahn bis zum "
                           u"25.&nbsp;Oktober beschließen.</p><p>Der Kämmerer sprach von einer „schwierigen, "
                           u"aber lösbaren“ Aufgabe; 4,5&nbsp;Millionen Euro fehlen.</p>"_s;
        const auto zeilen = [&](int columns) {
            const LineCounter lines(columns, &hyphenator);
            return ArticleLength::measure(article, &lines).total().lines;
        };
        const int at34 = zeilen(34);
        const int at28 = zeilen(28);
        QVERIFY2(at28 > at34 && at34 != zeilen(60), qPrintable(u"%1 / %2"_s.arg(at28).arg(at34)));
        article.target = {LengthTarget::Unit::Lines, at34, 0};
        QVERIFY(open(desk, article));
        desk.window->setHyphenator(&hyphenator);
        desk.window->setSettings(&settings);
        // THEN the status bar counts at the newsroom's 34, not the personal 60, and is on target
        const QString before = u", %1 line"_s.arg(at34);
        QTRY_VERIFY2(desk.window->statusText().contains(before), qPrintable(desk.window->statusText() + u" / "_s + before));
        auto *target = desk.window->findChild<LengthTargetLabel *>();
        QTRY_VERIFY2(target->text().contains(u"On target"_s), qPrintable(target->text()));

        // WHEN the copy desk sets a 28-character column on the Newsroom page
        desk.window->actions()->preferences->trigger();
        auto *dialog = qobject_cast<PreferencesDialog *>(desk.window->lastDialog());
        QVERIFY(dialog);
        auto *columns = dialog->findChild<QSpinBox *>(u"lineColumns"_s);
        QVERIFY(columns);
        QCOMPARE(columns->value(), 34);
        columns->setValue(28);
        dialog->accept();

        // THEN the open editor counts the same text at 28 at once: status bar, target and checklist
        const QString after = u", %1 line"_s.arg(at28);
        QTRY_VERIFY2(desk.window->statusText().contains(after), qPrintable(desk.window->statusText() + u" / "_s + after));
        const QRegularExpression tooLong(u"\\b%1 line\\S* too long"_s.arg(at28 - at34));
        QTRY_VERIFY2(target->text().contains(tooLong), qPrintable(target->text()));
        const auto findings = [&desk] {
            QStringList messages;
            for (const ChecklistFinding &finding : desk.window->checklist()->findings())
                messages.append(finding.message);
            return messages.join(u" | "_s);
        };
        QTRY_VERIFY2(findings().contains(u"(%1 now)"_s.arg(at28)), qPrintable(findings()));
        // AND the database carries the width for everyone
        QCOMPARE(desk.opening.repository->newsroomSettings().value_or(QMap<QString, QString>()).value(u"copydesk/lineColumns"_s),
                 u"28"_s);
        desk.window->setSettings(nullptr);
        QSettings().remove(u"copydesk/lineColumns"_s);
    }
};

QTEST_MAIN(LengthDeskTest)
#include "lengthdesktest.moc"
