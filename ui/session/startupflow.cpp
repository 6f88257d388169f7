#include "session/startupflow.h"

#include "articlelist/articlelistmodel.h"
#include "articlelist/articlelistpanel.h"
#include "articlerepository.h"
#include "articletext.h"
#include "dialogs/dialoginterface.h"
#include "session/articlesession.h"
#include "settings/appsettings.h"

void StartupFlow::run(const Parts &parts)
{
    if (!parts.repository)
        return;
    parts.reloadSections();
    parts.list->reload();
    offerRecovery(parts);
    if (parts.session->hasArticle())
        return;

    qint64 last = 0;
    if (parts.memory->windowValue(AppSettings::LastDatabaseKey).toString() == parts.repository->location())
        last = parts.memory->windowValue(AppSettings::LastArticleKey).toLongLong();
    if (last > 0 && parts.list->model()->fetchUntil(last) >= 0 && parts.open(last))
        return;
    if (parts.list->model()->rowCount() > 0) {
        parts.open(parts.list->model()->idAt(0));
        return;
    }
    ArticleFilter trash;
    trash.trashed = true;
    const auto trashed = parts.repository->list(trash);
    if (!trashed || !trashed->isEmpty())
        return; // the database is away (no samples into the unknown), or the user emptied the list
    const bool sample = !parts.interactive
        || parts.dialogs->question(parts.window, tr("Welcome to Newsdesk"),
                                   tr("The database is empty. Create two sample articles that show every feature?"));
    if (sample) {
        const qint64 id = parts.session->createSampleArticles();
        parts.reloadSections();
        parts.list->reload();
        if (id)
            parts.open(id);
    }
}

void StartupFlow::offerRecovery(const Parts &parts)
{
    // Without asking (--screenshot) the journal stays for the next interactive start.
    if (!parts.interactive)
        return;
    parts.session->offerRecovery([&parts](const Article &entry) {
        const QString headline = entry.headline.isEmpty() ? ArticleText::untitled() : entry.headline;
        return parts.dialogs->question(
            parts.window, tr("Restore Unsaved Changes"),
            tr("Newsdesk was not closed properly. Unsaved changes to “%1” were kept.\n\nRestore them?").arg(headline));
    });
}
