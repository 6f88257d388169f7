#pragma once

#include "article.h"
#include "text/textmetrics.h"

#include <QCoreApplication>
#include <QString>

// How far an article is from its length target ("80 Zeilen ± 2"), measured on what the status
// bar counts (teaser and body, ArticleLength::total()). One home for the verdict and its
// words, so the status bar, the checklist and `newsdesk-cli stats` say the same.
class LengthTargetStatus
{
    Q_DECLARE_TR_FUNCTIONS(LengthTargetStatus)

public:
    enum class State { NoTarget, TooShort, OnTarget, TooLong };

    [[nodiscard]] static LengthTargetStatus of(const LengthTarget &target, const TextMetrics &metrics);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] LengthTarget target() const { return m_target; }
    [[nodiscard]] int measured() const { return m_measured; }
    // How many units are missing or too many; 0 on target (within the tolerance).
    [[nodiscard]] int distance() const { return m_distance; }

    // "12 Zeilen zu lang", "noch 40 Zeichen", "Ziel erreicht: 81 von 80 Zeilen (± 2)".
    [[nodiscard]] QString text() const;
    // The checklist's sentence, with the target in it.
    [[nodiscard]] QString explanation() const;
    // "80 Zeilen ± 2".
    [[nodiscard]] static QString targetText(const LengthTarget &target);
    [[nodiscard]] static QString amountText(LengthTarget::Unit unit, int amount);

private:
    State m_state = State::NoTarget;
    LengthTarget m_target;
    int m_measured = 0;
    int m_distance = 0;
};
