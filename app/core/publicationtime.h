#pragma once

#include <QDateTime>

// Defaults for an article's publication time.
namespace PublicationTime {
// `now` rounded up to the next quarter hour (10:07 → 10:15, 10:15:00 stays), seconds cleared:
// what a journalist ticking "Publication" most likely means, and what a CMS slot looks like.
[[nodiscard]] QDateTime nextQuarterHour(const QDateTime &now);
}
