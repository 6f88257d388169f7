#include "export/exportcontroller.h"

#include "articlerepository.h"
#include "dialogs/dialoginterface.h"
#include "export/folderexport.h"
#include "settings/appsettings.h"

#include <QDir>
#include <QProgressDialog>
#include <QWidget>

using namespace Qt::StringLiterals;

ExportController::ExportController(ArticleRepository *repository, DialogInterface *dialogs, QWidget *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_dialogs(dialogs)
    , m_parent(parent)
    , m_registry(ExporterRegistry::createStandard())
{
}

ExportOptions ExportController::optionsFrom(const AppSettings *settings)
{
    ExportOptions options;
    if (!settings)
        return options;
    options.baseUrl = settings->exportBaseUrl();
    options.templateFolder = settings->exportTemplateFolder();
    options.imageWidths = settings->imageWidths();
    // The exporter has one typography switch: on as long as any of the rules is wanted.
    options.typography = settings->germanQuotes() || settings->nonBreakingSpaces() || settings->ellipsis();
    options.keepPhotoGps = settings->keepPhotoGps();
    return options;
}

ExportOptions ExportController::options() const
{
    return optionsFrom(m_settings);
}

ExportRequest ExportController::requestFor(const Article &article) const
{
    ExportRequest request{article, {}, QString(), {}};
    if (!m_repository)
        return request;
    for (const RelatedLink &link : article.related) {
        if (!link.isInternal())
            continue;
        if (const auto related = m_repository->load(link.articleId))
            request.relatedArticles << *related;
    }
    return request;
}

QString ExportController::exportArticle(const Article &article, const QString &formatId, bool fragment)
{
    const Exporter *exporter = m_registry.find(formatId);
    if (!exporter) {
        Q_EMIT message(tr("Export format %1 is not available.").arg(formatId));
        return {};
    }
    const QString folderName = m_dialogs->getExistingDirectory(m_parent, tr("Export To Folder"), QString());
    if (folderName.isEmpty())
        return {}; // cancelled
    FolderExport folder(folderName);
    if (!folder.prepare()) {
        Q_EMIT message(folder.error());
        return {};
    }
    ExportOptions exportOptions = options();
    exportOptions.fragment = fragment;
    const QString written = folder.write(*exporter, requestFor(article), exportOptions);
    if (written.isEmpty()) {
        Q_EMIT message(tr("Export failed: %1").arg(folder.error()));
        return {};
    }
    Q_EMIT message(tr("Exported to %1").arg(QDir::toNativeSeparators(written)));
    return written;
}

int ExportController::exportArticles(const QList<qint64> &ids, const QString &formatId)
{
    const Exporter *exporter = m_registry.find(formatId);
    if (!exporter || ids.isEmpty() || !m_repository)
        return 0;
    const QString folderName = m_dialogs->getExistingDirectory(m_parent, tr("Export Articles To Folder"), QString());
    if (folderName.isEmpty())
        return 0;
    FolderExport folder(folderName);
    if (!folder.prepare()) {
        Q_EMIT message(folder.error());
        return 0;
    }
    // Links between the batch's articles point at the files they get here.
    folder.setBatch(ids);
    const ExportOptions exportOptions = options();
    QProgressDialog progress(tr("Exporting articles…"), tr("&Cancel"), 0, int(ids.size()), m_parent);
    progress.setObjectName(u"exportProgress"_s);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    m_progress = &progress;
    int done = 0;
    QString error;
    for (const qint64 id : ids) {
        if (progress.wasCanceled())
            break;
        const std::optional<Article> article = m_repository->load(id);
        if (!article) {
            error = tr("Article %1 not found.").arg(id);
        } else if (folder.write(*exporter, requestFor(*article), exportOptions).isEmpty()) {
            // A folder that fails once fails for all: stop instead of repeating the error.
            error = folder.error();
            break;
        } else {
            ++done;
        }
        progress.setValue(done);
        Q_EMIT progressed(done, int(ids.size()));
    }
    const bool cancelled = progress.wasCanceled();
    m_progress = nullptr;
    if (!error.isEmpty())
        Q_EMIT message(tr("Export failed: %1").arg(error));
    else if (cancelled)
        // Each article's files are complete (written atomically, the page last); the summary
        // says how many made it so that the journalist knows what the folder holds.
        Q_EMIT message(tr("Export cancelled: %n of %1 article(s) written to %2.", nullptr, done)
                           .arg(ids.size())
                           .arg(QDir::toNativeSeparators(folderName)));
    else
        Q_EMIT message(tr("Exported %n article(s) to %1", nullptr, done).arg(QDir::toNativeSeparators(folderName)));
    return done;
}
