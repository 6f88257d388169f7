#include "spelling/spellingcontextmenu.h"

#include "spelling/spellchecker.h"
#include "spelling/wordtokenizer.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextEdit>

#include <functional>

using namespace Qt::StringLiterals;

namespace {
// Both QTextEdit and QPlainTextEdit build menus the same way; only their types differ.
std::unique_ptr<QMenu> buildMenu(QMenu *standardMenu, QWidget *editor, const QTextCursor &clicked,
                                 const std::function<void(const QTextCursor &)> &applyCursor, SpellChecker &checker)
{
    std::unique_ptr<QMenu> menu(standardMenu);
    const QTextCursor word = SpellingContextMenu::wordAt(clicked);
    const QString text = word.selectedText();
    if (text.isEmpty() || !checker.isMisspelled(text) || editor->property("readOnly").toBool())
        return menu;

    QAction *first = menu->actions().value(0);
    const QStringList suggestions = checker.suggestions(text);
    const auto insert = [&menu, first](QAction *action) { menu->insertAction(first, action); };
    if (suggestions.isEmpty()) {
        auto *none = new QAction(QCoreApplication::translate("SpellingContextMenu", "No suggestions"), menu.get());
        none->setEnabled(false);
        insert(none);
    }
    for (const QString &suggestion : suggestions.mid(0, 8)) {
        auto *action = new QAction(suggestion, menu.get());
        action->setObjectName(QLatin1StringView(SpellingContextMenu::suggestionAction));
        QFont font = action->font();
        font.setBold(true);
        action->setFont(font);
        QObject::connect(action, &QAction::triggered, editor, [word, suggestion, applyCursor] {
            QTextCursor cursor = word;
            // One undo step, like typing the word.
            cursor.beginEditBlock();
            cursor.insertText(suggestion);
            cursor.endEditBlock();
            applyCursor(cursor);
        });
        insert(action);
    }
    menu->insertSeparator(first);

    auto *ignore = new QAction(QCoreApplication::translate("SpellingContextMenu", "Ignore"), menu.get());
    ignore->setObjectName(QLatin1StringView(SpellingContextMenu::ignoreAction));
    QObject::connect(ignore, &QAction::triggered, &checker, [&checker, text] { checker.ignoreWord(text); });
    insert(ignore);

    auto *personal = new QAction(QCoreApplication::translate("SpellingContextMenu", "Add to my dictionary"), menu.get());
    personal->setObjectName(QLatin1StringView(SpellingContextMenu::addPersonalAction));
    QObject::connect(personal, &QAction::triggered, &checker, [&checker, text] { checker.addToPersonalDictionary(text); });
    insert(personal);

    auto *newsroom = new QAction(QCoreApplication::translate("SpellingContextMenu", "Add to newsroom dictionary"), menu.get());
    newsroom->setObjectName(QLatin1StringView(SpellingContextMenu::addNewsroomAction));
    QObject::connect(newsroom, &QAction::triggered, &checker, [&checker, text] { checker.addNewsroomWord(text); });
    insert(newsroom);
    menu->insertSeparator(first);
    return menu;
}
} // namespace

namespace SpellingContextMenu {
QTextCursor wordAt(const QTextCursor &position)
{
    QTextCursor cursor = position;
    cursor.clearSelection();
    const QTextBlock block = cursor.block();
    const int offset = cursor.position() - block.position();
    const QList<WordToken> tokens = WordTokenizer::tokenize(block.text());
    for (const WordToken &token : tokens) {
        if (token.kind == WordToken::Kind::Word && offset >= token.position && offset <= token.position + token.length()) {
            cursor.setPosition(block.position() + int(token.position));
            cursor.setPosition(block.position() + int(token.position + token.length()), QTextCursor::KeepAnchor);
            return cursor;
        }
    }
    return cursor;
}

std::unique_ptr<QMenu> createMenu(QTextEdit *edit, const QPoint &pos, SpellChecker &checker)
{
    return buildMenu(edit->createStandardContextMenu(edit->viewport()->mapToGlobal(pos)), edit, edit->cursorForPosition(pos),
                     [edit](const QTextCursor &c) { edit->setTextCursor(c); }, checker);
}

std::unique_ptr<QMenu> createMenu(QPlainTextEdit *edit, const QPoint &pos, SpellChecker &checker)
{
    return buildMenu(edit->createStandardContextMenu(edit->viewport()->mapToGlobal(pos)), edit, edit->cursorForPosition(pos),
                     [edit](const QTextCursor &c) { edit->setTextCursor(c); }, checker);
}

void install(QTextEdit *edit, SpellChecker &checker)
{
    edit->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(edit, &QWidget::customContextMenuRequested, edit, [edit, &checker](const QPoint &pos) {
        const std::unique_ptr<QMenu> menu = createMenu(edit, pos, checker);
        menu->exec(edit->viewport()->mapToGlobal(pos));
    });
}

void install(QPlainTextEdit *edit, SpellChecker &checker)
{
    edit->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(edit, &QWidget::customContextMenuRequested, edit, [edit, &checker](const QPoint &pos) {
        const std::unique_ptr<QMenu> menu = createMenu(edit, pos, checker);
        menu->exec(edit->viewport()->mapToGlobal(pos));
    });
}
} // namespace SpellingContextMenu
