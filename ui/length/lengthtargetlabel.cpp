#include "length/lengthtargetlabel.h"

#include <QEvent>

using namespace Qt::StringLiterals;

LengthTargetLabel::LengthTargetLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(u"lengthTargetLabel"_s);
    hide();
}

QColor LengthTargetLabel::colour(LengthTargetStatus::State state, bool dark)
{
    // Contrast of at least 4.5:1 on the status bar in both looks.
    switch (state) {
    case LengthTargetStatus::State::TooLong: return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c);
    case LengthTargetStatus::State::TooShort: return dark ? QColor(0xff, 0xd1, 0x80) : QColor(0x8a, 0x4b, 0x00);
    case LengthTargetStatus::State::OnTarget: return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20);
    case LengthTargetStatus::State::NoTarget: break;
    }
    return {};
}

void LengthTargetLabel::setStatus(const LengthTargetStatus &status)
{
    m_status = status;
    updateLook();
}

void LengthTargetLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateLook();
}

void LengthTargetLabel::updateLook()
{
    const auto state = m_status.state();
    if (state == LengthTargetStatus::State::NoTarget) {
        clear();
        hide();
        return;
    }
    const QString sign = state == LengthTargetStatus::State::TooLong
        ? u"▲ "_s
        : (state == LengthTargetStatus::State::TooShort ? u"▼ "_s : u"✓ "_s);
    setText(sign + m_status.text());
    setToolTip(m_status.explanation());
    const bool dark = parentWidget() ? parentWidget()->palette().color(QPalette::Window).lightness() < 128
                                     : palette().color(QPalette::Window).lightness() < 128;
    // Style sheet, not palette: the status bar's style would otherwise repaint it in grey.
    const QString sheet = u"QLabel { color: %1; font-weight: bold; }"_s.arg(colour(state, dark).name());
    if (styleSheet() != sheet)
        setStyleSheet(sheet);
    show();
}
