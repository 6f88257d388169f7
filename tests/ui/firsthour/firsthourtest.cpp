#include "actions/appactions.h"
#include "articlelist/articlelistmodel.h"
#include "articlelist/articlelistpanel.h"
#include "articlelist/articletableview.h"
#include "articlestatustext.h"
#include "editor/articleform.h"
#include "session/autosaver.h"
#include "editor/bodyeditor.h"
#include "editor/formlineedit.h"
#include "export/exportcontroller.h"
#include "history/historypanel.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "photo/photopanel.h"
#include "preview/previewpane.h"
#include "related/relatedlinkseditor.h"
#include "settings/appsettings.h"
#include "spelling/spellchecker.h"
#include "spelling/spellcheckdialog.h"
#include "spelling/spellhighlighter.h"
#include "storage/repositoryfactory.h"
#include "../support/dialogstub.h"
#include "../support/typing.h"
#include "testenvironment.h"
#include "validation/checklistpanel.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QUndoStack>

#include <memory>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
// The editor as main.cpp wires it, on a SQLite file that outlives the window, so that a test
// can quit and start again: preferences, the real spell checker when asked, the dialog stub.
struct Desk {
    QString path;
    AppSettings settings;
    std::unique_ptr<ArticleRepository> repository;
    std::unique_ptr<SpellChecker> checker;
    DialogStub dialogs;
    std::unique_ptr<MainWindow> window;

    Desk(const QString &file, bool samples, bool spelling = false)
        : path(file)
    {
        dialogs.questionAnswer = samples;
        if (spelling)
            checker = std::make_unique<SpellChecker>(u"de_DE"_s, TestEnvironment::home() + u"/personal.txt"_s);
        start();
    }

    ~Desk() { window.reset(); }

    void start()
    {
        RepositoryOpening opening = RepositoryFactory::open(path);
        repository = std::move(opening.repository);
        window = std::make_unique<MainWindow>(repository.get(), &dialogs);
        window->setSettings(&settings);
        if (checker)
            window->setSpellChecker(checker.get());
        window->resize(1366, 720);
        window->show();
        window->start();
    }

    // Strg+Q, then the next start of the editor on the same database.
    void quitAndRestart()
    {
        window->actions()->quit->trigger();
        window.reset();
        repository.reset();
        start();
    }

    [[nodiscard]] ArticleForm *form() const { return window->form(); }
    [[nodiscard]] FormLineEdit *field(ArticleField f) const
    {
        return qobject_cast<FormLineEdit *>(form()->fieldWidget(f));
    }
    [[nodiscard]] QString listHeadline(qint64 id) const
    {
        ArticleListModel *model = window->articleList()->model();
        return model->data(model->index(model->rowOf(id), ArticleListModel::Headline)).toString();
    }
    // A click on the article's row, as the journalist picks it.
    void clickArticle(qint64 id) const
    {
        ArticleTableView *view = window->articleList()->view();
        ArticleListModel *model = window->articleList()->model();
        const QModelIndex index = model->index(model->rowOf(id), ArticleListModel::Headline);
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    }
    [[nodiscard]] QStringList checklist() const
    {
        QStringList messages;
        for (const ChecklistFinding &finding : window->checklist()->findings())
            messages.append(finding.field + u": "_s + finding.message);
        return messages;
    }
};

// Waits (on signals, never a fixed sleep) until every highlighter of the form has judged its text.
bool settleSpelling(ArticleForm *form)
{
    for (ArticleField field : form->spellCheckedFields()) {
        SpellHighlighter *highlighter = form->highlighter(field);
        if (!highlighter || !highlighter->isBusy())
            continue;
        QSignalSpy finished(highlighter, &SpellHighlighter::finished);
        if (!finished.wait(10000))
            return false;
    }
    return true;
}

QString loginName()
{
    const passwd *entry = ::getpwuid(::getuid());
    return entry && entry->pw_name ? QString::fromLocal8Bit(entry->pw_name) : qEnvironmentVariable("USER");
}
} // namespace

// Issue #12: what a journalist met in the first hour with the editor, each defect replayed
// through the real window on a real SQLite file.
class FirstHourTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString newDatabase() { return m_dir.filePath(u"news-%1.sqlite"_s.arg(++m_files)); }

private Q_SLOTS:
    // Item 1
    void shouldNeverWriteASpellingReplacementIntoAnotherArticle()
    {
        // GIVEN article A with an unknown word in its headline and a clean article B
        Desk desk(newDatabase(), false, true);
        QVERIFY2(desk.checker->isValid(), qPrintable(desk.checker->validationError()));
        desk.window->actions()->newArticle->trigger();
        const qint64 a = desk.window->currentArticleId();
        Typing::type(desk.field(ArticleField::Headline), u"Stadtrat unter Druk"_s);
        QVERIFY(desk.window->saveArticle());
        desk.window->actions()->newArticle->trigger();
        const qint64 b = desk.window->currentArticleId();
        Typing::type(desk.field(ArticleField::Headline), u"Bahnhof wird umgebaut"_s);
        QVERIFY(desk.window->saveArticle());
        QVERIFY(desk.window->openArticle(a));
        // WHEN F7 opens the check on A, B is clicked in the list, and "Replace" is clicked
        desk.window->actions()->checkSpelling->trigger();
        SpellCheckDialog *dialog = desk.window->spellCheckDialog();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->currentWord(), u"Druk"_s);
        desk.clickArticle(b);
        QCOMPARE(desk.window->currentArticleId(), b);
        auto *replace = dialog->findChild<QPushButton *>(u"replaceButton"_s);
        QVERIFY(replace);
        if (replace->isEnabled())
            QTest::mouseClick(replace, Qt::LeftButton);
        // THEN B shows its own headline, unchanged and not edited
        QCOMPARE(desk.field(ArticleField::Headline)->text(), u"Bahnhof wird umgebaut"_s);
        QVERIFY(!desk.window->hasUnsavedChanges());
        // AND the dialog no longer works on A's text (B has no unknown word: it is done)
        QVERIFY2(dialog->isFinished() || !dialog->isVisible(), qPrintable(dialog->currentWord()));
        // AND both articles are stored as they were
        desk.window->saveArticle();
        QCOMPARE(desk.repository->load(b)->headline, u"Bahnhof wird umgebaut"_s);
        QCOMPARE(desk.repository->load(a)->headline, u"Stadtrat unter Druk"_s);
    }

    // Item 2
    void shouldSaveTheFirstArticleOfAnEmptyDatabaseFromTheFirstKeystroke()
    {
        // GIVEN an empty database, "Nein" to the samples
        Desk desk(newDatabase(), false);
        desk.window->autosaver()->setIdleInterval(20);
        QCOMPARE(desk.window->articleList()->model()->rowCount(), 0);
        // WHEN "Neu" is clicked and a headline typed
        desk.window->actions()->newArticle->trigger();
        const qint64 id = desk.window->currentArticleId();
        QVERIFY(id > 0);
        Typing::type(desk.field(ArticleField::Headline), u"Plenarsaal wird saniert"_s);
        // THEN Save and Duplicate are enabled
        QVERIFY(desk.window->actions()->save->isEnabled());
        QVERIFY(desk.window->actions()->duplicateArticle->isEnabled());
        // AND the list row follows the journaled text, not "(no headline)"
        QTRY_COMPARE(desk.listHeadline(id), u"Plenarsaal wird saniert"_s);
        QVERIFY2(desk.window->statusText().contains(u"journal"_s), qPrintable(desk.window->statusText()));
        // WHEN Ctrl+S is pressed (the action the shortcut triggers)
        Typing::type(desk.window->form()->bodyEditor(), u"Der Ältestenrat hat entschieden."_s);
        desk.window->actions()->save->trigger();
        // THEN the database holds the text as a new revision, and the status bar says so
        QVERIFY(!desk.window->hasUnsavedChanges());
        QCOMPARE(desk.repository->load(id)->headline, u"Plenarsaal wird saniert"_s);
        QVERIFY(desk.repository->load(id)->bodyHtml.contains(u"Ältestenrat"_s));
        QCOMPARE(desk.repository->history(id)->size(), 2);
        QVERIFY2(desk.window->statusText().contains(u"Saved as version 2"_s), qPrintable(desk.window->statusText()));
    }

    // Item 3
    void shouldLockEveryFieldOfATrashedArticleAndQuitWithoutAJournal()
    {
        // GIVEN the samples; the open one moved to the trash and viewed there
        Desk desk(newDatabase(), true);
        desk.window->actions()->moveToTrash->trigger();
        desk.window->actions()->showTrash->setChecked(true);
        QVERIFY(desk.window->currentArticleId() > 0);
        // THEN every field is read-only, the photo panel and the related links too
        PhotoPanel *photo = desk.form()->photoPanel();
        for (QWidget *widget : std::initializer_list<QWidget *>{
                 photo->captionEdit(), photo->creditEdit(), photo->altTextEdit(), photo->chooseButton(),
                 desk.form()->relatedEditor()->urlEdit(), desk.form()->relatedEditor()->searchEdit(),
                 desk.form()->fieldWidget(ArticleField::Headline), desk.form()->bodyEditor()})
            QVERIFY2(!widget->isEnabled(), qPrintable(widget->objectName()));
        // WHEN the journalist types into the photo caption anyway and quits with Ctrl+Q
        desk.window->actions()->showPhoto->trigger();
        Typing::type(photo->captionEdit(), u"Neue Bildunterschrift"_s);
        QVERIFY(!desk.window->hasUnsavedChanges());
        desk.quitAndRestart();
        // THEN the next start reports no crash
        QVERIFY(desk.repository->journalEntries()->isEmpty());
        QVERIFY2(!desk.dialogs.questions.contains(u"Restore Unsaved Changes"_s), qPrintable(desk.dialogs.questions.join(u", "_s)));
        // AND with no article at all (the trash emptied) nothing can be typed either
        desk.window->actions()->showTrash->setChecked(true);
        desk.window->actions()->emptyTrash->trigger();
        QVERIFY(!desk.form()->hasArticle());
        QVERIFY(!desk.form()->photoPanel()->captionEdit()->isEnabled());
        QVERIFY(!desk.form()->relatedEditor()->urlEdit()->isEnabled());
    }

    // Item 4
    void shouldNeitherMarkAnOpenedArticleEditedNorRepeatARevision()
    {
        // GIVEN the samples with the real spell checker, quit once cleanly
        Desk desk(newDatabase(), true, true);
        const qint64 id = desk.window->currentArticleId();
        QVERIFY(settleSpelling(desk.form()));
        QCOMPARE(desk.repository->history(id)->size(), 1);
        // WHEN the editor starts again and the spell checker has looked at every field
        desk.quitAndRestart();
        QCOMPARE(desk.window->currentArticleId(), id);
        QVERIFY(settleSpelling(desk.form()));
        QCoreApplication::processEvents();
        // THEN nothing counts as edited
        QVERIFY2(!desk.window->hasUnsavedChanges(), qPrintable(desk.window->statusText()));
        QVERIFY2(!desk.window->statusText().contains(u"Autosaved"_s), qPrintable(desk.window->statusText()));
        // AND switching away adds no revision
        desk.clickArticle(desk.window->articleList()->model()->idAt(desk.window->articleList()->model()->rowOf(id) == 0 ? 1 : 0));
        QVERIFY(desk.window->currentArticleId() != id);
        QCOMPARE(desk.repository->history(id)->size(), 1);
        // AND a save without a change makes none either
        QVERIFY(desk.window->openArticle(id));
        desk.window->actions()->save->trigger();
        QCOMPARE(desk.repository->history(id)->size(), 1);
    }

    // Item 6
    void shouldProposeTheNextQuarterHourWhenPublicationIsTicked()
    {
        Desk desk(newDatabase(), false);
        desk.window->actions()->newArticle->trigger();
        // WHEN "Veröffentlichung" is ticked
        auto *check = desk.form()->findChild<QCheckBox *>(u"scheduledCheck"_s);
        QVERIFY(check);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(5, check->height() / 2));
        QVERIFY(check->isChecked());
        // THEN the time is now, rounded up to the next quarter hour (not 01.01.2000 00:00)
        const QDateTime published = desk.form()->article().published;
        QVERIFY2(published >= before.addSecs(-60) && published <= before.addSecs(15 * 60),
                 qPrintable(published.toString(Qt::ISODate)));
        QCOMPARE(published.time().minute() % 15, 0);
        QCOMPARE(published.time().second(), 0);
        auto *edit = desk.form()->findChild<QDateTimeEdit *>(u"publishedEdit"_s);
        QCOMPARE(edit->date(), published.toTimeZone(edit->timeZone()).date());
    }

    void shouldShowTheProposedTimeInTheUntickedDateEdits()
    {
        // GIVEN an empty database, before any article (the form greyed out), and then a new one
        Desk desk(newDatabase(), false);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const bool withArticle : {false, true}) {
            if (withArticle)
                desk.window->actions()->newArticle->trigger();
            // WHEN neither publication time nor embargo is ticked
            for (const QString &name : {u"publishedEdit"_s, u"embargoEdit"_s}) {
                auto *edit = desk.form()->findChild<QDateTimeEdit *>(name);
                QVERIFY(edit);
                // THEN the greyed-out edit shows what ticking would propose, not 01.01.2000
                QVERIFY(!edit->isEnabled());
                const QDateTime shown = edit->dateTime();
                QVERIFY2(shown >= now.addSecs(-60) && shown <= now.addSecs(16 * 60),
                         qPrintable(name + u' ' + edit->text() + (withArticle ? u" (new article)"_s : u" (no article)"_s)));
            }
        }
        // AND the article carries neither
        QVERIFY(!desk.form()->article().published.isValid());
        QVERIFY(!desk.form()->article().embargoed.isValid());
    }

    // Item 7
    void shouldNotUseTheLoginNameAsByline()
    {
        // GIVEN no author name in the preferences
        Desk desk(newDatabase(), false);
        const QString login = loginName();
        // WHEN a new article is made
        desk.window->actions()->newArticle->trigger();
        const QStringList authors = desk.form()->article().authors;
        // THEN the byline is the account's full name or empty, never the login name
        QVERIFY2(!authors.contains(login), qPrintable(authors.join(u", "_s)));
        QCOMPARE(authors, AppSettings::systemUserFullName().isEmpty() ? QStringList() : QStringList{AppSettings::systemUserFullName()});
        // AND an empty byline gets a hint in the checklist
        if (authors.isEmpty())
            QTRY_VERIFY2(desk.checklist().join(u"\n"_s).contains(u"byline"_s), qPrintable(desk.checklist().join(u"\n"_s)));
        // WHEN a name is set in the preferences THEN the next article carries it
        desk.settings.setAuthorName(u"Anna Muster"_s);
        desk.window->actions()->newArticle->trigger();
        QCOMPARE(desk.form()->article().authors, QStringList{u"Anna Muster"_s});
        desk.settings.setAuthorName(QString());
    }

    // Item 8
    void shouldStoreATypedLinkAsHttpsAndAddItWithEnter()
    {
        Desk desk(newDatabase(), false);
        desk.window->actions()->newArticle->trigger();
        RelatedLinksEditor *related = desk.form()->relatedEditor();
        desk.window->actions()->showRelated->trigger();
        // WHEN an address without scheme and a title are typed, and Enter pressed in the title
        Typing::type(related->urlEdit(), u"www.example.org/bericht"_s);
        Typing::type(related->titleEdit(), u"Der Bericht"_s);
        QTest::keyClick(related->titleEdit(), Qt::Key_Return);
        // THEN the link is added, as https
        const QList<RelatedLink> links = desk.form()->article().related;
        QCOMPARE(links.size(), 1);
        QCOMPARE(links.first().url.toString(), u"https://www.example.org/bericht"_s);
        QCOMPARE(links.first().title, u"Der Bericht"_s);
        // AND the checklist does not call it unencrypted
        QTRY_VERIFY(!desk.window->checklist()->findings().isEmpty());
        QVERIFY2(!desk.checklist().join(u"\n"_s).contains(u"not encrypted"_s), qPrintable(desk.checklist().join(u"\n"_s)));
    }

    // Item 9
    void shouldAskBeforeExportingADraftToThePlaceholderAddress()
    {
        // GIVEN the sample (a draft) and the preferences' placeholder base URL
        Desk desk(newDatabase(), true);
        QTemporaryDir out;
        desk.dialogs.folderAnswer = out.path();
        desk.dialogs.questions.clear();
        desk.dialogs.questionAnswer = false;
        // WHEN File → Export HTML is chosen and the question answered "No"
        desk.window->actions()->exportHtml->trigger();
        // THEN the journalist was told about both, and nothing was written
        QCOMPARE(desk.dialogs.questions, QStringList{u"Export Anyway?"_s});
        const QString text = desk.dialogs.questionTexts.constLast();
        QVERIFY2(text.contains(u"www.example.de"_s) && text.contains(u"not approved"_s), qPrintable(text));
        QVERIFY(QDir(out.path()).entryList(QDir::Files).isEmpty());
        // WHEN answered "Yes" THEN the page is written, its reading time in the editor's form
        desk.dialogs.questionAnswer = true;
        desk.window->actions()->exportHtml->trigger();
        const QStringList pages = QDir(out.path()).entryList({u"*.html"_s}, QDir::Files);
        QCOMPARE(pages.size(), 1);
        QFile page(out.filePath(pages.first()));
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(page.readAll());
        QVERIFY2(html.contains(u"Lesezeit: 1 Min."_s) || html.contains(u"Lesezeit: 2 Min."_s)
                     || html.contains(u"Lesezeit: 3 Min."_s),
                 qPrintable(html.left(3000)));
    }

    // Item 10
    void shouldScaleThePreviewPhotoToThePreviewWidth()
    {
        // GIVEN the sample with its 1600-pixel photo at 1366×720
        Desk desk(newDatabase(), true);
        PreviewPane *preview = desk.window->preview();
        QSignalSpy rendered(preview, &PreviewPane::rendered);
        // WHEN the preview tab is shown
        desk.window->findChild<QTabWidget *>(u"sidePanel"_s)->setCurrentWidget(preview);
        QVERIFY(rendered.wait(10000));
        // THEN the photo fits: no horizontal scroll bar, no image wider than the pane
        int images = 0;
        for (QTextBlock block = preview->document()->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextImageFormat image = it.fragment().charFormat().toImageFormat();
                if (!image.isValid())
                    continue;
                ++images;
                QVERIFY2(image.width() > 0 && image.width() <= preview->viewport()->width(),
                         qPrintable(u"%1 px in %2 px"_s.arg(image.width()).arg(preview->viewport()->width())));
            }
        }
        QVERIFY(images > 0);
        QTRY_COMPARE(preview->horizontalScrollBar()->maximum(), 0);
    }

    // Item 11
    void shouldNameAnEmptyArticleOnceAndGiveItNoReadingTime()
    {
        // GIVEN the German interface, an empty new article
        AppSettings languageSettings;
        languageSettings.setUiLanguage(AppSettings::UiLanguage::German);
        Translations translations(languageSettings);
        Desk desk(newDatabase(), false);
        desk.window->actions()->newArticle->trigger();
        const qint64 id = desk.window->currentArticleId();
        PreviewPane *preview = desk.window->preview();
        QSignalSpy rendered(preview, &PreviewPane::rendered);
        desk.window->findChild<QTabWidget *>(u"sidePanel"_s)->setCurrentWidget(preview);
        QVERIFY(rendered.wait(10000));
        // THEN the list and the preview give it the same name
        const QString listed = desk.listHeadline(id);
        QCOMPARE(listed, u"Ohne Überschrift"_s);
        QVERIFY2(preview->toPlainText().contains(listed), qPrintable(preview->toPlainText()));
        // AND no reading time is given without words, neither in the status bar nor the preview
        QVERIFY2(!desk.window->statusText().contains(u"Lesezeit"_s), qPrintable(desk.window->statusText()));
        QVERIFY2(!preview->toPlainText().contains(u"Lesezeit"_s), qPrintable(preview->toPlainText()));
        languageSettings.setUiLanguage(AppSettings::UiLanguage::System);
    }

    // Item 12
    void shouldSpeakConsistentGerman()
    {
        AppSettings languageSettings;
        languageSettings.setUiLanguage(AppSettings::UiLanguage::German);
        Translations translations(languageSettings);
        // GIVEN a first start on an empty database
        Desk desk(newDatabase(), true);
        // THEN the welcome question offers as many samples as it creates
        QVERIFY(!desk.dialogs.questionTexts.isEmpty());
        const QString welcome = desk.dialogs.questionTexts.constFirst();
        QCOMPARE(desk.window->articleList()->model()->rowCount(), 2);
        QVERIFY2(welcome.contains(u"Zwei Beispielartikel"_s), qPrintable(welcome));
        // AND the status in editing is a noun like the others
        QCOMPARE(ArticleStatusText::label(ArticleStatus::Editing), u"In Redaktion"_s);
        // AND every menu writes its ellipsis one way: the character, attached ("Exportieren…")
        const QList<QMenu *> menus = desk.window->menuBar()->findChildren<QMenu *>();
        QVERIFY(!menus.isEmpty());
        for (const QMenu *menu : menus) {
            for (const QAction *action : menu->actions())
                QVERIFY2(!action->text().contains(u"..."_s) && !action->text().contains(u" …"_s),
                         qPrintable(menu->title() + u": "_s + action->text()));
        }
        const auto *choose = desk.form()->photoPanel()->chooseButton();
        QVERIFY2(!choose->text().contains(u" …"_s), qPrintable(choose->text()));
        // AND a version of an empty article reads without an empty gap
        desk.window->actions()->newArticle->trigger();
        desk.window->actions()->showHistory->trigger();
        const QListWidget *versions = desk.window->history()->revisionList();
        QVERIFY(versions->count() > 0);
        const QString entry = versions->item(0)->text();
        QVERIFY2(!entry.contains(u"·  ·"_s) && entry.contains(u"Ohne Überschrift"_s), qPrintable(entry));
        languageSettings.setUiLanguage(AppSettings::UiLanguage::System);
    }

    // Item 13
    void shouldUndoOnlyWhatTheFocusedPlaceDid()
    {
        // GIVEN a headline typed, then a link added in the side panel
        Desk desk(newDatabase(), false);
        desk.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(desk.window.get()));
        desk.window->actions()->newArticle->trigger();
        FormLineEdit *headline = desk.field(ArticleField::Headline);
        headline->setFocus();
        Typing::type(headline, u"Bahnstreik"_s);
        desk.window->actions()->showRelated->trigger();
        RelatedLinksEditor *related = desk.form()->relatedEditor();
        related->urlEdit()->setFocus();
        Typing::type(related->urlEdit(), u"https://www.example.org/streik"_s);
        QTest::keyClick(related->urlEdit(), Qt::Key_Return);
        QCOMPARE(desk.form()->article().related.size(), 1);
        // WHEN the headline has the focus
        headline->setFocus();
        QTRY_VERIFY(headline->hasFocus());
        // THEN the Edit menu says it undoes the headline, and Ctrl+Z takes back only that
        QVERIFY2(desk.window->actions()->undo->text().contains(u"headline"_s),
                 qPrintable(desk.window->actions()->undo->text()));
        QTest::keySequence(headline, desk.window->actions()->undo->shortcut());
        QCOMPARE(headline->text(), QString());
        QCOMPARE(desk.form()->article().related.size(), 1);
        // WHEN the links list has the focus THEN undo names and takes back the link
        related->linkList()->setFocus();
        QTRY_VERIFY(related->linkList()->hasFocus());
        QVERIFY2(desk.window->actions()->undo->text().contains(u"related links"_s),
                 qPrintable(desk.window->actions()->undo->text()));
        desk.window->actions()->undo->trigger();
        QCOMPARE(desk.form()->article().related.size(), 0);
        QCOMPARE(headline->text(), QString());
    }

    // Item 14
    void shouldShowTheOpenDatabaseInThePreferences()
    {
        // GIVEN the editor opened on another file than the preferences' (--database)
        Desk desk(newDatabase(), false);
        QVERIFY(desk.settings.database() != desk.path);
        // WHEN Preferences are opened
        desk.window->actions()->preferences->trigger();
        QDialog *dialog = desk.window->lastDialog();
        QVERIFY(dialog);
        // THEN the storage page names the database that is open now
        const auto *open = dialog->findChild<QLabel *>(u"openDatabase"_s);
        QVERIFY(open);
        QVERIFY2(!open->isHidden() && open->text().endsWith(desk.path), qPrintable(open->text()));
        dialog->reject();
    }

    // Spelling quality: a double space is a typo
    void shouldFlagADoubleSpaceAsATypo()
    {
        Desk desk(newDatabase(), false);
        desk.window->actions()->newArticle->trigger();
        // WHEN a double space is typed into the headline
        Typing::type(desk.field(ArticleField::Headline), u"Der Rat  tagt"_s);
        // THEN the checklist names it, at the headline
        QTRY_VERIFY2(desk.checklist().join(u"\n"_s).contains(u"headline: Double space"_s),
                     qPrintable(desk.checklist().join(u"\n"_s)));
    }
};

QTEST_MAIN(FirstHourTest)
#include "firsthourtest.moc"
