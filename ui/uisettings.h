#pragma once

#include <QString>

// The window's QSettings keys, in one place. Preferences (issue 8) will own the user-facing
// settings; these are what the window remembers by itself.
namespace UiSettings {
inline const QString geometry = QStringLiteral("window/geometry");
inline const QString windowState = QStringLiteral("window/state");
inline const QString mainSplitter = QStringLiteral("window/mainSplitter");
inline const QString sideTab = QStringLiteral("window/sideTab");
inline const QString lastArticle = QStringLiteral("window/lastArticle"); // id in the database below
inline const QString lastDatabase = QStringLiteral("window/lastDatabase"); // the id is only valid there
}
