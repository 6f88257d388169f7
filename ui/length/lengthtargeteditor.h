#pragma once

#include "article.h"

#include <QWidget>

class QComboBox;
class QSpinBox;

// The form's compact length-target editor beside the tags: "Ziel [80] [Zeilen] ± [2]".
// "No target" hides the numbers.
// Same shape as the form's other small widgets (LineTextEdit, RelatedLinksEditor) on purpose:
// a QWidget with getters and setters.
class LengthTargetEditor : public QWidget
{
    Q_OBJECT

public:
    explicit LengthTargetEditor(QWidget *parent = nullptr);

    [[nodiscard]] LengthTarget target() const;
    // Shows a target without emitting edited().
    void setTarget(const LengthTarget &target);

    [[nodiscard]] QComboBox *unitCombo() const { return m_unit; }
    [[nodiscard]] QSpinBox *amountBox() const { return m_amount; }
    [[nodiscard]] QSpinBox *toleranceBox() const { return m_tolerance; }

Q_SIGNALS:
    void edited();

private:
    void updateEnabled();

    QComboBox *m_unit;
    QSpinBox *m_amount;
    QSpinBox *m_tolerance;
    bool m_setting = false;
};
