#include "mainwindow.h"

#include "about/aboutdialog.h"
#include "actions/appactions.h"
#include "articlelist/articlecommands.h"
#include "articlelist/articlelistmodel.h"
#include "articlelist/articlelistpanel.h"
#include "articlelist/articletableview.h"
#include "articletext.h"
#include "dialogs/dialoginterface.h"
#include "editor/articleform.h"
#include "editor/bodyeditor.h"
#include "editor/editactions.h"
#include "editor/typographytyping.h"
#include "export/exportactions.h"
#include "export/exportcontroller.h"
#include "findreplace/articlefindbar.h"
#include "help/userguidedialog.h"
#include "history/historypanel.h"
#include "import/importcontroller.h"
#include "photo/photopanel.h"
#include "preferences/preferencesdialog.h"
#include "related/relatedlinkseditor.h"
#include "session/autosaver.h"
#include "settings/appsettings.h"
#include "spelling/spellchecker.h"
#include "spelling/spellingcontroller.h"
#include "statusbar/lengthstatus.h"
#include "validation/checklistpanel.h"
#include "validation/validatorchecks.h"

#include <algorithm>
#include <limits>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTextCursor>
#include <QTextEdit>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(ArticleRepository *repository, DialogInterface *dialogs, QWidget *parent)
    : QMainWindow(parent)
    , m_repository(repository)
    , m_dialogs(dialogs)
    , m_memory(new AppSettings(this))
    , m_actions(new AppActions(this))
    , m_session(new ArticleSession(repository, this))
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
    connectSession();
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
                                            m_checklist, m_history, m_session, m_export};
    for (const QObject *sender : senders) {
        for (const QObject *receiver : {static_cast<const QObject *>(this), static_cast<const QObject *>(m_edit),
                                        static_cast<const QObject *>(m_spelling)})
            disconnect(sender, nullptr, receiver, nullptr);
    }
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

    m_length = new LengthStatus(m_form, this);
    m_spelling = new SpellingController(m_form, this);
    m_warningsLabel = new QLabel(this);
    m_warningsLabel->setObjectName(u"warningsLabel"_s);
    m_saveLabel = new QLabel(this);
    m_saveLabel->setObjectName(u"saveStateLabel"_s);
    statusBar()->addWidget(m_length->wordsLabel());
    statusBar()->addWidget(m_length->readingLabel());
    statusBar()->addWidget(m_warningsLabel);
    statusBar()->addWidget(m_spelling->label());
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
    connect(m_spelling, &SpellingController::countChanged, m_checkDelay, qOverload<>(&QTimer::start));
    connect(m_actions->newsroomDictionary, &QAction::triggered, this, &MainWindow::showNewsroomDictionary);
    m_actions->checkSpelling->setEnabled(false);
    m_actions->newsroomDictionary->setEnabled(false);
    AppActions *a = m_actions;
    m_edit = new EditActions(a, m_form, m_dialogs, this);
    m_commands = new ArticleCommands(a, m_list, m_session, m_form, m_dialogs, this);
    connect(m_commands, &ArticleCommands::refreshed, this, [this] {
        updateStatistics();
        updateChecklist();
    });
    connect(m_commands, &ArticleCommands::listSwitched, this, &MainWindow::rebindSpellCheck);
    connect(m_commands, &ArticleCommands::message, this, &MainWindow::updateSaveState);
    connect(a->save, &QAction::triggered, this, &MainWindow::saveArticle);
    connect(a->quit, &QAction::triggered, this, &QWidget::close);
    connect(a->findReplaceInArticle, &QAction::triggered, this, [this] {
        m_findDock->show();
        m_findBar->activate();
    });
    connect(m_findBar, &ArticleFindBar::closeRequested, m_findDock, &QWidget::hide);
    connect(a->find, &QAction::triggered, this, [this] {
        m_list->searchEdit()->setFocus(Qt::ShortcutFocusReason);
        m_list->searchEdit()->selectAll();
    });


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
    new ExportActions(a, m_export, m_session, m_list, m_dialogs, this);
    connect(m_export, &ExportController::message, this, &MainWindow::updateSaveState);
    connect(a->importFiles, &QAction::triggered, m_import, &ImportController::chooseAndImport);
    connect(m_import, &ImportController::openRequested, this, [this](qint64 id) {
        m_list->reload(id);
        openArticle(id);
    });
    setAcceptDrops(true);
    connect(a->aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    connect(m_form, &ArticleForm::edited, this, &MainWindow::onEdited);
    // The list does not signal its own selecting (ArticleListPanel::selectArticle, reload):
    // only the journalist's choice opens an article.
    connect(m_list, &ArticleListPanel::articleActivated, this, [this](qint64 id) {
        if (id != currentArticleId())
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
    // A sensible first layout from 1366×768 upwards: list, a wide form, the side panel.
    const QRect screen = QGuiApplication::primaryScreen() ? QGuiApplication::primaryScreen()->availableGeometry()
                                                          : QRect(0, 0, 1366, 768);
    if (!restoreGeometry(m_memory->windowValue(AppSettings::WindowGeometryKey).toByteArray()))
        resize(std::min(1600, screen.width()), std::min(950, screen.height()));
    restoreState(m_memory->windowValue(AppSettings::WindowStateKey).toByteArray());
    m_splitterRestored = m_splitter->restoreState(m_memory->windowValue(AppSettings::MainSplitterKey).toByteArray());
    m_side->setCurrentIndex(m_memory->windowValue(AppSettings::SideTabKey).toInt());
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
    m_memory->setWindowValue(AppSettings::WindowGeometryKey, saveGeometry());
    m_memory->setWindowValue(AppSettings::WindowStateKey, saveState());
    m_memory->setWindowValue(AppSettings::MainSplitterKey, m_splitter->saveState());
    m_memory->setWindowValue(AppSettings::SideTabKey, m_side->currentIndex());
    if (m_repository) {
        m_memory->setWindowValue(AppSettings::LastDatabaseKey, m_repository->location());
        m_memory->setWindowValue(AppSettings::LastArticleKey, currentArticleId());
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

    qint64 last = 0;
    if (m_memory->windowValue(AppSettings::LastDatabaseKey).toString() == m_repository->location())
        last = m_memory->windowValue(AppSettings::LastArticleKey).toLongLong();
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

void MainWindow::offerRecovery()
{
    // Without asking (--screenshot) the journal stays for the next interactive start.
    if (!m_interactive)
        return;
    m_session->offerRecovery([this](const Article &entry) {
        const QString headline = entry.headline.isEmpty() ? ArticleText::untitled() : entry.headline;
        return m_dialogs->question(
            this, tr("Restore Unsaved Changes"),
            tr("Newsdesk was not closed properly. Unsaved changes to “%1” were kept.\n\nRestore them?").arg(headline));
    });
}

bool MainWindow::openArticle(qint64 id)
{
    if (!m_repository)
        return false;
    if (!m_session->leave()) {
        m_list->selectArticle(currentArticleId()); // the list shows what the form shows
        return false;
    }
    return m_session->open(id, !m_list->showsTrash());
}

void MainWindow::connectSession()
{
    m_session->setEditor([this] { return m_form->article(); });
    connect(m_session, &ArticleSession::articleShown, this, &MainWindow::showArticle);
    connect(m_session, &ArticleSession::saved, this, [this](qint64 id, int revision, const QDateTime &modified) {
        m_form->markSaved(id, revision, modified);
        if (m_side->currentWidget() == m_history)
            m_history->showArticle(m_form->article());
        reloadSections();
    });
    connect(m_session, &ArticleSession::closed, this, [this] {
        m_form->clear();
        m_history->clear();
    });
    connect(m_session, &ArticleSession::listChanged, this, [this](qint64 id) { m_list->reload(id); });
    connect(m_session, &ArticleSession::stateText, this, &MainWindow::updateSaveState);
    connect(m_session, &ArticleSession::journalWritten, this, [this](const Article &article) {
        // The list shows what is being written, not the empty row the article was created as.
        m_list->model()->showUnsaved(article, m_length->readingMinutes());
    });
    connect(m_session, &ArticleSession::problem, this,
            [this](const QString &title, const QString &message) { m_dialogs->warning(this, title, message); });
    connect(m_session, &ArticleSession::articleOpened, this, &MainWindow::articleOpened);
}

void MainWindow::showArticle(const Article &article, ArticleSession::Change change)
{
    using Change = ArticleSession::Change;
    // A colleague's revision: typing goes on where it was when the body itself did not change.
    BodyEditor *body = m_form->bodyEditor();
    const bool keepCursor =
        change == Change::FromElsewhere && m_form->hasArticle() && m_form->article().bodyHtml == article.bodyHtml;
    const int position = body->textCursor().position();
    if (change == Change::Recovered && article.id > 0 && m_list->model()->rowOf(article.id) >= 0)
        m_list->selectArticle(article.id);
    else if (change == Change::Unsaved)
        m_list->selectArticle(0);
    m_form->setArticle(article);
    if (change == Change::Opened)
        m_list->selectArticle(article.id);
    m_form->setEditable(m_session->isEditable());
    if (keepCursor) {
        QTextCursor cursor = body->textCursor();
        cursor.setPosition(std::min(position, body->document()->characterCount() - 1));
        body->setTextCursor(cursor);
    }
    m_history->showArticle(article);
    updateStatistics();
    updateChecklist();
    updateUndoActions();
    updateListActions();
    if (change != Change::Opened)
        return;
    if (m_side->currentWidget() == m_preview)
        updatePreview();
    rebindSpellCheck();
    m_memory->setWindowValue(AppSettings::LastArticleKey, article.id);
}

void MainWindow::onEdited()
{
    if (!m_form->isEditable())
        return; // a trashed article, or none: nothing to keep
    m_session->noteEdited();
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
    m_length->update();
}

void MainWindow::setHyphenator(const Hyphenator *hyphenator, const QString &problem)
{
    m_length->setHyphenator(hyphenator, problem);
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
    findings.append(m_spelling->findings());
    for (const QString &note : m_import->checklistNotes(article.id))
        findings.append({u"body"_s, ChecklistFinding::Severity::Warning, note});
    m_checklist->setFindings(findings);
    const int warnings = m_checklist->warningCount();
    m_warningsLabel->setText(tr("%n warning(s)", nullptr, warnings));
}

QString MainWindow::statusText() const
{
    return QStringList{m_length->wordsLabel()->text(), m_length->readingLabel()->text(), m_warningsLabel->text(),
                       m_spelling->label()->text(), m_saveLabel->text()}
        .join(u" | "_s);
}

void MainWindow::updateUndoActions()
{
    m_edit->updateUndoActions();
}

void MainWindow::updateFormatActions()
{
    m_edit->updateFormatActions();
}

void MainWindow::updateListActions()
{
    m_commands->updateActions();
}

void MainWindow::restoreRevision(qint64 id, int revision)
{
    if (m_session->restoreRevision(id, revision))
        m_side->setCurrentWidget(m_history);
}

void MainWindow::focusFinding(const QString &field)
{
    ArticleField target = ArticleField::Headline;
    if (!ArticleFields::fromName(field, &target))
        return;
    m_form->focusField(target);
    m_spelling->selectFirstMisspelled(target);
}

void MainWindow::setSpellChecker(SpellChecker *checker, FileDialogs *fileDialogs)
{
    // The checker starts in the preferences' default language: new articles get it too.
    if (checker)
        m_commands->setDefaultLanguage(QString(checker->language()).replace(u'_', u'-'));
    m_spelling->setSpellChecker(checker, fileDialogs);
    m_actions->checkSpelling->setEnabled(m_spelling->isAvailable());
    m_actions->newsroomDictionary->setEnabled(m_spelling->hasDictionary());
    if (!m_spelling->isAvailable())
        statusBar()->showMessage(m_spelling->problem());
}

void MainWindow::checkSpelling()
{
    m_spelling->checkSpelling(currentArticleId());
}

SpellCheckDialog *MainWindow::spellCheckDialog() const
{
    return m_spelling->dialog();
}

Autosaver *MainWindow::autosaver() const
{
    return m_session->autosaver();
}

void MainWindow::rebindSpellCheck()
{
    m_spelling->rebind(currentArticleId());
}

void MainWindow::showNewsroomDictionary()
{
    m_spelling->showNewsroomDictionary();
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
    showDialog(new UserGuideDialog(this));
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
    m_length->setSettings(settings);
    m_commands->setSettings(settings);
    if (!settings)
        return;
    connect(settings, &AppSettings::modified, this, &MainWindow::applySettings);
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
    m_session->autosaver()->setIdleInterval(m_settings->autosaveIdleDelay() * 1000);
    m_session->autosaver()->setMaxInterval(m_settings->autosaveMaxInterval() * 1000);
    updateStatistics();
    updateChecklist();
    if (m_side->currentWidget() == m_preview)
        updatePreview();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (hasUnsavedChanges() && m_session->hasArticle() && !saveArticle()) {
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
    m_session->finish(); // a clean quit leaves no journal behind

    saveSettings();
    event->accept();
}
