#include "text/lengthtargetstatus.h"

#include "text/lengthtext.h"

#include <cstdlib>

LengthTargetStatus LengthTargetStatus::of(const LengthTarget &target, const TextMetrics &metrics)
{
    LengthTargetStatus status;
    status.m_target = target;
    switch (target.unit) {
    case LengthTarget::Unit::None: return status;
    case LengthTarget::Unit::Lines: status.m_measured = metrics.lines; break;
    case LengthTarget::Unit::Characters: status.m_measured = metrics.characters; break;
    case LengthTarget::Unit::Words: status.m_measured = metrics.words; break;
    }
    if (target.amount <= 0)
        return status;
    const int difference = status.m_measured - target.amount;
    const int tolerance = std::max(0, target.tolerance);
    if (std::abs(difference) <= tolerance) {
        status.m_state = State::OnTarget;
    } else {
        status.m_state = difference > 0 ? State::TooLong : State::TooShort;
        // Distance to the target itself, not to the edge of the tolerance: "80 Zeilen" is
        // what the page planner asked for.
        status.m_distance = std::abs(difference);
    }
    return status;
}

QString LengthTargetStatus::amountText(LengthTarget::Unit unit, int amount)
{
    switch (unit) {
    case LengthTarget::Unit::Lines: return LengthText::lines(amount);
    case LengthTarget::Unit::Characters: return LengthText::characters(amount);
    case LengthTarget::Unit::Words: return LengthText::words(amount);
    case LengthTarget::Unit::None: break;
    }
    return {};
}

QString LengthTargetStatus::targetText(const LengthTarget &target)
{
    if (target.unit == LengthTarget::Unit::None || target.amount <= 0)
        return {};
    const QString amount = amountText(target.unit, target.amount);
    return target.tolerance > 0 ? tr("%1 ± %2").arg(amount).arg(target.tolerance) : amount;
}

QString LengthTargetStatus::text() const
{
    const LengthTarget::Unit unit = m_target.unit;
    switch (m_state) {
    case State::NoTarget: return {};
    case State::OnTarget: return tr("On target: %1 of %2").arg(m_measured).arg(targetText(m_target));
    case State::TooLong:
        switch (unit) {
        case LengthTarget::Unit::Lines: return tr("%n line(s) too long", nullptr, m_distance);
        case LengthTarget::Unit::Characters: return tr("%n character(s) too long", nullptr, m_distance);
        case LengthTarget::Unit::Words: return tr("%n word(s) too long", nullptr, m_distance);
        case LengthTarget::Unit::None: break;
        }
        break;
    case State::TooShort:
        switch (unit) {
        case LengthTarget::Unit::Lines: return tr("%n more line(s) to go", nullptr, m_distance);
        case LengthTarget::Unit::Characters: return tr("%n more character(s) to go", nullptr, m_distance);
        case LengthTarget::Unit::Words: return tr("%n more word(s) to go", nullptr, m_distance);
        case LengthTarget::Unit::None: break;
        }
        break;
    }
    return {};
}

QString LengthTargetStatus::explanation() const
{
    switch (m_state) {
    case State::NoTarget: return {};
    case State::OnTarget:
        return tr("The article is on its length target of %1 (%2 now).").arg(targetText(m_target)).arg(m_measured);
    case State::TooLong:
    case State::TooShort:
        return tr("Length target %1: %2 (%3 now).").arg(targetText(m_target), text()).arg(m_measured);
    }
    return {};
}
