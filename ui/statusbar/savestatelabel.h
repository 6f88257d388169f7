#pragma once

#include <QLabel>

// The status bar's save state: the last word of the session, the list or an export ("Saved
// 10:15:02", a conflict, "Exported to …") until the next edit turns it into "Not saved".
// Same shape as LengthTargetLabel on purpose: each status-bar verdict is a small QLabel of its own.
class SaveStateLabel : public QLabel
{
    Q_OBJECT

public:
    explicit SaveStateLabel(QWidget *parent = nullptr);

    void showState(const QString &text);
    // An edit: "Not saved", set once per run of edits rather than on every keystroke.
    void markEdited();

private:
    bool m_dirty = false;
};
