#include "resilientrepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// Equal words: what the journalist wrote, regardless of bookkeeping fields.
bool sameContent(Article a, Article b)
{
    a.id = b.id;
    a.revision = b.revision;
    a.created = b.created;
    a.modified = b.modified;
    return a == b;
}

template<typename T>
bool hasValue(const std::optional<T> &value)
{
    return value.has_value();
}
} // namespace

ResilientRepository::ResilientRepository(Connector connector, std::unique_ptr<ArticleRepository> local,
                                         const QString &serverLocation)
    : m_connector(std::move(connector))
    , m_serverLocation(serverLocation)
    , m_local(std::move(local))
{
    // Entries left by an earlier session are not synced behind the journalist's back: the
    // window offers them after a crash (journalEntries()) and they are saved as she decides.
    reconnect();
}

QString ResilientRepository::location() const
{
    return m_server ? m_server->location() : m_serverLocation;
}

bool ResilientRepository::reconnect()
{
    m_server.reset();
    RepositoryOpening opening = m_connector();
    if (!opening.repository) {
        m_lastError = opening.error;
        // A refused login stays refused: no retry loop against the server's log.
        m_loginRejected = opening.loginRejected;
        return false;
    }
    m_loginRejected = false;
    m_server = std::move(opening.repository);
    m_role = m_server->newsroomRole();
    return true;
}

template<typename Result>
Result ResilientRepository::withServer(const std::function<Result(ArticleRepository &)> &call,
                                       const std::function<bool(const Result &)> &succeeded, Result failed)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!m_server && (m_loginRejected || !reconnect()))
            return failed; // the server is away or refused us: the caller keeps the words locally
        Result result = call(*m_server);
        if (succeeded(result))
            return result;
        m_lastError = m_server->lastError();
        // The server answered and refused (constraint, conflict, bad input): the same call
        // would fail again, and the journalist must hear why at once.
        if (!m_server->lastErrorIsConnectionLoss()) {
            if (m_server->lastErrorIsLoginRejected()) {
                m_loginRejected = true;
                m_server.reset();
            }
            return result;
        }
        // A dropped connection stays dropped: the next attempt starts on a fresh one.
        m_server.reset();
    }
    return failed;
}

int ResilientRepository::pendingCount()
{
    return int(m_localIds.size());
}

SaveResult ResilientRepository::saveOnServer(const Article &article, int baseRevision)
{
    bool retried = false;
    SaveResult result = withServer<SaveResult>(
        [&](ArticleRepository &server) {
            SaveResult attempt = server.save(article, baseRevision);
            // After a lost reply the first attempt may have committed: the retry then meets our
            // own revision. Same words on the server mean the save happened.
            if (retried && attempt.outcome == SaveResult::Outcome::Conflict && article.id > 0) {
                const auto stored = server.load(article.id);
                if (stored && stored->revision == baseRevision + 1 && sameContent(*stored, article)) {
                    attempt.outcome = SaveResult::Outcome::Saved;
                    attempt.revision = stored->revision;
                    attempt.error.clear();
                }
            }
            retried = true;
            return attempt;
        },
        [](const SaveResult &attempt) { return attempt.outcome != SaveResult::Outcome::Failed; }, SaveResult{});
    if (result.outcome == SaveResult::Outcome::Failed && result.error.isEmpty())
        result.error = m_lastError;
    return result;
}

SaveResult ResilientRepository::save(const Article &article, int baseRevision)
{
    SaveResult result = saveOnServer(article, baseRevision);
    if (result.outcome == SaveResult::Outcome::Conflict && m_unconfirmed.contains(article.id) && m_server) {
        // A save that failed while the server went down may have committed before the reply
        // was lost. If the revision after our base holds exactly those words, it was ours: the
        // edit continues from there instead of conflicting with itself.
        const auto stored = m_server->loadRevision(article.id, baseRevision + 1);
        const QList<Article> earlier = m_unconfirmed.value(article.id);
        const bool ours = stored && std::any_of(earlier.cbegin(), earlier.cend(), [&](const Article &attempt) {
            return attempt.revision == baseRevision && sameContent(*stored, attempt);
        });
        if (ours)
            result = saveOnServer(article, baseRevision + 1);
    }
    if (result.outcome != SaveResult::Outcome::Failed)
        m_unconfirmed.remove(article.id);
    if (result.outcome == SaveResult::Outcome::Saved) {
        // Stored on the server: the crash protection of these words has done its work. A new
        // article's entry (id 0) goes too, so that a clean quit leaves nothing to recover.
        if (m_local->clearJournal(article.id))
            m_localIds.remove(article.id);
    }
    if (result.outcome != SaveResult::Outcome::Failed || isOnline())
        return result; // saved, a conflict, or refused by the server: nothing to retry later
    // The server is away: keep the words locally on the base they were written from.
    Article kept = article;
    kept.revision = baseRevision;
    if (kept.id > 0)
        m_unconfirmed[kept.id].append(kept);
    const bool keptLocally = m_local->writeJournal(kept);
    if (keptLocally)
        m_localIds.insert(kept.id);
    if (keptLocally && m_loginRejected)
        result.error = tr("The shared database refused the login. Your text is kept on this computer.\n\n%1").arg(m_lastError);
    else if (keptLocally)
        result.error = tr("The shared database cannot be reached. Your text is kept on this computer and will be "
                          "saved when the connection is back.\n\n%1").arg(m_lastError);
    else
        result.error = tr("The shared database cannot be reached (%1) and the local copy failed too (%2).")
                           .arg(m_lastError, m_local->lastError());
    return result;
}

bool ResilientRepository::writeJournal(const Article &article)
{
    // The crash protection is this journalist's own and lives on this computer only (see
    // LocalJournal): the server's journal table is never written, so no colleague can read,
    // overwrite or delete it. "Autosaved" is reported only when this local write committed.
    if (!m_local->writeJournal(article)) {
        m_lastError = m_local->lastError();
        return false;
    }
    // A cheap round trip tells whether these words also wait for the server: written while it
    // is away, they are saved by sync() once it is back.
    const bool reachable = withServer<bool>([](ArticleRepository &server) { return server.sections().has_value(); },
                                            [](bool ok) { return ok; }, false);
    if (!reachable && !isOnline())
        m_localIds.insert(article.id);
    return true;
}

ResilientRepository::SyncReport ResilientRepository::sync()
{
    SyncReport report;
    const auto entries = m_local->journalEntries();
    if (!entries) {
        report.failures.append(SaveResult{SaveResult::Outcome::Failed, 0, 0, m_local->lastError()});
        return report;
    }
    for (const Article &entry : *entries) {
        if (!m_localIds.contains(entry.id))
            continue; // crash protection only, written while the server answered
        const SaveResult result = saveOnServer(entry, entry.revision);
        if (result.outcome == SaveResult::Outcome::Saved) {
            ++report.saved;
            if (m_local->clearJournal(entry.id))
                m_localIds.remove(entry.id);
        } else if (result.outcome == SaveResult::Outcome::Conflict) {
            report.conflicts.append(result);
        } else {
            report.failures.append(result);
        }
    }
    return report;
}

std::optional<QList<ArticleSummary>> ResilientRepository::list(const ArticleFilter &filter)
{
    return withServer<std::optional<QList<ArticleSummary>>>([&](ArticleRepository &server) { return server.list(filter); },
                                                            hasValue<QList<ArticleSummary>>, std::nullopt);
}

std::optional<Article> ResilientRepository::load(qint64 id)
{
    return withServer<std::optional<Article>>([&](ArticleRepository &server) { return server.load(id); }, hasValue<Article>,
                                              std::nullopt);
}

std::optional<QList<RevisionInfo>> ResilientRepository::history(qint64 id)
{
    return withServer<std::optional<QList<RevisionInfo>>>([&](ArticleRepository &server) { return server.history(id); },
                                                          hasValue<QList<RevisionInfo>>, std::nullopt);
}

std::optional<Article> ResilientRepository::loadRevision(qint64 id, int revision)
{
    return withServer<std::optional<Article>>([&](ArticleRepository &server) { return server.loadRevision(id, revision); },
                                              hasValue<Article>, std::nullopt);
}

SaveResult ResilientRepository::restoreRevision(qint64 id, int revision)
{
    return withServer<SaveResult>([&](ArticleRepository &server) { return server.restoreRevision(id, revision); },
                                  [](const SaveResult &r) { return r.outcome != SaveResult::Outcome::Failed; },
                                  SaveResult{SaveResult::Outcome::Failed, id, 0, m_lastError});
}

std::optional<int> ResilientRepository::thinRevisions(const QDateTime &now)
{
    return withServer<std::optional<int>>([&](ArticleRepository &server) { return server.thinRevisions(now); }, hasValue<int>,
                                          std::nullopt);
}

bool ResilientRepository::moveToTrash(qint64 id)
{
    return withServer<bool>([&](ArticleRepository &server) { return server.moveToTrash(id); }, [](bool ok) { return ok; }, false);
}

bool ResilientRepository::restoreFromTrash(qint64 id)
{
    return withServer<bool>([&](ArticleRepository &server) { return server.restoreFromTrash(id); }, [](bool ok) { return ok; },
                            false);
}

std::optional<int> ResilientRepository::emptyTrash()
{
    return withServer<std::optional<int>>([&](ArticleRepository &server) { return server.emptyTrash(); }, hasValue<int>,
                                          std::nullopt);
}

std::optional<QList<Article>> ResilientRepository::journalEntries()
{
    // Only this journalist's own journal: a recovery never offers a colleague's words.
    auto local = m_local->journalEntries();
    if (!local)
        m_lastError = m_local->lastError();
    return local;
}

bool ResilientRepository::clearJournal(qint64 articleId)
{
    if (!m_local->clearJournal(articleId)) {
        m_lastError = m_local->lastError();
        return false;
    }
    m_localIds.remove(articleId);
    return true;
}

// The forwarders share one shape on purpose: withServer() holds the logic, each names its call
// and what counts as success.
std::optional<QStringList> ResilientRepository::sections()
{
    return withServer<std::optional<QStringList>>([&](ArticleRepository &server) { return server.sections(); },
                                                  hasValue<QStringList>, std::nullopt);
}

bool ResilientRepository::setSections(const QStringList &sections)
{
    return withServer<bool>([&](ArticleRepository &server) { return server.setSections(sections); }, [](bool ok) { return ok; },
                            false);
}

std::optional<qint64> ResilientRepository::findBySourceUri(const QString &sourceUri)
{
    return withServer<std::optional<qint64>>([&](ArticleRepository &server) { return server.findBySourceUri(sourceUri); },
                                             hasValue<qint64>, std::nullopt);
}

std::optional<QStringList> ResilientRepository::newsroomWords()
{
    return withServer<std::optional<QStringList>>([&](ArticleRepository &server) { return server.newsroomWords(); },
                                                  hasValue<QStringList>, std::nullopt);
}

bool ResilientRepository::addNewsroomWord(const QString &word)
{
    return withServer<bool>([&](ArticleRepository &server) { return server.addNewsroomWord(word); }, [](bool ok) { return ok; },
                            false);
}

bool ResilientRepository::removeNewsroomWord(const QString &word)
{
    return withServer<bool>([&](ArticleRepository &server) { return server.removeNewsroomWord(word); },
                            [](bool ok) { return ok; }, false);
}

std::optional<QMap<QString, QString>> ResilientRepository::newsroomSettings()
{
    return withServer<std::optional<QMap<QString, QString>>>(
        [&](ArticleRepository &server) { return server.newsroomSettings(); }, hasValue<QMap<QString, QString>>,
        std::nullopt);
}

bool ResilientRepository::setNewsroomSettings(const QMap<QString, QString> &values)
{
    return withServer<bool>([&](ArticleRepository &server) { return server.setNewsroomSettings(values); },
                            [](bool ok) { return ok; }, false);
}
