#pragma once

#include "settings/appsettings.h"

#include <QPalette>

// Light and dark looks on the Fusion style, which draws every widget from the palette, so one
// palette switch recolours the whole editor on any desktop.
namespace Appearance {
[[nodiscard]] QPalette lightPalette();
[[nodiscard]] QPalette darkPalette();
// Whether "System" means dark here: the platform's colour scheme, where it reports one.
[[nodiscard]] bool systemPrefersDark();
// Sets Fusion and the palette for the setting on the running QApplication.
void apply(AppSettings::Appearance appearance);
} // namespace Appearance
