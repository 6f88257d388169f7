#include "export/exportactions.h"

#include "actions/appactions.h"
#include "articlelist/articlelistmodel.h"
#include "articlelist/articlelistpanel.h"
#include "dialogs/dialoginterface.h"
#include "export/exportconcerns.h"
#include "export/exportcontroller.h"
#include "session/articlesession.h"

#include <QAction>

using namespace Qt::StringLiterals;

// Same shape as ArticleCommands' constructor on purpose: the parts it works with, passed in.
ExportActions::ExportActions(AppActions *actions, ExportController *exporter, ArticleSession *session,
                             ArticleListPanel *list, DialogInterface *dialogs, QWidget *window)
    : QObject(window)
    , m_export(exporter)
    , m_session(session)
    , m_list(list)
    , m_dialogs(dialogs)
    , m_window(window)
{
    AppActions *a = actions;
    connect(a->exportHtml, &QAction::triggered, this, [this] { exportCurrent(u"html"_s, false); });
    connect(a->exportFragment, &QAction::triggered, this, [this] { exportCurrent(u"html"_s, true); });
    connect(a->exportNinjs, &QAction::triggered, this, [this] { exportCurrent(u"ninjs"_s, false); });
    a->exportNinjs->setVisible(m_export->registry().find(u"ninjs"_s) != nullptr);
    connect(a->exportAll, &QAction::triggered, this, &ExportActions::exportAll);
    connect(a->exportSelectedHtml, &QAction::triggered, this, [this] { exportSelected(u"html"_s); });
    connect(a->exportSelectedNinjs, &QAction::triggered, this, [this] { exportSelected(u"ninjs"_s); });
    a->exportSelectedNinjs->setVisible(a->exportNinjs->isVisible());
}

void ExportActions::exportCurrent(const QString &formatId, bool fragment)
{
    if (!m_session->hasArticle())
        return;
    const Article article = m_session->article();
    if (!confirm({article}))
        return;
    m_export->exportArticle(article, formatId, fragment);
}

void ExportActions::exportAll()
{
    // What the journalist has saved: the current article's typing goes in first.
    if (m_session->hasUnsavedChanges() && !m_session->save())
        return;
    // Everything the list's filter lists, in its order, also the rows not read into the list.
    ArticleFilter filter = m_list->model()->filter();
    filter.limit = -1;
    filter.offset = 0;
    ArticleRepository *repository = m_session->repository();
    const auto summaries = repository ? repository->list(filter) : std::nullopt;
    if (!summaries) {
        Q_EMIT m_export->message(tr("Export failed: %1").arg(repository ? repository->lastError() : QString()));
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
    if (!confirm(concerns))
        return;
    m_export->exportArticles(ids, u"html"_s);
}

void ExportActions::exportSelected(const QString &formatId)
{
    const QList<qint64> ids = m_list->selectedIds();
    if (ids.isEmpty() || m_list->showsTrash())
        return;
    if (m_session->hasUnsavedChanges() && ids.contains(m_session->currentId()) && !m_session->save())
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
    if (!confirm(articles))
        return;
    m_export->exportArticles(ids, formatId);
}

bool ExportActions::confirm(const QList<Article> &articles)
{
    // Never silently: a draft or the placeholder address goes out only when the journalist says so.
    const QStringList concerns = ExportConcerns::of(articles, m_export->options());
    if (concerns.isEmpty())
        return true;
    return m_dialogs->question(m_window, tr("Export Anyway?"),
                               concerns.join(u"\n"_s) + u"\n\n"_s + tr("Export anyway?"));
}
