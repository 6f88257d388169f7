#include "mainwindow.h"

#include "about/aboutdialog.h"
#include "actions/appactions.h"
#include "articlelist/articlelistmodel.h"
#include "articlelist/articlelistpanel.h"
#include "articlelist/articletableview.h"
#include "articlerepository.h"
#include "articletext.h"
#include "body/bodydocument.h"
#include "dialogs/dialoginterface.h"
#include "editor/articleform.h"
#include "editor/autosaver.h"
#include "editor/bodyeditor.h"
#include "editor/formlineedit.h"
#include "editor/typographytyping.h"
#include "export/exportconcerns.h"
#include "export/exportcontroller.h"
#include "export/htmlexporter.h"
#include "findreplace/articlefindbar.h"
#include "history/historypanel.h"
#include "import/importcontroller.h"
#include "photo/photopanel.h"
#include "preferences/preferencesdialog.h"
#include "readingtime.h"
#include "related/relatedlinkseditor.h"
#include "sample/samplearticles.h"
#include "settings/appsettings.h"
#include "spelling/dictionarydialog.h"
#include "spelling/spellchecker.h"
#include "spelling/spellcheckdialog.h"
#include "spelling/spellhighlighter.h"
#include "spelling/spellingstatus.h"
#include "text/articlelength.h"
#include "text/hyphenator.h"
#include "text/lengthtext.h"
#include "text/linecounter.h"
#include "text/textlength.h"
#include "uisettings.h"
#include "validation/basicchecks.h"
#include "validation/checklistpanel.h"
#include "validation/validatorchecks.h"

#include <algorithm>
#include <limits>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QComboBox>
#include <QListWidget>
#include <QPushButton>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QTime>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(ArticleRepository *repository, DialogInterface *dialogs, QWidget *parent)
    : QMainWindow(parent)
    , m_repository(repository)
    , m_dialogs(dialogs)
    , m_actions(new AppActions(this))
    , m_autosaver(new Autosaver(this))
    , m_statsDelay(new QTimer(this))
    , m_checkDelay(new QTimer(this))
    , m_previewDelay(new QTimer(this))
    , m_preview(new PreviewPane(this))
    , m_export(new ExportController(repository, this))
    , m_import(new ImportController(repository, dialogs, this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Newsdesk"));
    createLayout();
    connectActions();
    restoreSettings();
    updateUndoActions();
    updateFormatActions();
    updateListActions();
    updateSaveState(QString());
}

MainWindow::~MainWindow()
{
    // Destroying the children moves the focus, resets models and removes tabs; the handlers
    // must not see half a window.
    const QList<const QObject *> senders = {qApp, m_list, m_side, m_form, m_form->undoStack(), m_form->sideUndoStack(),
                                            m_form->bodyEditor(), m_form->bodyEditor()->document(),
                                            m_checklist, m_history, m_autosaver, m_export};
    for (const QObject *sender : senders)
        disconnect(sender, nullptr, this, nullptr);
}

void MainWindow::createLayout()
{
    m_list = new ArticleListPanel(m_repository, this);
    m_form = new ArticleForm(m_repository, m_dialogs, this);
    m_form->formatToolBar()->addActions(m_actions->formatActions());

    m_side = new QTabWidget(this);
    m_side->setObjectName(u"sidePanel"_s);
    m_side->setDocumentMode(true);
    m_side->tabBar()->setObjectName(u"sidePanelTabs"_s);
    m_side->addTab(m_form->photoPanel(), tr("Ph&oto"));
    m_side->addTab(m_form->relatedEditor(), tr("&Related"));
    m_checklist = new ChecklistPanel(this);
    m_side->addTab(m_checklist, tr("&Checklist"));
    m_history = new HistoryPanel(m_repository, this);
    m_side->addTab(m_history, tr("&Versions"));
    m_preview->setObjectName(u"previewBrowser"_s);
    m_side->addTab(m_preview, tr("Previe&w"));

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_form);
    m_splitter->addWidget(m_side);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    setCentralWidget(m_splitter);

    m_actions->fillMenuBar(menuBar());
    m_list->addButtons({m_actions->newArticle, m_actions->duplicateArticle, m_actions->moveToTrash},
                       {m_actions->restoreFromTrash, m_actions->emptyTrash});
    m_list->view()->addAction(m_actions->moveToTrash);
    // Window-wide shortcuts need the actions on the window (menus alone are not enough when
    // the menu bar is hidden, e.g. in some desktop layouts).
    addActions(m_actions->allActions());

    m_wordsLabel = new QLabel(this);
    m_wordsLabel->setObjectName(u"wordsLabel"_s);
    m_readingLabel = new QLabel(this);
    m_readingLabel->setObjectName(u"readingLabel"_s);
    m_spellingLabel = new QLabel(this);
    m_spellingLabel->setObjectName(u"spellingLabel"_s);
    m_warningsLabel = new QLabel(this);
    m_warningsLabel->setObjectName(u"warningsLabel"_s);
    m_saveLabel = new QLabel(this);
    m_saveLabel->setObjectName(u"saveStateLabel"_s);
    statusBar()->addWidget(m_wordsLabel);
    statusBar()->addWidget(m_readingLabel);
    statusBar()->addWidget(m_warningsLabel);
    statusBar()->addWidget(m_spellingLabel);
    statusBar()->addPermanentWidget(m_saveLabel);

    // Find and replace in the open article, docked under the form, hidden until Ctrl+H.
    m_findBar = new ArticleFindBar(m_form, this);
    m_findDock = new QDockWidget(tr("Find and Replace in Article"), this);
    m_findDock->setObjectName(u"findReplaceDock"_s);
    m_findDock->setWidget(m_findBar);
    m_findDock->setFeatures(QDockWidget::DockWidgetClosable);
    m_findDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_findDock);
    m_findDock->hide();

    // Reading order: list, search, filters, the form top to bottom, then the side panel.
    setTabOrder(m_list->statusFilter(), m_form);
    setTabOrder(m_form->lastFormWidget(), m_side);

    // Counting 20,000 words or checking the article on every keystroke would make typing
    // stutter: both wait for a short pause.
    m_statsDelay->setSingleShot(true);
    m_statsDelay->setInterval(250);
    m_checkDelay->setSingleShot(true);
    m_checkDelay->setInterval(500);
    connect(m_statsDelay, &QTimer::timeout, this, &MainWindow::updateStatistics);
    // Selecting text counts the selection in the status bar.
    for (QTextEdit *edit : m_form->findChildren<QTextEdit *>())
        connect(edit, &QTextEdit::selectionChanged, m_statsDelay, qOverload<>(&QTimer::start));
    for (QPlainTextEdit *edit : m_form->findChildren<QPlainTextEdit *>())
        connect(edit, &QPlainTextEdit::selectionChanged, m_statsDelay, qOverload<>(&QTimer::start));
    connect(m_checkDelay, &QTimer::timeout, this, &MainWindow::updateChecklist);
    // The preview renders the whole article: only after a pause, and only while it is shown.
    m_previewDelay->setSingleShot(true);
    m_previewDelay->setInterval(300);
    connect(m_previewDelay, &QTimer::timeout, this, &MainWindow::updatePreview);
}

void MainWindow::connectActions()
{
    connect(m_actions->checkSpelling, &QAction::triggered, this, &MainWindow::checkSpelling);
    connect(m_actions->newsroomDictionary, &QAction::triggered, this, &MainWindow::showNewsroomDictionary);
    m_actions->checkSpelling->setEnabled(false);
    m_actions->newsroomDictionary->setEnabled(false);
    AppActions *a = m_actions;
    connect(a->newArticle, &QAction::triggered, this, &MainWindow::newArticle);
    connect(a->duplicateArticle, &QAction::triggered, this, &MainWindow::duplicateArticle);
    connect(a->moveToTrash, &QAction::triggered, this, &MainWindow::moveToTrash);
    connect(a->save, &QAction::triggered, this, &MainWindow::saveArticle);
    connect(a->quit, &QAction::triggered, this, &QWidget::close);
    connect(a->undo, &QAction::triggered, this, &MainWindow::undo);
    connect(a->findReplaceInArticle, &QAction::triggered, this, [this] {
        m_findDock->show();
        m_findBar->activate();
    });
    connect(m_findBar, &ArticleFindBar::closeRequested, m_findDock, &QWidget::hide);
    connect(a->redo, &QAction::triggered, this, &MainWindow::redo);
    connect(a->cut, &QAction::triggered, this, [this] { forwardToFocus("cut"); });
    connect(a->copy, &QAction::triggered, this, [this] { forwardToFocus("copy"); });
    connect(a->paste, &QAction::triggered, this, [this] { forwardToFocus("paste"); });
    connect(a->selectAll, &QAction::triggered, this, [this] { forwardToFocus("selectAll"); });
    connect(a->find, &QAction::triggered, this, [this] {
        m_list->searchEdit()->setFocus(Qt::ShortcutFocusReason);
        m_list->searchEdit()->selectAll();
    });

    BodyEditor *body = m_form->bodyEditor();
    auto onBody = [this, body](auto apply) {
        return [this, body, apply] {
            if (!m_form->hasArticle())
                return;
            apply();
            body->setFocus(Qt::ShortcutFocusReason);
        };
    };
    connect(a->paragraph, &QAction::triggered, this, onBody([body] { body->setParagraph(); }));
    connect(a->heading2, &QAction::triggered, this, onBody([body] { body->setHeading(2); }));
    connect(a->heading3, &QAction::triggered, this, onBody([body] { body->setHeading(3); }));
    connect(a->bold, &QAction::triggered, this, onBody([body] { body->toggleBold(); }));
    connect(a->italic, &QAction::triggered, this, onBody([body] { body->toggleItalic(); }));
    connect(a->quote, &QAction::triggered, this, onBody([body] { body->toggleQuote(); }));
    connect(a->bulletList, &QAction::triggered, this, onBody([body] { body->toggleList(false); }));
    connect(a->numberedList, &QAction::triggered, this, onBody([body] { body->toggleList(true); }));
    connect(a->link, &QAction::triggered, this, &MainWindow::editLink);
    connect(body, &BodyEditor::formatChanged, this, &MainWindow::updateFormatActions);

    connect(a->showTrash, &QAction::toggled, this, &MainWindow::showTrash);
    connect(a->restoreFromTrash, &QAction::triggered, this, &MainWindow::restoreFromTrash);
    connect(a->emptyTrash, &QAction::triggered, this, &MainWindow::emptyTrash);
    auto showSide = [this](QWidget *page, QWidget *focus) {
        return [this, page, focus] {
            m_side->setCurrentWidget(page);
            focus->setFocus(Qt::ShortcutFocusReason);
        };
    };
    connect(a->showPhoto, &QAction::triggered, this,
            showSide(m_form->photoPanel(), m_form->photoPanel()->chooseButton()));
    connect(a->showRelated, &QAction::triggered, this,
            showSide(m_form->relatedEditor(), m_form->relatedEditor()->searchEdit()));
    connect(a->showChecklist, &QAction::triggered, this, showSide(m_checklist, m_checklist->list()));
    connect(a->showHistory, &QAction::triggered, this, showSide(m_history, m_history->revisionList()));
    connect(a->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(a->preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(a->userGuide, &QAction::triggered, this, &MainWindow::showUserGuide);
    connect(a->exportHtml, &QAction::triggered, this, [this] { exportCurrent(u"html"_s, false); });
    connect(a->exportFragment, &QAction::triggered, this, [this] { exportCurrent(u"html"_s, true); });
    connect(a->exportNinjs, &QAction::triggered, this, [this] { exportCurrent(u"ninjs"_s, false); });
    a->exportNinjs->setVisible(m_export->registry().find(u"ninjs"_s) != nullptr);
    connect(a->exportAll, &QAction::triggered, this, &MainWindow::exportAll);
    connect(a->exportSelectedHtml, &QAction::triggered, this, [this] { exportSelected(u"html"_s); });
    connect(a->exportSelectedNinjs, &QAction::triggered, this, [this] { exportSelected(u"ninjs"_s); });
    a->exportSelectedNinjs->setVisible(a->exportNinjs->isVisible());
    connect(m_export, &ExportController::message, this, &MainWindow::updateSaveState);
    connect(a->importFiles, &QAction::triggered, m_import, &ImportController::chooseAndImport);
    connect(m_import, &ImportController::openRequested, this, [this](qint64 id) {
        m_list->reload(id);
        openArticle(id);
    });
    setAcceptDrops(true);
    connect(a->pastePlainText, &QAction::triggered, this, [this] {
        if (bodyHasFocus())
            m_form->bodyEditor()->pastePlainText();
        else
            forwardToFocus("paste"); // single-line fields paste plain text anyway
    });
    connect(a->aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    connect(m_form, &ArticleForm::edited, this, &MainWindow::onEdited);
    connect(m_form->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateUndoActions);
    connect(m_form->sideUndoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateUndoActions);
    connect(body->document(), &QTextDocument::undoAvailable, this, &MainWindow::updateUndoActions);
    connect(body->document(), &QTextDocument::redoAvailable, this, &MainWindow::updateUndoActions);
    connect(qApp, &QApplication::focusChanged, this, &MainWindow::updateUndoActions);
    connect(m_autosaver, &Autosaver::saveDue, this, &MainWindow::writeJournal);
    connect(m_list, &ArticleListPanel::articleActivated, this, [this](qint64 id) {
        if (!m_opening && id != currentArticleId())
            openArticle(id);
    });
    connect(m_list, &ArticleListPanel::selectionChanged, this, &MainWindow::updateListActions);
    connect(m_checklist, &ChecklistPanel::fieldRequested, this, &MainWindow::focusFinding);
    connect(m_history, &HistoryPanel::restoreRequested, this, &MainWindow::restoreRevision);
    connect(m_side, &QTabWidget::currentChanged, this, [this] {
        // Saves made while another page was shown are listed too: the list is read anew.
        if (m_side->currentWidget() == m_history && m_form->hasArticle())
            m_history->showArticle(m_form->article());
        if (m_side->currentWidget() == m_preview)
            updatePreview();
    });
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    // A sensible first layout from 1366×768 upwards: list, a wide form, the side panel.
    const QRect screen = QGuiApplication::primaryScreen() ? QGuiApplication::primaryScreen()->availableGeometry()
                                                          : QRect(0, 0, 1366, 768);
    if (!restoreGeometry(settings.value(UiSettings::geometry).toByteArray()))
        resize(std::min(1600, screen.width()), std::min(950, screen.height()));
    restoreState(settings.value(UiSettings::windowState).toByteArray());
    m_splitterRestored = m_splitter->restoreState(settings.value(UiSettings::mainSplitter).toByteArray());
    m_side->setCurrentIndex(settings.value(UiSettings::sideTab, 0).toInt());
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_repository && !ImportController::droppedFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = ImportController::droppedFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    m_import->importFiles(files);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_splitterRestored)
        return;
    // The first layout follows the window's real size (set after construction, e.g. --size):
    // the list about a quarter, the side panel a bit more, the form the rest.
    m_splitterRestored = true;
    const int w = width();
    const int list = std::clamp(std::max(w * 24 / 100, m_list->minimumSizeHint().width()), 280, 460);
    // Wide enough for all side tabs, so that none hides behind scroll arrows at 1366 px.
    const int side = std::clamp(std::max(w * 25 / 100, m_side->tabBar()->sizeHint().width() + 8), 300, 520);
    m_splitter->setSizes({list, w - list - side, side});
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(UiSettings::geometry, saveGeometry());
    settings.setValue(UiSettings::windowState, saveState());
    settings.setValue(UiSettings::mainSplitter, m_splitter->saveState());
    settings.setValue(UiSettings::sideTab, m_side->currentIndex());
    if (m_repository) {
        settings.setValue(UiSettings::lastDatabase, m_repository->location());
        settings.setValue(UiSettings::lastArticle, currentArticleId());
    }
}

void MainWindow::start()
{
    if (!m_repository)
        return;
    reloadSections();
    m_list->reload();
    offerRecovery();
    if (m_form->hasArticle())
        return;

    QSettings settings;
    qint64 last = 0;
    if (settings.value(UiSettings::lastDatabase).toString() == m_repository->location())
        last = settings.value(UiSettings::lastArticle).toLongLong();
    if (last > 0 && m_list->model()->fetchUntil(last) >= 0 && openArticle(last))
        return;
    if (m_list->model()->rowCount() > 0) {
        openArticle(m_list->model()->idAt(0));
        return;
    }
    ArticleFilter trash;
    trash.trashed = true;
    const auto trashed = m_repository->list(trash);
    if (!trashed || !trashed->isEmpty())
        return; // the database is away (no samples into the unknown), or the user emptied the list
    const bool sample = !m_interactive
        || m_dialogs->question(this, tr("Welcome to Newsdesk"),
                               tr("The database is empty. Create two sample articles that show every feature?"));
    if (sample) {
        const qint64 id = createSampleArticles();
        reloadSections();
        m_list->reload();
        if (id)
            openArticle(id);
    }
}

qint64 MainWindow::createSampleArticles()
{
    Article second = SampleArticles::secondArticle();
    const SaveResult secondSaved = m_repository->save(second, 0);
    if (!secondSaved.ok()) {
        m_dialogs->warning(this, tr("Sample Not Created"), secondSaved.error);
        return 0;
    }
    Article main = SampleArticles::mainArticle(secondSaved.id);
    const SaveResult saved = m_repository->save(main, 0);
    if (!saved.ok()) {
        m_dialogs->warning(this, tr("Sample Not Created"), saved.error);
        return 0;
    }
    QStringList sections = m_repository->sections().value_or(QStringList());
    for (const QString &section : {main.section, second.section}) {
        if (!sections.contains(section))
            sections.append(section);
    }
    m_repository->setSections(sections);
    return saved.id;
}

void MainWindow::offerRecovery()
{
    const auto entries = m_repository->journalEntries();
    if (!entries || entries->isEmpty())
        return;
    for (const Article &entry : *entries) {
        const QString headline = entry.headline.isEmpty() ? ArticleText::untitled() : entry.headline;
        // Without asking (--screenshot) the journal stays for the next interactive start.
        if (!m_interactive)
            continue;
        const bool restore = m_dialogs->question(
            this, tr("Restore Unsaved Changes"),
            tr("Newsdesk was not closed properly. Unsaved changes to “%1” were kept.\n\nRestore them?")
                .arg(headline));
        if (!restore) {
            m_repository->clearJournal(entry.id);
            continue;
        }
        if (m_form->hasArticle())
            continue; // one article at a time: the others stay in the journal for the next start
        if (entry.id > 0 && m_list->model()->rowOf(entry.id) >= 0) {
            m_opening = true;
            m_list->selectArticle(entry.id);
            m_opening = false;
        }
        m_form->setArticle(entry);
        m_history->showArticle(entry);
        m_cleanState = Article();
        m_dirty = true;
        m_journalPending = false;
        updateSaveState(tr("Restored after a crash, not saved yet"));
        updateStatistics();
        updateChecklist();
    }
}

qint64 MainWindow::currentArticleId() const
{
    return m_form->hasArticle() ? m_form->article().id : 0;
}

bool MainWindow::leaveCurrentArticle()
{
    if (!m_dirty || !m_form->hasArticle())
        return true;
    if (saveArticle())
        return true;
    // The save failed (conflict, database gone): the journal keeps the text either way.
    writeJournal();
    return false;
}

bool MainWindow::openArticle(qint64 id)
{
    if (!m_repository)
        return false;
    if (!leaveCurrentArticle()) {
        m_opening = true;
        m_list->selectArticle(currentArticleId());
        m_opening = false;
        return false;
    }
    const auto article = m_repository->load(id);
    if (!article) {
        m_dialogs->warning(this, tr("Article Not Opened"), m_repository->lastError());
        return false;
    }
    m_opening = true;
    m_form->setArticle(*article);
    m_list->selectArticle(id);
    m_opening = false;
    m_form->setEditable(!m_list->showsTrash());
    m_cleanState = m_form->article();
    m_dirty = false;
    m_journalPending = false;
    m_autosaver->reset();
    m_history->showArticle(*article);
    updateSaveState(article->modified.isValid()
                        ? tr("Saved %1").arg(article->modified.toLocalTime().time().toString(u"HH:mm:ss"_s))
                        : QString());
    updateStatistics();
    updateChecklist();
    if (m_side->currentWidget() == m_preview)
        updatePreview();
    updateUndoActions();
    updateListActions();
    rebindSpellCheck();
    QSettings().setValue(UiSettings::lastArticle, id);
    Q_EMIT articleOpened(id);
    return true;
}

bool MainWindow::saveArticle()
{
    if (!m_repository || !m_form->hasArticle())
        return false;
    if (!m_dirty)
        return true;
    const Article article = m_form->article();
    if (article == m_cleanState) {
        // Typed and taken back, or only reformatted: the last revision already holds this.
        m_repository->clearJournal(article.id);
        m_dirty = false;
        m_journalPending = false;
        m_autosaver->reset();
        updateSaveState(tr("No changes to save"));
        return true;
    }
    SaveResult result = m_repository->save(article, article.revision);
    if (result.outcome == SaveResult::Outcome::Conflict && m_conflictHandler) {
        writeJournal(); // the words are safe whatever the journalist chooses
        result = m_conflictHandler(article, result);
        if (result.ok()) {
            // The resolution may have changed the text (theirs) or the article (a copy): show
            // what is stored now.
            m_repository->clearJournal(article.id);
            const auto stored = m_repository->load(result.id);
            if (stored) {
                m_opening = true;
                m_form->setArticle(*stored);
                m_list->reload(result.id);
                m_opening = false;
                m_history->showArticle(*stored);
            }
            m_cleanState = m_form->article();
            m_dirty = false;
            m_journalPending = false;
            m_autosaver->reset();
            updateSaveState(tr("Saved %1").arg(QTime::currentTime().toString(u"HH:mm:ss"_s)));
            updateStatistics(); // "take theirs" or a merge changed the words
            updateChecklist();
            Q_EMIT articleOpened(result.id);
            return true;
        }
    }
    if (!result.ok()) {
        writeJournal();
        const QString message = result.outcome == SaveResult::Outcome::Conflict
            ? tr("Someone else saved this article meanwhile (revision %1). Your text is kept in the journal "
                 "and offered again at the next start; copy what you need and reopen the article.")
                  .arg(result.revision)
            : result.error;
        updateSaveState(tr("Not saved"));
        m_dialogs->warning(this, tr("Article Not Saved"), message);
        return false;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_form->markSaved(result.id, result.revision, now);
    m_cleanState = m_form->article();
    m_repository->clearJournal(result.id);
    m_dirty = false;
    m_journalPending = false;
    m_autosaver->reset();
    // "Saved" means in the database, as a version others see (the journal is only this computer's).
    updateSaveState(tr("Saved as version %1 at %2")
                        .arg(result.revision)
                        .arg(QTime::currentTime().toString(u"HH:mm:ss"_s)));
    m_list->reload(result.id);
    if (m_side->currentWidget() == m_history)
        m_history->showArticle(m_form->article());
    reloadSections();
    return true;
}

void MainWindow::showRevisionFromElsewhere(const Article &article, bool unsaved, const QString &note)
{
    // Typing goes on where it was when the body itself did not change.
    BodyEditor *body = m_form->bodyEditor();
    const bool sameBody = m_form->hasArticle() && m_form->article().bodyHtml == article.bodyHtml;
    const int position = body->textCursor().position();
    m_opening = true;
    m_form->setArticle(article);
    m_opening = false;
    if (sameBody) {
        QTextCursor cursor = body->textCursor();
        cursor.setPosition(std::min(position, body->document()->characterCount() - 1));
        body->setTextCursor(cursor);
    }
    m_history->showArticle(article);
    m_dirty = unsaved;
    m_journalPending = unsaved;
    if (unsaved)
        writeJournal(); // the journal holds the merged words on the new base revision
    else
        m_autosaver->reset();
    updateSaveState(note);
    updateStatistics();
    updateChecklist();
    updateUndoActions();
}

bool MainWindow::writeJournal()
{
    if (!m_repository || !m_form->hasArticle() || !m_journalPending)
        return true;
    const Article article = m_form->article(); // the body's HTML written once per journal write
    if (!m_repository->writeJournal(article)) {
        updateSaveState(tr("Autosave failed: %1").arg(m_repository->lastError()));
        return false;
    }
    m_journalPending = false;
    updateSaveState(tr("Autosaved %1 in the journal on this computer, not yet saved as a version")
                        .arg(QTime::currentTime().toString(u"HH:mm:ss"_s)));
    // The list shows what is being written, not the empty row the article was created as.
    m_list->model()->showUnsaved(article, currentReadingMinutes());
    return true;
}

void MainWindow::onEdited()
{
    if (!m_form->isEditable())
        return; // a trashed article, or none: nothing to keep
    m_dirty = true;
    m_journalPending = true;
    m_autosaver->noteEdit();
    m_statsDelay->start();
    m_checkDelay->start();
    if (m_side->currentWidget() == m_preview)
        m_previewDelay->start();
    if (m_saveLabel->property("dirty").toBool() == false) {
        m_saveLabel->setProperty("dirty", true);
        m_saveLabel->setText(tr("Not saved"));
    }
}

void MainWindow::updateSaveState(const QString &text)
{
    m_saveLabel->setProperty("dirty", false);
    m_saveLabel->setText(text);
}

void MainWindow::updateStatistics()
{
    if (!m_form->hasArticle()) {
        m_wordsLabel->clear();
        m_readingLabel->clear();
        return;
    }
    const ReadingTime reading(m_settings ? m_settings->readingRate() : ReadingTime::defaultWordsPerMinute);
    const LineCounter lines = lineCounter();
    // With text selected in any field, the copy editor asks about the selection.
    const QString selected = selectedText();
    if (!selected.isEmpty()) {
        const TextMetrics metrics = TextLength::measure(selected, &lines);
        m_wordsLabel->setText(tr("Selection: %1").arg(LengthText::summary(metrics)));
        m_readingLabel->setText(metrics.words == 0 ? QString()
                                                   : LengthText::readingTime(reading.minutesForWords(metrics.words)));
        return;
    }
    // The plain text straight from the documents: no HTML is written for counting.
    Article reader;
    if (const auto *teaser = qobject_cast<FormLineEdit *>(m_form->fieldWidget(ArticleField::Teaser)))
        reader.teaser = teaser->text();
    const TextMetrics metrics =
        ArticleLength::measure(reader, ArticleLength::bodyText(*m_form->bodyEditor()->document()), &lines).total();
    m_wordsLabel->setText(LengthText::summary(metrics));
    // Zeilen without syllable breaks are too many: say so instead of counting silently wrong.
    m_wordsLabel->setToolTip(m_hyphenationProblem.isEmpty()
                                 ? tr("Lines at %n character(s) a line", nullptr, lines.columns())
                                 : tr("Lines counted without hyphenation: %1").arg(m_hyphenationProblem));
    // Nothing to read, no reading time (not "1 min" for an empty article).
    m_readingLabel->setText(metrics.words == 0 ? QString()
                                               : LengthText::readingTime(reading.minutesForWords(metrics.words)));
}

int MainWindow::currentReadingMinutes() const
{
    // From the documents, as the status bar counts: no HTML parsed again.
    const auto *teaser = qobject_cast<const FormLineEdit *>(m_form->fieldWidget(ArticleField::Teaser));
    const int words = (teaser ? ReadingTime::countWords(teaser->text()) : 0)
        + ReadingTime::countWords(m_form->bodyEditor()->document()->toPlainText());
    const ReadingTime reading(m_settings ? m_settings->readingRate() : ReadingTime::defaultWordsPerMinute);
    return words == 0 ? 0 : reading.minutesForWords(words);
}

void MainWindow::setHyphenator(const Hyphenator *hyphenator, const QString &problem)
{
    m_hyphenator = hyphenator;
    m_hyphenationProblem = problem;
    updateStatistics();
}

LineCounter MainWindow::lineCounter() const
{
    // German patterns for German articles; other languages break at hyphens only.
    const QString language = m_form->hasArticle() ? m_form->languageCombo()->currentData().toString() : QString();
    const bool german = language.isEmpty() || language.startsWith(u"de"_s, Qt::CaseInsensitive);
    return LineCounter(m_settings ? m_settings->lineColumns() : LineCounter::defaultColumns,
                       german ? m_hyphenator : nullptr);
}

QString MainWindow::selectedText() const
{
    QWidget *focus = QApplication::focusWidget();
    if (!focus || !m_form->isAncestorOf(focus))
        return {};
    if (const auto *edit = qobject_cast<QTextEdit *>(focus))
        return edit->textCursor().selectedText();
    if (const auto *edit = qobject_cast<QPlainTextEdit *>(focus))
        return edit->textCursor().selectedText();
    return {};
}

void MainWindow::setFindingsProvider(FindingsProvider provider)
{
    m_findings = std::move(provider);
    updateChecklist();
}

void MainWindow::updateChecklist()
{
    if (!m_form->hasArticle()) {
        m_checklist->setFindings({});
        m_warningsLabel->clear();
        return;
    }
    const Article article = m_form->article();
    QList<ChecklistFinding> findings;
    if (m_findings) {
        findings = m_findings(article);
    } else {
        const FieldLimits form = m_form->limits();
        findings = ValidatorChecks::run(article, {form.kicker, form.headline, form.teaser, form.altText});
    }
    findings.append(spellingFindings());
    for (const QString &note : m_import->checklistNotes(article.id))
        findings.append({u"body"_s, ChecklistFinding::Severity::Warning, note});
    m_checklist->setFindings(findings);
    const int warnings = m_checklist->warningCount();
    m_warningsLabel->setText(tr("%n warning(s)", nullptr, warnings));
}

QString MainWindow::statusText() const
{
    return QStringList{m_wordsLabel->text(), m_readingLabel->text(), m_warningsLabel->text(), m_spellingLabel->text(),
                       m_saveLabel->text()}
        .join(u" | "_s);
}

bool MainWindow::bodyHasFocus() const
{
    return m_form->bodyEditor()->hasFocus();
}

void MainWindow::undo()
{
    // Ctrl+Z does what the journalist looks at: in the body the body's typing, elsewhere the
    // last field edit (which then gets the focus, so the change is seen).
    if (QUndoStack *stack = m_form->undoStackFor(QApplication::focusWidget()))
        stack->undo();
    else
        m_form->bodyEditor()->undo();
}

void MainWindow::redo()
{
    if (QUndoStack *stack = m_form->undoStackFor(QApplication::focusWidget()))
        stack->redo();
    else
        m_form->bodyEditor()->redo();
}

void MainWindow::updateUndoActions()
{
    // One history per place: the body's typing, the form's fields, the side panel's photo and
    // links. The menu names what the focused place's history would take back.
    const QUndoStack *stack = m_form->undoStackFor(QApplication::focusWidget());
    const QTextDocument *document = m_form->bodyEditor()->document();
    m_actions->undo->setEnabled(stack ? stack->canUndo() : document->isUndoAvailable());
    m_actions->redo->setEnabled(stack ? stack->canRedo() : document->isRedoAvailable());
    const QString bodyText = ArticleForm::tr("Edit body");
    const QString undoText = stack ? stack->undoText() : (document->isUndoAvailable() ? bodyText : QString());
    const QString redoText = stack ? stack->redoText() : (document->isRedoAvailable() ? bodyText : QString());
    m_actions->undo->setText(undoText.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undoText));
    m_actions->redo->setText(redoText.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redoText));
}

void MainWindow::updateFormatActions()
{
    const BodyEditor *body = m_form->bodyEditor();
    const int heading = body->headingLevel();
    const int list = body->listKind();
    m_actions->paragraph->setChecked(heading == 0 && !body->isQuote() && list == 0);
    m_actions->heading2->setChecked(heading == 2);
    m_actions->heading3->setChecked(heading == 3);
    m_actions->bold->setChecked(body->isBold());
    m_actions->italic->setChecked(body->isItalic());
    m_actions->quote->setChecked(body->isQuote());
    m_actions->bulletList->setChecked(list == 1);
    m_actions->numberedList->setChecked(list == 2);
}

void MainWindow::updateListActions()
{
    const bool trash = m_list->showsTrash();
    const bool selected = m_list->selectedId() > 0;
    m_actions->duplicateArticle->setEnabled(!trash && m_form->hasArticle());
    m_actions->moveToTrash->setEnabled(!trash && selected);
    m_actions->restoreFromTrash->setEnabled(trash && selected);
    m_actions->emptyTrash->setEnabled(trash && m_list->model()->rowCount() > 0);
    const bool batch = !trash && !m_list->selectedIds().isEmpty();
    m_actions->exportSelectedHtml->setEnabled(batch);
    m_actions->exportSelectedNinjs->setEnabled(batch);
    m_actions->newArticle->setEnabled(m_repository != nullptr);
    m_actions->save->setEnabled(m_form->hasArticle() && !trash);
}

void MainWindow::forwardToFocus(const char *slot)
{
    if (QWidget *focus = QApplication::focusWidget())
        QMetaObject::invokeMethod(focus, slot);
}

void MainWindow::editLink()
{
    if (!m_form->hasArticle())
        return;
    BodyEditor *body = m_form->bodyEditor();
    const std::optional<QString> url = m_dialogs->getText(
        this, tr("Link"), tr("Web address (https://…); leave empty to remove the link:"), body->linkAtCursor());
    if (!url)
        return;
    QString target = url->trimmed();
    if (!target.isEmpty() && !target.contains(u':'))
        target.prepend(u"https://"_s);
    body->setLink(target);
    body->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::newArticle()
{
    if (!m_repository || !leaveCurrentArticle())
        return;
    if (m_list->showsTrash())
        m_actions->showTrash->setChecked(false);
    Article article;
    article.language = m_defaultLanguage;
    article.section = m_list->sectionFilter()->currentData().toString();
    if (m_settings && !m_settings->authorName().isEmpty())
        article.authors = QStringList{m_settings->authorName()};
    // Stored at once, so that it has an id: the journal and the list need one.
    const SaveResult saved = m_repository->save(article, 0);
    if (!saved.ok()) {
        // The shared database may be away: the article opens unsaved (id 0) and the journal
        // keeps its words until a save reaches the database.
        m_opening = true;
        m_list->selectArticle(0);
        m_form->setArticle(article);
        m_opening = false;
        m_form->setEditable(true);
        m_cleanState = Article();
        m_dirty = true;
        m_journalPending = true;
        if (!writeJournal()) {
            m_form->clear();
            m_dirty = false;
            m_journalPending = false;
            m_dialogs->warning(this, tr("Article Not Created"), saved.error);
            return;
        }
        m_history->showArticle(article);
        updateListActions();
        updateSaveState(tr("Not saved yet, kept in the journal"));
        Q_EMIT articleOpened(0);
        m_form->focusField(ArticleField::Headline);
        return;
    }
    m_list->reload(saved.id);
    openArticle(saved.id);
    m_form->focusField(ArticleField::Headline);
}

void MainWindow::duplicateArticle()
{
    if (!m_form->hasArticle() || !leaveCurrentArticle())
        return;
    Article copy = m_form->article();
    copy.id = 0;
    copy.revision = 0;
    copy.created = QDateTime();
    copy.modified = QDateTime();
    copy.status = ArticleStatus::Draft;
    copy.headline = tr("Copy of %1").arg(copy.headline);
    const SaveResult saved = m_repository->save(copy, 0);
    if (!saved.ok()) {
        m_dialogs->warning(this, tr("Article Not Duplicated"), saved.error);
        return;
    }
    m_list->reload(saved.id);
    openArticle(saved.id);
    m_form->focusField(ArticleField::Headline);
}

void MainWindow::moveToTrash()
{
    // Every selected article goes: the trash gives each back, so no question is asked.
    const qint64 currentRow = m_list->selectedId();
    QList<qint64> ids = m_list->selectedIds();
    if (ids.isEmpty() && currentRow)
        ids = {currentRow};
    if (ids.isEmpty())
        return;
    const bool currentGoes = ids.contains(currentArticleId());
    if (currentGoes) {
        // Unsaved typing goes into the trash with the article, not lost.
        if (!leaveCurrentArticle())
            return;
        m_form->clear();
        m_history->clear();
    }
    // Afterwards the article below the first trashed one opens, as with a single one.
    int row = std::numeric_limits<int>::max();
    for (const qint64 id : std::as_const(ids)) {
        if (const int r = m_list->model()->rowOf(id); r >= 0)
            row = std::min(row, r);
    }
    int moved = 0;
    for (const qint64 id : std::as_const(ids)) {
        if (!m_repository->moveToTrash(id)) {
            m_dialogs->warning(this, tr("Not Moved to Trash"), m_repository->lastError());
            break;
        }
        m_repository->clearJournal(id);
        ++moved;
    }
    if (!currentGoes) {
        m_list->reload(currentArticleId());
    } else {
        m_list->reload();
        const int count = m_list->model()->rowCount();
        if (count > 0)
            openArticle(m_list->model()->idAt(std::clamp(row, 0, count - 1)));
    }
    updateListActions();
    updateStatistics();
    updateChecklist();
    if (moved > 0)
        updateSaveState(tr("%n article(s) moved to the trash", nullptr, moved));
}

void MainWindow::showTrash(bool trash)
{
    if (trash && !leaveCurrentArticle()) {
        const QSignalBlocker blocker(m_actions->showTrash);
        m_actions->showTrash->setChecked(false);
        return;
    }
    m_list->setShowTrash(trash);
    m_form->clear();
    m_history->clear();
    rebindSpellCheck();
    const qint64 first = m_list->model()->idAt(0);
    if (first)
        openArticle(first);
    updateListActions();
    updateStatistics();
    updateChecklist();
}

void MainWindow::restoreFromTrash()
{
    const qint64 current = m_list->selectedId();
    QList<qint64> ids = m_list->selectedIds();
    if (ids.isEmpty() && current)
        ids = {current};
    if (ids.isEmpty() || !m_list->showsTrash())
        return;
    for (const qint64 id : std::as_const(ids)) {
        if (!m_repository->restoreFromTrash(id)) {
            m_dialogs->warning(this, tr("Not Restored"), m_repository->lastError());
            return;
        }
    }
    const qint64 open = ids.contains(current) ? current : ids.constFirst();
    m_actions->showTrash->setChecked(false);
    m_list->reload(open);
    openArticle(open);
}

void MainWindow::emptyTrash()
{
    m_list->model()->fetchAll(); // the question counts every article in the trash
    const int count = m_list->model()->rowCount();
    if (!m_list->showsTrash() || count == 0)
        return;
    if (!m_dialogs->question(this, tr("Empty Trash"),
                             tr("Delete %n article(s) in the trash for good? This cannot be undone.", nullptr,
                                count)))
        return;
    if (!m_repository->emptyTrash()) {
        m_dialogs->warning(this, tr("Trash Not Emptied"), m_repository->lastError());
        return;
    }
    m_form->clear();
    m_history->clear();
    m_list->reload();
    updateListActions();
    rebindSpellCheck();
}

void MainWindow::restoreRevision(qint64 id, int revision)
{
    if (!leaveCurrentArticle())
        return;
    const SaveResult result = m_repository->restoreRevision(id, revision);
    if (!result.ok()) {
        m_dialogs->warning(this, tr("Revision Not Restored"),
                           result.error.isEmpty() ? m_repository->lastError() : result.error);
        return;
    }
    m_list->reload(id);
    openArticle(id);
    m_side->setCurrentWidget(m_history);
}

void MainWindow::focusFinding(const QString &field)
{
    ArticleField target = ArticleField::Headline;
    if (!ArticleFields::fromName(field, &target))
        return;
    m_form->focusField(target);
    // A spelling finding: select the field's first misspelled word, where the eye should go.
    SpellHighlighter *highlighter = m_form->highlighter(target);
    if (!highlighter || highlighter->misspelledCount() == 0)
        return;
    const MisspelledWord word = highlighter->misspelledWords().constFirst();
    QTextCursor cursor(highlighter->document());
    cursor.setPosition(word.position);
    cursor.setPosition(word.position + int(word.word.size()), QTextCursor::KeepAnchor);
    QWidget *widget = m_form->fieldWidget(target);
    if (auto *line = qobject_cast<QPlainTextEdit *>(widget))
        line->setTextCursor(cursor);
    else if (auto *rich = qobject_cast<QTextEdit *>(widget))
        rich->setTextCursor(cursor);
}

void MainWindow::setSpellChecker(SpellChecker *checker, FileDialogs *fileDialogs)
{
    m_checker = checker;
    m_fileDialogs = fileDialogs;
    // The checker starts in the preferences' default language: new articles get it too.
    if (checker)
        m_defaultLanguage = QString(checker->language()).replace(u'_', u'-');
    m_actions->checkSpelling->setEnabled(checker && checker->isValid());
    m_actions->newsroomDictionary->setEnabled(checker && fileDialogs);
    if (!checker || !checker->isValid()) {
        // Writing goes on without spell checking: say so where it is seen, without blocking.
        m_form->setSpellChecker(nullptr);
        m_spellingLabel->setText(tr("Spell checking unavailable"));
        m_spellingLabel->setToolTip(checker ? checker->validationError() : QString());
        statusBar()->showMessage(
            tr("Spell checking is unavailable: %1").arg(checker ? checker->validationError() : tr("no spell checker")));
        return;
    }
    m_form->setSpellChecker(checker);
    connect(checker, &SpellChecker::languageChanged, this, &MainWindow::updateSpellingCount);
    connect(m_form, &ArticleForm::misspelledCountChanged, this, [this] {
        updateSpellingCount();
        m_checkDelay->start();
    });
    updateSpellingCount();
}

void MainWindow::updateSpellingCount()
{
    if (m_checker)
        m_spellingLabel->setText(SpellingStatus::statusText(*m_checker, m_form->misspelledCount()));
}

QList<ChecklistFinding> MainWindow::spellingFindings() const
{
    QList<ChecklistFinding> findings;
    if (!m_checker || !m_checker->isValid())
        return m_checker && m_form->hasArticle() ? SpellingStatus::missingDictionaryFindings(*m_checker) : findings;
    for (ArticleField field : m_form->spellCheckedFields()) {
        const SpellHighlighter *highlighter = m_form->highlighter(field);
        if (!highlighter)
            continue;
        const auto words = highlighter->misspelledWords();
        for (const MisspelledWord &word : words) {
            findings.append({ArticleFields::name(field), ChecklistFinding::Severity::Info,
                             tr("%1: unknown word „%2“").arg(ArticleForm::fieldLabel(field), word.word)});
        }
    }
    return findings;
}

void MainWindow::checkSpelling()
{
    if (!m_checker || !m_checker->isValid() || !m_form->hasArticle())
        return;
    if (!m_spellDialog) {
        m_spellDialog = new SpellCheckDialog(*m_checker, this);
        m_spellDialog->setObjectName(u"spellCheckDialog"_s);
    }
    m_spellDialog->start(m_form->spellCheckFields());
    m_spellDialogArticle = currentArticleId();
    m_spellDialog->show();
    m_spellDialog->raise();
}

void MainWindow::rebindSpellCheck()
{
    // The dialog walks the form's documents, which the next article reuses: bound to the
    // article it was started on, it follows the journalist to the new one (from its first
    // word) or stops, so that nothing is written into an article that was not shown.
    if (!m_spellDialog || (m_form->hasArticle() && currentArticleId() == m_spellDialogArticle))
        return;
    m_spellDialogArticle = currentArticleId();
    if (m_spellDialog->isVisible() && m_form->hasArticle())
        m_spellDialog->start(m_form->spellCheckFields());
    else
        m_spellDialog->start({});
}

void MainWindow::showNewsroomDictionary()
{
    if (!m_checker || !m_fileDialogs)
        return;
    auto *dialog = new DictionaryDialog(*m_checker, *m_fileDialogs, this);
    dialog->setObjectName(u"dictionaryDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::reloadSections()
{
    if (!m_repository)
        return;
    const QStringList sections = m_repository->sections().value_or(QStringList());
    m_form->setSections(sections);
    m_list->setSections(sections);
}

void MainWindow::showDialog(QDialog *dialog)
{
    // open(), not exec(): the window stays responsive and tests never block on a dialog.
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_lastDialog = dialog;
    connect(dialog, &QObject::destroyed, this, [this, dialog] {
        if (m_lastDialog == dialog)
            m_lastDialog = nullptr;
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    showDialog(new AboutDialog(this));
}

void MainWindow::showPreferences()
{
    if (!m_settings)
        return;
    auto *dialog = new PreferencesDialog(*m_settings, this);
    if (m_repository)
        dialog->setOpenDatabase(m_repository->location());
    showDialog(dialog);
}

void MainWindow::showUserGuide()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"userGuideDialog"_s);
    dialog->setWindowTitle(tr("Newsdesk User Guide"));
    auto *browser = new QTextBrowser(dialog);
    browser->setOpenExternalLinks(true);
    browser->setSearchPaths({u":/newsdesk/docs"_s});
    QFile guide(u":/newsdesk/docs/user-guide.md"_s);
    if (guide.open(QIODevice::ReadOnly)) {
        browser->setMarkdown(QString::fromUtf8(guide.readAll()));
        // The screenshots are 1366 and 1920 pixels wide: shown at the dialog's width (the
        // height follows), not behind a horizontal scroll bar.
        struct Picture {
            int position;
            int length;
            QTextImageFormat format;
        };
        QList<Picture> pictures; // collected first: a new format splits the fragments walked
        for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextImageFormat image = it.fragment().charFormat().toImageFormat();
                if (image.isValid())
                    pictures.append({it.fragment().position(), it.fragment().length(), image});
            }
        }
        QTextCursor cursor(browser->document());
        for (Picture &picture : pictures) {
            picture.format.setWidth(680);
            cursor.setPosition(picture.position);
            cursor.setPosition(picture.position + picture.length, QTextCursor::KeepAnchor);
            cursor.setCharFormat(picture.format);
        }
    } else {
        browser->setPlainText(tr("The user guide is not installed."));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    dialog->resize(760, 640);
    showDialog(dialog);
}

void MainWindow::exportCurrent(const QString &formatId, bool fragment)
{
    if (!m_form->hasArticle() || !confirmExport({m_form->article()}))
        return;
    m_export->exportArticle(m_form->article(), formatId, fragment);
}

void MainWindow::exportAll()
{
    // What the journalist has saved: the current article's typing goes in first.
    if (m_dirty && !saveArticle())
        return;
    // Everything the list's filter lists, in its order, also the rows not read into the list.
    ArticleFilter filter = m_list->model()->filter();
    filter.limit = -1;
    filter.offset = 0;
    const auto summaries = m_repository ? m_repository->list(filter) : std::nullopt;
    if (!summaries) {
        updateSaveState(tr("Export failed: %1").arg(m_repository ? m_repository->lastError() : QString()));
        return;
    }
    QList<qint64> ids;
    ids.reserve(summaries->size());
    QList<Article> concerns; // the list's status is all the question needs
    for (const ArticleSummary &summary : *summaries) {
        ids.append(summary.id);
        Article article;
        article.headline = summary.headline;
        article.status = summary.status;
        concerns.append(article);
    }
    if (!confirmExport(concerns))
        return;
    m_export->exportArticles(ids, u"html"_s);
}

void MainWindow::exportSelected(const QString &formatId)
{
    const QList<qint64> ids = m_list->selectedIds();
    if (ids.isEmpty() || m_list->showsTrash())
        return;
    if (m_dirty && ids.contains(currentArticleId()) && !saveArticle())
        return;
    QList<Article> articles;
    for (const qint64 id : ids) {
        if (const int row = m_list->model()->rowOf(id); row >= 0) {
            Article article;
            article.headline = m_list->model()->summaryAt(row).headline;
            article.status = m_list->model()->summaryAt(row).status;
            articles.append(article);
        }
    }
    if (!confirmExport(articles))
        return;
    m_export->exportArticles(ids, formatId);
}

bool MainWindow::confirmExport(const QList<Article> &articles)
{
    // Never silently: a draft or the placeholder address goes out only when the journalist says so.
    const QStringList concerns = ExportConcerns::of(articles, m_export->options());
    if (concerns.isEmpty())
        return true;
    return m_dialogs->question(this, tr("Export Anyway?"),
                               concerns.join(u"\n"_s) + u"\n\n"_s + tr("Export anyway?"));
}

void MainWindow::updatePreview()
{
    if (!m_form->hasArticle()) {
        m_preview->clearPreview();
        return;
    }
    // Built and parsed on the preview's worker thread from this copy: typing goes on meanwhile.
    m_preview->render(m_form->article(), m_export->options());
}

void MainWindow::setSettings(AppSettings *settings)
{
    if (m_settings)
        disconnect(m_settings, nullptr, this, nullptr);
    m_settings = settings;
    m_export->setSettings(settings);
    if (!settings)
        return;
    const auto apply = [this] { applySettings(); };
    for (auto signal : {&AppSettings::kickerLimitChanged, &AppSettings::headlineLimitChanged,
                        &AppSettings::teaserLimitChanged, &AppSettings::altTextLimitChanged,
                        &AppSettings::readingRateChanged, &AppSettings::lineColumnsChanged,
                        &AppSettings::autosaveIdleDelayChanged,
                        &AppSettings::autosaveMaxIntervalChanged})
        connect(settings, signal, this, apply);
    connect(settings, &AppSettings::exportBaseUrlChanged, this, apply);
    connect(settings, &AppSettings::exportTemplateFolderChanged, this, apply);
    connect(settings, &AppSettings::imageWidthsChanged, this, apply);
    connect(settings, &AppSettings::photoCreditFormatChanged, this, apply);
    for (auto signal : {&AppSettings::germanQuotesChanged, &AppSettings::nonBreakingSpacesChanged,
                        &AppSettings::ellipsisChanged, &AppSettings::typographyAsYouTypeChanged})
        connect(settings, signal, this, apply);
    applySettings();
}

void MainWindow::applySettings()
{
    if (!m_settings)
        return;
    FieldLimits limits;
    limits.kicker = m_settings->kickerLimit();
    limits.headline = m_settings->headlineLimit();
    limits.teaser = m_settings->teaserLimit();
    limits.altText = m_settings->altTextLimit();
    m_form->setLimits(limits);
    m_form->photoPanel()->setCreditFormat(m_settings->photoCreditFormat());
    m_form->typographyTyping()->setEnabled(m_settings->typographyAsYouType());
    m_autosaver->setIdleInterval(m_settings->autosaveIdleDelay() * 1000);
    m_autosaver->setMaxInterval(m_settings->autosaveMaxInterval() * 1000);
    updateStatistics();
    updateChecklist();
    if (m_side->currentWidget() == m_preview)
        updatePreview();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_dirty && m_form->hasArticle() && !saveArticle()) {
        // Not saved (conflict, database gone): the journal holds the text; closing now loses
        // nothing, it is offered again at the next start.
        const bool journaled = writeJournal();
        const bool quit = journaled
            && m_dialogs->question(this, tr("Article Not Saved"),
                                   tr("The article could not be saved; your text is kept in the journal and "
                                      "offered again at the next start. Quit anyway?"));
        if (!quit) {
            event->ignore();
            return;
        }
    }
    // A clean quit leaves no journal behind: the next start must not report a crash.
    if (!m_dirty && currentArticleId() > 0)
        m_repository->clearJournal(currentArticleId());
    saveSettings();
    event->accept();
}
