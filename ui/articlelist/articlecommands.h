#pragma once

#include <QObject>
#include <QString>

class AppActions;
class AppSettings;
class ArticleForm;
class ArticleListPanel;
class ArticleSession;
class DialogInterface;
class QWidget;

// File → New and Duplicate, and the trash (move selected articles there, show it, restore
// from it, empty it): the list's selection turned into ArticleSession calls, and the list's
// actions enabled to match.
class ArticleCommands : public QObject
{
    Q_OBJECT

public:
    ArticleCommands(AppActions *actions, ArticleListPanel *list, ArticleSession *session, ArticleForm *form,
                    DialogInterface *dialogs, QWidget *window);

    // New articles get this language (the checker's) and the preferences' author name.
    void setDefaultLanguage(const QString &language) { m_defaultLanguage = language; }
    void setSettings(const AppSettings *settings) { m_settings = settings; }

    void updateActions();

Q_SIGNALS:
    // The open article changed in a way the status bar and checklist must count anew.
    void refreshed();
    // The list switched between live articles and the trash (the spelling dialog follows).
    void listSwitched();
    // A status-bar text.
    void message(const QString &text);

private:
    void newArticle();
    void duplicateArticle();
    void moveToTrash();
    void showTrash(bool trash);
    void restoreFromTrash();
    void emptyTrash();
    [[nodiscard]] QList<qint64> selection() const; // the selected articles, else the current row
    bool open(qint64 id);

    AppActions *m_actions;
    ArticleListPanel *m_list;
    ArticleSession *m_session;
    ArticleForm *m_form;
    DialogInterface *m_dialogs;
    QWidget *m_window;
    const AppSettings *m_settings = nullptr;
    QString m_defaultLanguage = QStringLiteral("de-DE");
};
