#include "windowlayout.h"

#include "settings/appsettings.h"

#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>

#include <algorithm>

namespace WindowLayout {

bool restore(QMainWindow &window, QSplitter &splitter, QTabWidget &side, const AppSettings &memory)
{
    const QRect screen = QGuiApplication::primaryScreen() ? QGuiApplication::primaryScreen()->availableGeometry()
                                                          : QRect(0, 0, 1366, 768);
    if (!window.restoreGeometry(memory.windowValue(AppSettings::WindowGeometryKey).toByteArray()))
        window.resize(std::min(1600, screen.width()), std::min(950, screen.height()));
    window.restoreState(memory.windowValue(AppSettings::WindowStateKey).toByteArray());
    const bool restored = splitter.restoreState(memory.windowValue(AppSettings::MainSplitterKey).toByteArray());
    side.setCurrentIndex(memory.windowValue(AppSettings::SideTabKey).toInt());
    return restored;
}

void save(const QMainWindow &window, const QSplitter &splitter, const QTabWidget &side, AppSettings &memory)
{
    memory.setWindowValue(AppSettings::WindowGeometryKey, window.saveGeometry());
    memory.setWindowValue(AppSettings::WindowStateKey, window.saveState());
    memory.setWindowValue(AppSettings::MainSplitterKey, splitter.saveState());
    memory.setWindowValue(AppSettings::SideTabKey, side.currentIndex());
}

void setFirstSizes(QSplitter &splitter, int width, int listMinimum, const QTabWidget &side)
{
    const int list = std::clamp(std::max(width * 24 / 100, listMinimum), 280, 460);
    const int sideWidth = std::clamp(std::max(width * 25 / 100, side.tabBar()->sizeHint().width() + 8), 300, 520);
    splitter.setSizes({list, width - list - sideWidth, sideWidth});
}

} // namespace WindowLayout
