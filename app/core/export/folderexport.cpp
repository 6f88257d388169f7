#include "folderexport.h"

#include "export/slug.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {
constexpr int maxCandidates = 10000;
}

FolderExport::FolderExport(QString folder)
    : m_folder(QDir::cleanPath(QFileInfo(folder).absoluteFilePath()))
{
}

bool FolderExport::prepare()
{
    if (QFileInfo(m_folder).isDir() || QDir().mkpath(m_folder))
        return true;
    m_error = tr("Cannot create the export folder %1.").arg(QDir::toNativeSeparators(m_folder));
    return false;
}

void FolderExport::setBatch(const QList<qint64> &articleIds)
{
    m_batch = QSet<qint64>(articleIds.cbegin(), articleIds.cend());
    m_batch.remove(0);
}

bool FolderExport::isTaken(const QString &fileName) const
{
    return m_reserved.contains(fileName) || m_planned.contains(fileName)
        || QFileInfo::exists(m_folder + u'/' + fileName);
}

QString FolderExport::batchSlug(const Article &article, const QString &extension)
{
    const auto known = m_batchSlugs.constFind(article.id);
    if (known != m_batchSlugs.cend())
        return *known;
    const QString base = Slug::fromHeadline(article.headline);
    for (int n = 1; n <= maxCandidates; ++n) {
        const QString slug = n == 1 ? base : base + u'-' + QString::number(n);
        if (isTaken(slug + extension))
            continue;
        m_batchSlugs.insert(article.id, slug);
        m_planned.insert(slug + extension);
        return slug;
    }
    return {};
}

QString FolderExport::write(const Exporter &exporter, const ExportRequest &request, const ExportOptions &options)
{
    m_error.clear();
    ExportRequest unique = request;
    const QString extension = u'.' + exporter.fileExtension();
    for (const Article &related : request.relatedArticles) {
        if (m_batch.contains(related.id) && !unique.relatedSlugs.contains(related.id)) {
            const QString slug = batchSlug(related, extension);
            if (!slug.isEmpty())
                unique.relatedSlugs.insert(related.id, slug);
        }
    }
    ExportResult result;
    bool found = false;
    // Exports under unique.slug: false on the exporter's error; found when every file name
    // the export wants is free.
    const auto exportUnderSlug = [&] {
        result = exporter.exportArticle(unique, options);
        if (!result.ok()) {
            m_error = result.error;
            return false;
        }
        found = !isTaken(result.fileName);
        for (const ExportFile &file : std::as_const(result.extraFiles))
            found = found && !isTaken(file.fileName);
        return true;
    };
    if (request.slug.isEmpty() && m_batch.contains(request.article.id)) {
        // The name chosen for this article when an earlier page linked to it (or now).
        unique.slug = batchSlug(request.article, extension);
        if (!unique.slug.isEmpty()) {
            m_planned.remove(unique.slug + extension);
            if (!exportUnderSlug())
                return {};
            // A photo file of that name already lies in the folder (an earlier export): the page
            // moves to the next free name below rather than overwrite it; links to it miss then.
        }
    }
    const QString base = request.slug.isEmpty() ? Slug::fromHeadline(request.article.headline) : request.slug;
    // The slug is part of the content (canonical URL, image names), so a taken name means
    // exporting again under the next candidate rather than renaming files afterwards.
    for (int n = 1; n <= maxCandidates && !found; ++n) {
        unique.slug = n == 1 ? base : base + u'-' + QString::number(n);
        if (isTaken(unique.slug + extension))
            continue;
        if (!exportUnderSlug())
            return {};
    }
    if (!found) {
        m_error = tr("Cannot find a free file name for “%1” in %2.").arg(base, QDir::toNativeSeparators(m_folder));
        return {};
    }
    for (const ExportFile &file : std::as_const(result.extraFiles)) {
        if (!writeFile(file.fileName, file.data))
            return {};
    }
    // The page last: it is only there when everything it refers to is.
    if (!writeFile(result.fileName, result.data))
        return {};
    return m_folder + u'/' + result.fileName;
}

bool FolderExport::writeFile(const QString &fileName, const QByteArray &data)
{
    // Names come from exporters and slugs; a separator would escape the folder.
    if (fileName.isEmpty() || fileName.contains(u'/') || fileName.contains(u'\\') || fileName.startsWith(u'.')) {
        m_error = tr("Refusing to write the unsafe file name “%1”.").arg(fileName);
        return false;
    }
    const QString path = m_folder + u'/' + fileName;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (file.write(data) != data.size()) {
        m_error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        m_error = tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    m_reserved.insert(fileName);
    m_written << path;
    return true;
}
