#pragma once

#include "import/articleimporter.h"
#include "import/importbatch.h"
#include "import/importentry.h"
#include "import/importsummarydialog.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <QStringList>

#include <atomic>
#include <memory>

class ArticleRepository;
class DialogInterface;
class QMimeData;
class QThread;
class QWidget;

// The editor's File → Import… and files dropped on the window: every kind ArticleImporter reads
// (ninjs, HTML, text, Word, OpenDocument, RTF), several files at once, one after the other on a
// worker thread (pandoc may take seconds) with a cancellable progress dialog, each imported
// file a new draft, or a new version of an item imported before (ImportBatch). At the end a summary dialog (not blocking) lists what was imported, what
// was skipped and every warning, and the last imported article opens. The first image of a
// document becomes the lead photo only when the journalist says yes (through the dialog seam).
class ImportController : public QObject
{
    Q_OBJECT

public:
    ImportController(ArticleRepository *repository, DialogInterface *dialogs, QWidget *parent);
    ~ImportController() override;

    // Asks for files through the dialog seam and imports them.
    void chooseAndImport();
    // Starts importing; returns at once (finished() follows). Ignored while an import runs.
    void importFiles(const QStringList &files);
    // Local files among dropped data (URLs), for the window's drag and drop.
    [[nodiscard]] static QStringList droppedFiles(const QMimeData *data);

    void setImporter(const ArticleImporter &importer) { m_importer = importer; }
    [[nodiscard]] bool isRunning() const { return m_thread != nullptr; }
    void cancel() { m_cancel = true; }

    // Reminders for the checklist of an article imported in this session (tracked changes,
    // comments), by article id.
    [[nodiscard]] QStringList checklistNotes(qint64 articleId) const { return m_notes.value(articleId); }
    [[nodiscard]] QList<ImportEntry> entries() const { return m_entries; }
    [[nodiscard]] QProgressDialog *progressDialog() const { return m_progress; }
    [[nodiscard]] ImportSummaryDialog *summaryDialog() const { return m_summary; }

Q_SIGNALS:
    // After each file.
    void progressed(int done, int total);
    // The whole batch is done (or cancelled); lastImportedId is 0 when nothing was imported.
    void finished(qint64 lastImportedId);
    // The window opens this article (the last one imported).
    void openRequested(qint64 id);

private:
    void startNext();
    void handle(const QString &file, const ArticleImporter::Result &result);
    void finish();

    ArticleRepository *m_repository;
    DialogInterface *m_dialogs;
    QWidget *m_parent;
    ArticleImporter m_importer;
    std::atomic_bool m_cancel = false;
    QStringList m_queue;
    int m_total = 0;
    QThread *m_thread = nullptr;
    std::shared_ptr<ArticleImporter::Result> m_pending;
    QList<ImportEntry> m_entries;
    std::unique_ptr<ImportBatch> m_batch; // identity, updates and related items across the files
    QHash<qint64, QStringList> m_notes;
    qint64 m_lastImported = 0;
    QPointer<QProgressDialog> m_progress;
    QPointer<ImportSummaryDialog> m_summary;
};
