#include "rolegate.h"

#include "actions/appactions.h"
#include "editor/articleform.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QStandardItemModel>

using namespace Qt::StringLiterals;

void RoleGate::apply(NewsroomRole role, AppActions &actions, ArticleForm &form)
{
    // Hidden, not only disabled: a hidden action is out of the menus and its shortcut is dead,
    // while the window keeps switching "enabled" as the list changes.
    actions.emptyTrash->setVisible(role.mayEmptyTrash());
    actions.newsroomDictionary->setVisible(role.mayChangeNewsroomDictionary());
    auto *status = form.findChild<QComboBox *>(u"statusCombo"_s);
    auto *model = status ? qobject_cast<QStandardItemModel *>(status->model()) : nullptr;
    if (!model)
        return;
    const int published = status->findData(int(ArticleStatus::Published));
    if (QStandardItem *item = model->item(published)) {
        item->setEnabled(role.mayPublish());
        item->setToolTip(role.mayPublish() ? QString()
                                           : QCoreApplication::translate("RoleGate", "Only an editor (Chef vom Dienst) may publish. Your role: %1.")
                                                 .arg(role.label()));
    }
}
