#pragma once

#include "article.h"

#include <QObject>

class AppActions;
class ArticleListPanel;
class ArticleSession;
class DialogInterface;
class ExportController;
class QWidget;

// File → Export: the open article, the selected ones or everything the list's filter lists,
// always what the journalist has saved (the open article's typing goes in first), and never a
// draft or the placeholder address without asking.
// Same shape as ArticleCommands on purpose: each menu's commands are one QObject over AppActions.
class ExportActions : public QObject
{
    Q_OBJECT

public:
    ExportActions(AppActions *actions, ExportController *exporter, ArticleSession *session, ArticleListPanel *list,
                  DialogInterface *dialogs, QWidget *window);

private:
    void exportCurrent(const QString &formatId, bool fragment);
    void exportAll();
    void exportSelected(const QString &formatId);
    [[nodiscard]] bool confirm(const QList<Article> &articles);

    ExportController *m_export;
    ArticleSession *m_session;
    ArticleListPanel *m_list;
    DialogInterface *m_dialogs;
    QWidget *m_window;
};
