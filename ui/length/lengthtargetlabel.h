#pragma once

#include "text/lengthtargetstatus.h"

#include <QLabel>

// The status bar's length-target verdict: "12 Zeilen zu lang" in red, "noch 40 Zeichen" in
// amber, "Ziel erreicht" in green, each with a sign (▲ ▼ ✓) so the colour is never the only
// cue; empty and hidden when the article has no target.
class LengthTargetLabel : public QLabel
{
    Q_OBJECT

public:
    explicit LengthTargetLabel(QWidget *parent = nullptr);

    void setStatus(const LengthTargetStatus &status);
    [[nodiscard]] LengthTargetStatus status() const { return m_status; }
    // The colour the current state is shown in, for the light or the dark palette.
    [[nodiscard]] static QColor colour(LengthTargetStatus::State state, bool dark);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateLook();

    LengthTargetStatus m_status;
};
