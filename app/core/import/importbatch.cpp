#include "import/importbatch.h"

#include "articlerepository.h"
#include "articletext.h"

#include <algorithm>

using namespace Qt::StringLiterals;

ImportBatch::ImportBatch(ArticleRepository *repository, bool dryRun)
    : m_repository(repository)
    , m_dryRun(dryRun)
{
}

int ImportBatch::compareVersions(const QString &a, const QString &b)
{
    bool aNumber = false;
    bool bNumber = false;
    const qlonglong x = a.toLongLong(&aNumber);
    const qlonglong y = b.toLongLong(&bNumber);
    if (aNumber && bNumber)
        return x < y ? -1 : (x > y ? 1 : 0);
    return a.compare(b);
}

QList<qsizetype> ImportBatch::add(const QString &file, const ArticleImporter::Result &result)
{
    QList<qsizetype> added;
    if (!result.ok()) {
        Entry entry;
        entry.file = file;
        entry.outcome = Outcome::Refused;
        entry.message = result.error;
        entry.warnings = result.warnings;
        added << m_entries.size();
        m_entries << entry;
        return added;
    }
    for (qsizetype i = 0; i < result.items.size(); ++i) {
        Entry entry = store(file, result.items.at(i));
        if (i == 0)
            entry.warnings = result.warnings + entry.warnings; // the file's warnings, once
        added << m_entries.size();
        m_entries << entry;
        if (!m_pending.isEmpty() && m_pending.last().entry < 0)
            m_pending.last().entry = m_entries.size() - 1;
    }
    return added;
}

qint64 ImportBatch::lookup(const QString &sourceUri)
{
    if (sourceUri.isEmpty())
        return 0;
    if (const auto it = m_batch.constFind(sourceUri); it != m_batch.cend())
        return *it;
    if (!m_repository)
        return 0;
    return m_repository->findBySourceUri(sourceUri).value_or(0);
}

bool ImportBatch::editedSinceImport(const Article &current)
{
    // Every save after an import keeps the imported version: the revisions since the import
    // all carry it. The import's own revision is the oldest of that run; a newer current
    // revision means someone here saved changes.
    const auto revisions = m_repository->history(current.id);
    if (!revisions)
        return true; // cannot tell: keep the journalist's text, which is the safe side
    QList<int> numbers;
    for (const RevisionInfo &info : *revisions)
        numbers << info.revision;
    std::sort(numbers.begin(), numbers.end(), std::greater<>());
    int importRevision = current.revision;
    for (const int revision : std::as_const(numbers)) {
        if (revision > current.revision)
            continue;
        const std::optional<Article> old = m_repository->loadRevision(current.id, revision);
        if (!old || old->sourceVersion != current.sourceVersion || old->sourceUri != current.sourceUri)
            break;
        importRevision = revision;
    }
    return current.revision != importRevision;
}

QList<RelatedLink> ImportBatch::assemble(const Pending &pending)
{
    QList<RelatedLink> related = pending.base;
    qsizetype inserted = 0;
    for (qsizetype i = 0; i < pending.links.size(); ++i) {
        if (pending.ids.at(i) <= 0)
            continue;
        RelatedLink link;
        link.articleId = pending.ids.at(i);
        link.title = pending.links.at(i).title;
        const qsizetype position = pending.links.at(i).position;
        const qsizetype at = position < 0 ? related.size() : std::min(position + inserted, related.size());
        related.insert(at, link);
        ++inserted;
    }
    return related;
}

ImportBatch::Entry ImportBatch::store(const QString &file, const ImportedItem &item)
{
    Entry entry;
    entry.file = file;
    entry.headline = item.article.headline.isEmpty() ? ArticleText::untitled() : item.article.headline;
    Article incoming = item.article;
    incoming.sourceUri = item.sourceUri;
    incoming.sourceVersion = item.sourceVersion;
    incoming.embargoed = item.embargoed;

    Pending pending;
    pending.entry = -1;
    pending.base = incoming.related;
    pending.links = item.related;
    for (const PendingLink &link : item.related)
        pending.ids << lookup(link.uri);
    incoming.related = assemble(pending);
    const bool waiting = std::any_of(pending.ids.cbegin(), pending.ids.cend(), [](qint64 id) { return id <= 0; });

    const qint64 existingId = lookup(item.sourceUri);
    const auto remember = [&](qint64 id) {
        entry.articleId = id;
        if (!item.sourceUri.isEmpty())
            m_batch.insert(item.sourceUri, id);
        if (waiting)
            m_pending << pending;
    };

    if (existingId == 0) {
        entry.outcome = Outcome::Imported;
        if (m_dryRun) {
            remember(--m_dryRunIds); // a stand-in, so that later files resolve links to it
            entry.articleId = 0;
            return entry;
        }
        const SaveResult saved = m_repository->save(incoming, 0);
        if (!saved.ok()) {
            entry.outcome = Outcome::Failed;
            entry.message = tr("Not saved: %1").arg(saved.error);
            return entry;
        }
        remember(saved.id);
        return entry;
    }

    if (existingId < 0) { // dry run: the same identity twice in one batch
        entry.outcome = Outcome::Skipped;
        entry.message = tr("The same item (%1) came earlier in this import.").arg(item.sourceUri.left(200));
        return entry;
    }
    const std::optional<Article> current = m_repository->load(existingId);
    if (!current) {
        entry.outcome = Outcome::Failed;
        entry.message = m_repository->lastError();
        return entry;
    }
    entry.articleId = existingId;
    if (compareVersions(item.sourceVersion, current->sourceVersion) <= 0) {
        entry.outcome = Outcome::Skipped;
        entry.message = item.sourceVersion == current->sourceVersion
                            ? tr("Version %1 is already here as article %2.").arg(item.sourceVersion).arg(existingId)
                            : tr("Version %1 is older than version %2, which is already here as article %3.")
                                  .arg(item.sourceVersion, current->sourceVersion)
                                  .arg(existingId);
        return entry;
    }
    entry.outcome = Outcome::Updated;
    // The desk's own state stays: the agency sends text, not this newsroom's workflow.
    incoming.id = existingId;
    incoming.status = current->status;
    if (incoming.section.isEmpty())
        incoming.section = current->section;
    if (m_dryRun) {
        entry.message = tr("Would become version %1 of article %2.").arg(item.sourceVersion).arg(existingId);
        remember(existingId);
        return entry;
    }
    const bool edited = editedSinceImport(*current);
    const SaveResult saved = m_repository->save(incoming, current->revision);
    if (!saved.ok()) {
        entry.outcome = Outcome::Failed;
        entry.message = tr("Not saved: %1").arg(saved.error);
        return entry;
    }
    if (!edited) {
        entry.message = tr("Updated to version %1 (revision %2).").arg(item.sourceVersion).arg(saved.revision);
        remember(existingId);
        return entry;
    }
    // Edited here since the last import: the journalist's text becomes current again, on
    // top of the agency's version, which the history keeps.
    Article mine = *current;
    mine.sourceVersion = item.sourceVersion;
    const SaveResult restored = m_repository->save(mine, saved.revision);
    if (!restored.ok()) {
        entry.outcome = Outcome::Failed;
        entry.message = tr("Version %1 was stored as revision %2, but the edited text could not be put back: %3")
                            .arg(item.sourceVersion)
                            .arg(saved.revision)
                            .arg(restored.error);
        return entry;
    }
    entry.message = tr("Edited here since the last import: version %1 is kept as revision %2 in the history; "
                       "the edited text stays current (revision %3).")
                        .arg(item.sourceVersion)
                        .arg(saved.revision)
                        .arg(restored.revision);
    remember(existingId);
    return entry;
}

void ImportBatch::finish()
{
    for (Pending &pending : m_pending) {
        bool changed = false;
        for (qsizetype i = 0; i < pending.links.size(); ++i) {
            if (pending.ids.at(i) > 0)
                continue;
            const qint64 id = lookup(pending.links.at(i).uri);
            if (id != 0) {
                pending.ids[i] = id;
                changed = true;
            }
        }
        Entry &entry = m_entries[pending.entry];
        for (qsizetype i = 0; i < pending.links.size(); ++i) {
            if (pending.ids.at(i) != 0)
                continue;
            const PendingLink &link = pending.links.at(i);
            entry.unresolved << (link.title.isEmpty() ? link.uri : tr("%1 (%2)").arg(link.title, link.uri));
        }
        if (!changed || m_dryRun || entry.articleId <= 0)
            continue;
        std::optional<Article> article = m_repository->load(entry.articleId);
        if (!article) {
            entry.warnings << tr("The related items could not be added: %1").arg(m_repository->lastError());
            continue;
        }
        article->related = assemble(pending);
        const SaveResult saved = m_repository->save(*article, article->revision);
        if (!saved.ok())
            entry.warnings << tr("The related items could not be added: %1").arg(saved.error);
    }
    m_pending.clear();
}

int ImportBatch::count(Outcome outcome) const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(), [outcome](const Entry &e) { return e.outcome == outcome; }));
}

QString ImportBatch::summaryLine() const
{
    return tr("%1 imported, %2 updated, %3 skipped")
        .arg(count(Outcome::Imported))
        .arg(count(Outcome::Updated))
        .arg(count(Outcome::Skipped) + count(Outcome::Refused) + count(Outcome::Failed));
}
