#pragma once

#include <QByteArray>
#include <QColor>

// Photos for tests, made in memory, so that no test depends on binary fixtures in the repo.
namespace TestImages {
// A plain image of the given size encoded as "PNG", "JPEG" or "WEBP" (what Qt's plugins write).
[[nodiscard]] QByteArray encoded(int width, int height, const char *format, const QColor &colour = QColor(20, 90, 160));
}
