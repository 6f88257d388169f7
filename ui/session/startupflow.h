#pragma once

#include <QCoreApplication>

#include <functional>

class AppSettings;
class ArticleListPanel;
class ArticleRepository;
class ArticleSession;
class DialogInterface;
class QWidget;

// What the window shows first: journaled work after a crash (asked about), else the article
// open at the last quit, else the first one listed; on an empty database it offers the two
// sample articles. Non-interactive (--screenshot) answers every question with its default
// without asking: keep the journal, create the samples.
class StartupFlow
{
    Q_DECLARE_TR_FUNCTIONS(StartupFlow)

public:
    struct Parts {
        ArticleRepository *repository = nullptr;
        ArticleSession *session = nullptr;
        ArticleListPanel *list = nullptr;
        DialogInterface *dialogs = nullptr;
        const AppSettings *memory = nullptr; // the last article and its database
        QWidget *window = nullptr; // the dialogs' parent
        bool interactive = true;
        std::function<bool(qint64 id)> open;
        std::function<void()> reloadSections;
    };

    static void run(const Parts &parts);

private:
    static void offerRecovery(const Parts &parts);
};
