#include "validation/checklistpanel.h"

#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr int FieldRole = Qt::UserRole + 1;
}

ChecklistPanel::ChecklistPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"checklistPanel"_s);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"checklistList"_s);
    m_list->setWordWrap(true);
    m_list->setAccessibleName(tr("Validation findings"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT fieldRequested(item->data(FieldRole).toString()); });
    connect(m_list, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { Q_EMIT fieldRequested(item->data(FieldRole).toString()); });
    setFindings({});
}

void ChecklistPanel::setFindings(const QList<ChecklistFinding> &findings)
{
    if (findings == m_findings && m_list->count() == findings.size() && !findings.isEmpty())
        return;
    m_findings = findings;
    std::stable_sort(m_findings.begin(), m_findings.end(),
                     [](const auto &a, const auto &b) { return int(a.severity) < int(b.severity); });
    m_list->clear();
    for (const ChecklistFinding &finding : std::as_const(m_findings)) {
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
        if (finding.severity == ChecklistFinding::Severity::Error)
            icon = QStyle::SP_MessageBoxCritical;
        else if (finding.severity == ChecklistFinding::Severity::Warning)
            icon = QStyle::SP_MessageBoxWarning;
        auto *item = new QListWidgetItem(style()->standardIcon(icon), finding.message, m_list);
        item->setData(FieldRole, finding.field);
        item->setToolTip(tr("Go to the field"));
    }
    m_summary->setText(m_findings.isEmpty() ? tr("Everything is in place.")
                                            : tr("%n point(s) to check. Activate one to go to its field.",
                                                 nullptr, int(m_findings.size())));
}

int ChecklistPanel::warningCount() const
{
    return int(std::count_if(m_findings.cbegin(), m_findings.cend(), [](const ChecklistFinding &f) {
        return f.severity != ChecklistFinding::Severity::Info;
    }));
}
