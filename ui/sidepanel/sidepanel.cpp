#include "sidepanel/sidepanel.h"

#include "actions/appactions.h"
#include "editor/articleform.h"
#include "history/historypanel.h"
#include "photo/photopanel.h"
#include "preview/previewpane.h"
#include "related/relatedlinkseditor.h"
#include "validation/checklistpanel.h"

#include <QAction>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabBar>

using namespace Qt::StringLiterals;

SidePanel::SidePanel(ArticleForm *form, ChecklistPanel *checklist, HistoryPanel *history, PreviewPane *preview,
                     QWidget *parent)
    : QTabWidget(parent)
    , m_form(form)
    , m_checklist(checklist)
    , m_history(history)
{
    setObjectName(u"sidePanel"_s);
    setDocumentMode(true);
    tabBar()->setObjectName(u"sidePanelTabs"_s);
    addTab(form->photoPanel(), tr("Ph&oto"));
    addTab(form->relatedEditor(), tr("&Related"));
    addTab(checklist, tr("&Checklist"));
    addTab(history, tr("&Versions"));
    preview->setObjectName(u"previewBrowser"_s);
    addTab(preview, tr("Previe&w"));
}

void SidePanel::connectActions(const AppActions *actions)
{
    PhotoPanel *photo = m_form->photoPanel();
    RelatedLinksEditor *related = m_form->relatedEditor();
    connect(actions->showPhoto, &QAction::triggered, this, [this, photo] { showPage(photo, photo->chooseButton()); });
    connect(actions->showRelated, &QAction::triggered, this,
            [this, related] { showPage(related, related->searchEdit()); });
    connect(actions->showChecklist, &QAction::triggered, this,
            [this] { showPage(m_checklist, m_checklist->list()); });
    connect(actions->showHistory, &QAction::triggered, this,
            [this] { showPage(m_history, m_history->revisionList()); });
}

void SidePanel::showPage(QWidget *page, QWidget *focus)
{
    setCurrentWidget(page);
    focus->setFocus(Qt::ShortcutFocusReason);
}
