#pragma once

#include "validation/checklistfinding.h"

#include <QWidget>

class QLabel;
class QListWidget;

// The validation checklist: the findings, errors first; activating one asks to jump to its field.
class ChecklistPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChecklistPanel(QWidget *parent = nullptr);

    void setFindings(const QList<ChecklistFinding> &findings);
    [[nodiscard]] QList<ChecklistFinding> findings() const { return m_findings; }
    [[nodiscard]] int warningCount() const; // errors and warnings
    [[nodiscard]] QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void fieldRequested(const QString &field);

private:
    QList<ChecklistFinding> m_findings;
    QLabel *m_summary;
    QListWidget *m_list;
};
