#pragma once

#include <QPoint>
#include <QString>
#include <QTextCursor>

#include <memory>

class QMenu;
class QPlainTextEdit;
class QTextEdit;
class QWidget;
class SpellChecker;

// The context menu of every spell-checked field: the widget's standard menu, and on a
// misspelled word first its suggestions (computed now, never while typing), then "Ignore",
// "Add to my dictionary" and "Add to newsroom dictionary". Dictionary actions go through
// SpellChecker, whose dictionaryChanged() makes every open field rehighlight at once.
//
// Usage in a form: SpellingContextMenu::install(field, checker). Tests call createMenu() and
// trigger its actions.
namespace SpellingContextMenu {
// Object names of the actions, for tests and for finding them in the menu.
inline constexpr char suggestionAction[] = "spellingSuggestion";
inline constexpr char ignoreAction[] = "spellingIgnore";
inline constexpr char addPersonalAction[] = "spellingAddPersonal";
inline constexpr char addNewsroomAction[] = "spellingAddNewsroom";

// The word at a position of a field, selected by the returned cursor; no selection if there
// is no word there. Hyphenated compounds are one word, as the highlighter sees them.
[[nodiscard]] QTextCursor wordAt(const QTextCursor &position);

// pos is in viewport coordinates, as in contextMenuEvent / customContextMenuRequested.
[[nodiscard]] std::unique_ptr<QMenu> createMenu(QTextEdit *edit, const QPoint &pos, SpellChecker &checker);
[[nodiscard]] std::unique_ptr<QMenu> createMenu(QPlainTextEdit *edit, const QPoint &pos, SpellChecker &checker);

// Replaces the field's context menu with the spelling one.
void install(QTextEdit *edit, SpellChecker &checker);
void install(QPlainTextEdit *edit, SpellChecker &checker);
}
