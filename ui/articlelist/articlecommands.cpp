#include "articlelist/articlecommands.h"

#include "actions/appactions.h"
#include "articlelist/articlelistmodel.h"
#include "articlelist/articlelistpanel.h"
#include "dialogs/dialoginterface.h"
#include "editor/articleform.h"
#include "session/articlesession.h"
#include "settings/appsettings.h"

#include <QAction>
#include <QComboBox>

#include <algorithm>
#include <limits>

ArticleCommands::ArticleCommands(AppActions *actions, ArticleListPanel *list, ArticleSession *session,
                                 ArticleForm *form, DialogInterface *dialogs, QWidget *window)
    : QObject(window)
    , m_actions(actions)
    , m_list(list)
    , m_session(session)
    , m_form(form)
    , m_dialogs(dialogs)
    , m_window(window)
{
    connect(actions->newArticle, &QAction::triggered, this, &ArticleCommands::newArticle);
    connect(actions->duplicateArticle, &QAction::triggered, this, &ArticleCommands::duplicateArticle);
    connect(actions->moveToTrash, &QAction::triggered, this, &ArticleCommands::moveToTrash);
    connect(actions->showTrash, &QAction::toggled, this, &ArticleCommands::showTrash);
    connect(actions->restoreFromTrash, &QAction::triggered, this, &ArticleCommands::restoreFromTrash);
    connect(actions->emptyTrash, &QAction::triggered, this, &ArticleCommands::emptyTrash);
}

void ArticleCommands::updateActions()
{
    const bool trash = m_list->showsTrash();
    const bool selected = m_list->selectedId() > 0;
    m_actions->duplicateArticle->setEnabled(!trash && m_form->hasArticle());
    m_actions->moveToTrash->setEnabled(!trash && selected);
    m_actions->restoreFromTrash->setEnabled(trash && selected);
    m_actions->emptyTrash->setEnabled(trash && m_list->model()->rowCount() > 0);
    const bool batch = !trash && !m_list->selectedIds().isEmpty();
    m_actions->exportSelectedHtml->setEnabled(batch);
    m_actions->exportSelectedNinjs->setEnabled(batch);
    m_actions->newArticle->setEnabled(m_session->repository() != nullptr);
    m_actions->save->setEnabled(m_form->hasArticle() && !trash);
}

bool ArticleCommands::open(qint64 id)
{
    return m_session->open(id, !m_list->showsTrash());
}

QList<qint64> ArticleCommands::selection() const
{
    const qint64 current = m_list->selectedId();
    QList<qint64> ids = m_list->selectedIds();
    if (ids.isEmpty() && current)
        ids = {current};
    return ids;
}

void ArticleCommands::newArticle()
{
    if (!m_session->repository() || !m_session->leave())
        return;
    if (m_list->showsTrash())
        m_actions->showTrash->setChecked(false);
    Article article;
    article.language = m_defaultLanguage;
    article.section = m_list->sectionFilter()->currentData().toString();
    if (m_settings && !m_settings->authorName().isEmpty())
        article.authors = QStringList{m_settings->authorName()};
    if (m_session->createArticle(article))
        m_form->focusField(ArticleField::Headline);
}

void ArticleCommands::duplicateArticle()
{
    if (m_session->duplicate())
        m_form->focusField(ArticleField::Headline);
}

void ArticleCommands::moveToTrash()
{
    // Every selected article goes: the trash gives each back, so no question is asked.
    const QList<qint64> ids = selection();
    if (ids.isEmpty())
        return;
    const bool currentGoes = ids.contains(m_session->currentId());
    // Afterwards the article below the first trashed one opens, as with a single one.
    int row = std::numeric_limits<int>::max();
    for (const qint64 id : ids) {
        if (const int r = m_list->model()->rowOf(id); r >= 0)
            row = std::min(row, r);
    }
    const int moved = m_session->moveToTrash(ids);
    if (moved < 0)
        return; // the open article could not be saved: it stays
    if (!currentGoes) {
        m_list->reload(m_session->currentId());
    } else {
        m_list->reload();
        const int count = m_list->model()->rowCount();
        if (count > 0)
            open(m_list->model()->idAt(std::clamp(row, 0, count - 1)));
    }
    updateActions();
    Q_EMIT refreshed();
    if (moved > 0)
        Q_EMIT message(tr("%n article(s) moved to the trash", nullptr, moved));
}

void ArticleCommands::showTrash(bool trash)
{
    if (trash && !m_session->leave()) {
        const QSignalBlocker blocker(m_actions->showTrash);
        m_actions->showTrash->setChecked(false);
        return;
    }
    m_list->setShowTrash(trash);
    m_session->close();
    Q_EMIT listSwitched();
    if (const qint64 first = m_list->model()->idAt(0))
        open(first);
    updateActions();
    Q_EMIT refreshed();
}

void ArticleCommands::restoreFromTrash()
{
    const qint64 current = m_list->selectedId();
    const QList<qint64> ids = selection();
    if (ids.isEmpty() || !m_list->showsTrash() || !m_session->restoreFromTrash(ids))
        return;
    const qint64 restored = ids.contains(current) ? current : ids.constFirst();
    m_actions->showTrash->setChecked(false);
    m_list->reload(restored);
    open(restored);
}

void ArticleCommands::emptyTrash()
{
    m_list->model()->fetchAll(); // the question counts every article in the trash
    const int count = m_list->model()->rowCount();
    if (!m_list->showsTrash() || count == 0)
        return;
    if (!m_dialogs->question(m_window, tr("Empty Trash"),
                             tr("Delete %n article(s) in the trash for good? This cannot be undone.", nullptr,
                                count)))
        return;
    if (!m_session->emptyTrash())
        return;
    m_list->reload();
    updateActions();
    Q_EMIT listSwitched();
}
