#include "import/importcontroller.h"

#include "articlerepository.h"
#include "dialogs/dialoginterface.h"
#include "import/importsummarydialog.h"
#include "photoimporter.h"

#include <QFileInfo>
#include <QMimeData>
#include <QProgressDialog>
#include <QThread>
#include <QUrl>
#include <QWidget>

using namespace Qt::StringLiterals;

ImportController::ImportController(ArticleRepository *repository, DialogInterface *dialogs, QWidget *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_dialogs(dialogs)
    , m_parent(parent)
{
}

ImportController::~ImportController()
{
    if (m_thread) {
        // A window closed during a long conversion: pandoc is killed, the thread ends.
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

QStringList ImportController::droppedFiles(const QMimeData *data)
{
    QStringList files;
    if (!data || !data->hasUrls())
        return files;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files << url.toLocalFile();
    }
    return files;
}

void ImportController::chooseAndImport()
{
    const QStringList files = m_dialogs->getOpenFileNames(m_parent, tr("Import Articles"), ArticleImporter::fileDialogFilter());
    if (!files.isEmpty())
        importFiles(files);
}

void ImportController::importFiles(const QStringList &files)
{
    if (isRunning() || files.isEmpty() || !m_repository)
        return;
    m_queue = files;
    m_total = int(files.size());
    m_entries.clear();
    m_batch = std::make_unique<ImportBatch>(m_repository);
    m_lastImported = 0;
    m_cancel = false;
    if (m_summary)
        m_summary->close();
    m_progress = new QProgressDialog(m_parent);
    m_progress->setObjectName(u"importProgress"_s);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setWindowTitle(tr("Import"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setRange(0, m_total);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, [this] { m_cancel = true; });
    m_progress->show();
    startNext();
}

void ImportController::startNext()
{
    if (m_progress && m_progress->wasCanceled())
        m_cancel = true;
    if (m_cancel || m_queue.isEmpty()) {
        finish();
        return;
    }
    const QString file = m_queue.takeFirst();
    const int done = m_total - int(m_queue.size()) - 1;
    if (m_progress) {
        m_progress->setValue(done);
        m_progress->setLabelText(tr("Importing %1 (%2 of %3) …").arg(QFileInfo(file).fileName()).arg(done + 1).arg(m_total));
    }
    // pandoc may need seconds for a long document: the window stays responsive and the
    // progress dialog's Cancel stops the conversion (the importer polls m_cancel).
    ArticleImporter importer = m_importer;
    importer.setCancelFlag(&m_cancel);
    auto result = std::make_shared<ArticleImporter::Result>();
    m_thread = QThread::create([importer, file, result] { *result = importer.importFile(file); });
    connect(m_thread, &QThread::finished, this, [this, file, result] {
        m_thread->deleteLater();
        m_thread = nullptr;
        handle(file, *result);
        Q_EMIT progressed(m_total - int(m_queue.size()), m_total);
        startNext();
    });
    m_thread->start();
}

void ImportController::handle(const QString &file, const ArticleImporter::Result &result)
{
    if (!result.ok()) {
        ArticleImporter::Result refused = result;
        if (m_cancel)
            refused.error = tr("The import was cancelled.");
        m_batch->add(file, refused);
        return;
    }
    ArticleImporter::Result stored = result;
    Article &article = stored.items.first().article;
    const DocumentReport &report = result.document;
    if (!report.firstImage.isEmpty()) {
        const bool use = m_dialogs->question(
            m_parent, tr("Lead Photo"),
            tr("%1 contains %n image(s). Use the first one as the article's lead photo? "
               "Caption, credit and alt text then still need to be written.",
               nullptr, int(report.images.size()))
                .arg(QFileInfo(file).fileName()));
        if (use) {
            PhotoImporter photos;
            if (const std::optional<Photo> photo = photos.importBytes(report.firstImage, report.firstImageName)) {
                article.photo = *photo;
                stored.warnings << tr("The first image became the lead photo.");
            } else {
                stored.warnings << tr("The first image cannot be the lead photo: %1").arg(photos.lastError());
            }
        }
    }
    for (const qsizetype index : m_batch->add(file, stored)) {
        const ImportBatch::Entry &done = m_batch->entries().at(index);
        if (done.outcome != ImportBatch::Outcome::Imported && done.outcome != ImportBatch::Outcome::Updated)
            continue;
        m_lastImported = done.articleId;
        if (!result.checklistNotes.isEmpty())
            m_notes.insert(done.articleId, result.checklistNotes);
    }
}

void ImportController::finish()
{
    // Related items given by source identity: now that every file is in, in any order.
    m_batch->finish();
    for (const ImportBatch::Entry &done : m_batch->entries()) {
        ImportEntry entry;
        entry.file = done.file;
        entry.imported = done.outcome == ImportBatch::Outcome::Imported || done.outcome == ImportBatch::Outcome::Updated;
        entry.updated = done.outcome == ImportBatch::Outcome::Updated;
        entry.articleId = done.articleId;
        entry.headline = done.headline;
        if (entry.updated)
            entry.note = done.message;
        else if (!entry.imported)
            entry.reason = done.message;
        entry.warnings = done.warnings;
        entry.unresolved = done.unresolved;
        m_entries << entry;
    }
    // Files never started because the journalist cancelled are listed as skipped too.
    for (const QString &file : std::as_const(m_queue)) {
        ImportEntry entry;
        entry.file = file;
        entry.reason = tr("The import was cancelled.");
        m_entries << entry;
    }
    m_queue.clear();
    if (m_progress) {
        m_progress->setValue(m_total);
        m_progress->close();
    }
    if (m_lastImported > 0)
        Q_EMIT openRequested(m_lastImported);
    m_summary = new ImportSummaryDialog(m_entries, m_parent);
    m_summary->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_summary, &ImportSummaryDialog::articleActivated, this, &ImportController::openRequested);
    m_summary->open();
    Q_EMIT finished(m_lastImported);
}
