#include "mainwindow.h"

#include "about/aboutdialog.h"
#include "actions/appactions.h"
#include "articlelist/articlecommands.h"
#include "articlelist/articlelistmodel.h"
#include "articlelist/articlelistpanel.h"
#include "articlelist/articletableview.h"
#include "dialogs/dialoginterface.h"
#include "editor/articleform.h"
#include "editor/bodyeditor.h"
#include "editor/editactions.h"
#include "editor/typographydesk.h"
#include "export/exportactions.h"
#include "export/exportcontroller.h"
#include "findreplace/articlefindbar.h"
#include "editor/invisiblemarks.h"
#include "length/lengthdesk.h"
#include "help/userguidedialog.h"
#include "history/historypanel.h"
#include "import/importcontroller.h"
#include "photo/photopanel.h"
#include "preferences/preferencesdialog.h"
#include "session/autosaver.h"
#include "session/startupflow.h"
#include "settings/appsettings.h"
#include "sidepanel/sidepanel.h"
#include "spelling/spellchecker.h"
#include "spelling/spellingcontroller.h"
#include "statusbar/lengthstatus.h"
#include "statusbar/savestatelabel.h"
#include "validation/checklistcontroller.h"
#include "validation/checklistpanel.h"
#include "windowlayout.h"

#include <algorithm>

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
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextCursor>
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
    , m_previewDelay(new QTimer(this))
    , m_preview(new PreviewPane(this))
    , m_export(new ExportController(repository, dialogs, this))
    , m_import(new ImportController(repository, dialogs, this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Newsdesk"));
    createLayout();
    connectActions();
    connectSession();
    restoreSettings();
    m_edit->updateUndoActions();
    m_edit->updateFormatActions();
    m_commands->updateActions();
}

MainWindow::~MainWindow()
{
    // Destroying the children moves the focus, resets models and removes tabs; the handlers
    // must not see half a window.
    const QList<const QObject *> senders = {qApp, m_list, m_side, m_form, m_form->undoStack(), m_form->sideUndoStack(),
                                            m_form->bodyEditor(), m_form->bodyEditor()->document(),
                                            m_checklist, m_history, m_session, m_export};
    const QList<const QObject *> receivers = {this, m_edit, m_spelling}; // and the helpers listening to them
    for (const QObject *sender : senders)
        for (const QObject *receiver : receivers)
            disconnect(sender, nullptr, receiver, nullptr);
}

void MainWindow::createLayout()
{
    m_list = new ArticleListPanel(m_repository, this);
    m_form = new ArticleForm(m_repository, m_dialogs, this);
    m_form->formatToolBar()->addActions(m_actions->formatActions());

    m_checklist = new ChecklistPanel(this);
    m_history = new HistoryPanel(m_repository, this);
    m_side = new SidePanel(m_form, m_checklist, m_history, m_preview, this);

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
    m_spelling = new SpellingController(m_form, m_dialogs, this);
    m_checks = new ChecklistController(m_form, m_checklist, m_spelling, m_import, this);
    m_saveLabel = new SaveStateLabel(this);
    statusBar()->addWidget(m_length->wordsLabel());
    statusBar()->addWidget(m_length->readingLabel());
    statusBar()->addWidget(m_checks->warningsLabel());
    statusBar()->addWidget(m_spelling->label());
    statusBar()->addPermanentWidget(m_saveLabel);
    m_lengthDesk = new LengthDesk(m_repository, m_form, m_length, statusBar(), this);
    connect(m_lengthDesk, &LengthDesk::changed, m_checks, &ChecklistController::update);
    connect(m_length, &LengthStatus::articleMeasured, m_lengthDesk, &LengthDesk::updateTarget);
    m_checks->setBasicChecks(
        [this](const Article &article) { return m_lengthDesk->findings(article); });

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

    // The preview renders the whole article: only after a pause, and only while it is shown.
    m_previewDelay->setSingleShot(true);
    m_previewDelay->setInterval(300);
    connect(m_previewDelay, &QTimer::timeout, this, &MainWindow::updatePreview);
}

void MainWindow::connectActions()
{
    connect(m_actions->checkSpelling, &QAction::triggered, this,
            [this] { m_spelling->checkSpelling(currentArticleId()); });
    connect(m_spelling, &SpellingController::countChanged, m_checks, &ChecklistController::schedule);
    connect(m_actions->newsroomDictionary, &QAction::triggered, m_spelling, &SpellingController::showNewsroomDictionary);
    m_actions->checkSpelling->setEnabled(false);
    m_actions->newsroomDictionary->setEnabled(false);
    AppActions *a = m_actions;
    m_edit = new EditActions(a, m_form, m_dialogs, this);
    m_commands = new ArticleCommands(a, m_list, m_session, m_form, m_dialogs, this);
    m_typography = new TypographyDesk(a, m_form, m_session, m_import, this);
    connect(m_commands, &ArticleCommands::refreshed, this, [this] {
        m_length->update();
        updateChecklist();
    });
    connect(m_commands, &ArticleCommands::listSwitched, this, [this] { m_spelling->rebind(currentArticleId()); });
    connect(m_commands, &ArticleCommands::message, m_saveLabel, &SaveStateLabel::showState);
    connect(a->save, &QAction::triggered, this, &MainWindow::saveArticle);
    connect(a->quit, &QAction::triggered, this, &QWidget::close);
    connect(a->findReplaceInArticle, &QAction::triggered, this, [this] {
        m_findDock->show();
        m_findBar->activate();
    });
    connect(m_findBar, &ArticleFindBar::closeRequested, m_findDock, &QWidget::hide);
    connect(a->showInvisibles, &QAction::toggled, m_lengthDesk->invisibleMarks(), &InvisibleMarks::setShown);
    connect(a->find, &QAction::triggered, this, [this] {
        m_list->searchEdit()->setFocus(Qt::ShortcutFocusReason);
        m_list->searchEdit()->selectAll();
    });
    m_side->connectActions(a);
    connect(a->about, &QAction::triggered, this, [this] { showDialog(new AboutDialog(this)); });
    connect(a->preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(a->userGuide, &QAction::triggered, this, [this] { showDialog(new UserGuideDialog(this)); });
    new ExportActions(a, m_export, m_session, m_list, m_dialogs, this);
    connect(m_export, &ExportController::message, m_saveLabel, &SaveStateLabel::showState);
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
    connect(m_list, &ArticleListPanel::selectionChanged, m_commands, &ArticleCommands::updateActions);
    connect(m_checklist, &ChecklistPanel::fieldRequested, this, &MainWindow::focusFinding);
    connect(m_history, &HistoryPanel::restoreRequested, this, [this](qint64 id, int revision) {
        if (m_session->restoreRevision(id, revision))
            m_side->setCurrentWidget(m_history);
    });
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
    m_splitterRestored = WindowLayout::restore(*this, *m_splitter, *m_side, *m_memory);
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
    // The first layout follows the window's real size (set after construction, e.g. --size).
    m_splitterRestored = true;
    WindowLayout::setFirstSizes(*m_splitter, width(), m_list->minimumSizeHint().width(), *m_side);
}

void MainWindow::saveSettings() const
{
    WindowLayout::save(*this, *m_splitter, *m_side, *m_memory);
    if (m_repository) {
        m_memory->setWindowValue(AppSettings::LastDatabaseKey, m_repository->location());
        m_memory->setWindowValue(AppSettings::LastArticleKey, currentArticleId());
    }
}

void MainWindow::start()
{
    StartupFlow::run({m_repository, m_session, m_list, m_dialogs, m_memory, this, m_interactive,
                      [this](qint64 id) { return openArticle(id); }, [this] { reloadSections(); }});
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
    connect(m_session, &ArticleSession::stateText, m_saveLabel, &SaveStateLabel::showState);
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
    m_length->update();
    updateChecklist();
    m_edit->updateUndoActions();
    m_commands->updateActions();
    if (change != Change::Opened)
        return;
    if (m_side->currentWidget() == m_preview)
        updatePreview();
    m_spelling->rebind(article.id);
    m_memory->setWindowValue(AppSettings::LastArticleKey, article.id);
}

void MainWindow::onEdited()
{
    if (!m_form->isEditable())
        return; // a trashed article, or none: nothing to keep
    m_session->noteEdited();
    m_length->schedule();
    m_checks->schedule();
    if (m_side->currentWidget() == m_preview)
        m_previewDelay->start();
    m_saveLabel->markEdited();
}

void MainWindow::setHyphenator(const Hyphenator *hyphenator, const QString &problem)
{
    m_length->setHyphenator(hyphenator, problem);
}

void MainWindow::setFindingsProvider(FindingsProvider provider)
{
    m_checks->setFindingsProvider(std::move(provider));
    m_checks->update();
}

void MainWindow::updateChecklist()
{
    m_checks->update();
}

QString MainWindow::statusText() const
{
    return QStringList{m_length->wordsLabel()->text(), m_length->readingLabel()->text(), m_checks->warningsLabel()->text(),
                       m_spelling->label()->text(), m_saveLabel->text()}
        .join(u" | "_s);
}

void MainWindow::focusFinding(const QString &field)
{
    ArticleField target = ArticleField::Headline;
    if (!ArticleFields::fromName(field, &target))
        return;
    m_form->focusField(target);
    m_spelling->selectFirstMisspelled(target);
}

void MainWindow::setSpellChecker(SpellChecker *checker)
{
    // The checker starts in the preferences' default language: new articles get it too.
    if (checker)
        m_commands->setDefaultLanguage(QString(checker->language()).replace(u'_', u'-'));
    m_spelling->setSpellChecker(checker);
    m_actions->checkSpelling->setEnabled(m_spelling->isAvailable());
    m_actions->newsroomDictionary->setEnabled(m_spelling->hasDictionary());
    if (!m_spelling->isAvailable())
        statusBar()->showMessage(m_spelling->problem());
}

SpellCheckDialog *MainWindow::spellCheckDialog() const
{
    return m_spelling->dialog();
}

Autosaver *MainWindow::autosaver() const
{
    return m_session->autosaver();
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
    // A QPointer forgets a closed dialog by itself. (A lambda on destroyed() did too, but it also
    // ran while ~QWidget deleted a dialog still open at quit, when this was no longer a
    // MainWindow: UBSan's invalid member access, found by tools/dev test --sanitize.)
    m_lastDialog = dialog;
    dialog->open();
}

void MainWindow::showPreferences()
{
    if (!m_settings)
        return;
    auto *dialog = new PreferencesDialog(*m_settings, *m_dialogs, this);
    if (m_repository)
        dialog->setOpenDatabase(m_repository->location());
    dialog->setNewsroomConfig(m_lengthDesk->newsroom());
    showDialog(dialog);
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
    m_typography->setSettings(settings);
    if (!settings)
        return;
    connect(settings, &AppSettings::modified, this, &MainWindow::applySettings);
    m_actions->showInvisibles->setChecked(settings->showInvisibles());
    connect(m_actions->showInvisibles, &QAction::toggled, settings, &AppSettings::setShowInvisibles);
    applySettings();
}

void MainWindow::applySettings()
{
    if (!m_settings)
        return;
    m_form->photoPanel()->setCreditFormat(m_settings->photoCreditFormat());
    m_session->autosaver()->setIdleInterval(m_settings->autosaveIdleDelay() * 1000);
    m_session->autosaver()->setMaxInterval(m_settings->autosaveMaxInterval() * 1000);
    m_length->update();
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
