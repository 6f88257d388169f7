#pragma once

class AppSettings;
class QMainWindow;
class QSplitter;
class QTabWidget;

// The main window's own memory of its layout (through AppSettings' window keys) and its
// first layout when there is none.
namespace WindowLayout {
// Geometry, dock state, splitter and side tab as last left; a sensible size from 1366×768
// upwards otherwise. False when the splitter had nothing stored (setFirstSizes then).
bool restore(QMainWindow &window, QSplitter &splitter, QTabWidget &side, const AppSettings &memory);
void save(const QMainWindow &window, const QSplitter &splitter, const QTabWidget &side, AppSettings &memory);
// The list about a quarter of `width`, the side panel a bit more (wide enough for all its
// tabs, so that none hides behind scroll arrows at 1366 px), the form the rest.
void setFirstSizes(QSplitter &splitter, int width, int listMinimum, const QTabWidget &side);
}
