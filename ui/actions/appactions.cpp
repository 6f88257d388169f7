#include "actions/appactions.h"

#include "actions/paletteiconengine.h"

#include <QAction>
#include <QFile>
#include <QIcon>
#include <QMenu>
#include <QMenuBar>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace {
// The desktop's icon theme first; our own drawing where the theme has none (or no theme),
// inked in the palette's text colour so that it reads in the light and the dark look.
QIcon themedIcon(const QString &name)
{
    const QString fallback = u":/newsdesk/icons/actions/"_s + name + u".svg"_s;
    return QIcon::fromTheme(name, QFile::exists(fallback) ? QIcon(new PaletteIconEngine(fallback)) : QIcon());
}
} // namespace

AppActions::AppActions(QWidget *parent)
    : QObject(parent)
{
    // Every action is made the same way on purpose: one short block per action, all in this one place.
    newArticle = make("actionNewArticle", tr("&New Article"), u"document-new"_s);
    newArticle->setShortcut(QKeySequence::New);
    duplicateArticle = make("actionDuplicateArticle", tr("D&uplicate Article"), u"edit-copy"_s);
    duplicateArticle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    moveToTrash = make("actionMoveToTrash", tr("&Move to Trash"), u"user-trash"_s);
    // Delete only where the list has the focus: in a text field it deletes characters.
    moveToTrash->setShortcut(QKeySequence::Delete);
    moveToTrash->setShortcutContext(Qt::WidgetShortcut);
    // The buttons under the article list show short texts, so that the list stays narrow
    // enough for a 1366-pixel screen ("In den Papierkorb verschieben" alone took 200 pixels).
    newArticle->setIconText(tr("New"));
    duplicateArticle->setIconText(tr("Duplicate"));
    moveToTrash->setIconText(tr("To Trash"));
    save = make("actionSave", tr("&Save"), u"document-save"_s);
    save->setShortcut(QKeySequence::Save);
    exportHtml = make("actionExportHtml", tr("&Export HTML…"), u"document-export"_s);
    exportHtml->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportFragment = make("actionExportFragment", tr("Export as &Fragment…"), QString());
    exportNinjs = make("actionExportNinjs", tr("Export n&injs…"), QString());
    exportAll = make("actionExportAll", tr("Export &All Articles…"), QString());
    exportAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    // The rows selected in the list (Shift/Ctrl-click, Ctrl+A there), into one folder.
    exportSelectedHtml = make("actionExportSelectedHtml", tr("Export Se&lected as HTML…"), QString());
    exportSelectedNinjs = make("actionExportSelectedNinjs", tr("Export Selected as nin&js…"), QString());
    // Several files at once: ninjs, HTML, text, Word, OpenDocument, RTF (ArticleImporter::kinds()).
    importFiles = make("actionImport", tr("Im&port…"), u"document-import"_s);
    quit = make("actionQuit", tr("&Quit"), u"application-exit"_s);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    undo = make("actionUndo", tr("&Undo"), u"edit-undo"_s);
    undo->setShortcut(QKeySequence::Undo);
    redo = make("actionRedo", tr("&Redo"), u"edit-redo"_s);
    redo->setShortcut(QKeySequence::Redo);
    cut = make("actionCut", tr("Cu&t"), u"edit-cut"_s);
    cut->setShortcut(QKeySequence::Cut);
    copy = make("actionCopy", tr("&Copy"), u"edit-copy"_s);
    copy->setShortcut(QKeySequence::Copy);
    paste = make("actionPaste", tr("&Paste"), u"edit-paste"_s);
    paste->setShortcut(QKeySequence::Paste);
    // Window-wide: no text field has Ctrl+Shift+V of its own.
    pastePlainText = make("actionPastePlainText", tr("Paste as P&lain Text"), u"edit-paste"_s);
    pastePlainText->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    selectAll = make("actionSelectAll", tr("Select &All"), QString());
    selectAll->setShortcut(QKeySequence::SelectAll);
    // Cut, copy, paste and select all are the focused text field's own shortcuts; the menu
    // entries forward to it, so the actions must not grab the keys away from the fields.
    for (QAction *action : {cut, copy, paste, selectAll})
        action->setShortcutContext(Qt::WidgetShortcut);
    find = make("actionFind", tr("&Find Articles…"), u"edit-find"_s);
    find->setShortcut(QKeySequence::Find);
    findReplaceInArticle = make("actionFindReplaceInArticle", tr("Find and Replace &in Article…"), u"edit-find-replace"_s);
    findReplaceInArticle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    applyTypography = make("actionApplyTypography", tr("Apply T&ypography to Article"), u"format-text-code"_s);
    preferences = make("actionPreferences", tr("Pr&eferences…"), u"configure"_s);
    // Plain X11 and Windows give QKeySequence::Preferences no key at all; Ctrl+, is what most
    // editors use there, and KDE's own binding wins where the platform has one.
    const QList<QKeySequence> preferenceKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    preferences->setShortcuts(preferenceKeys.isEmpty() ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)}
                                                       : preferenceKeys);
    preferences->setMenuRole(QAction::PreferencesRole);

    paragraph = make("actionParagraph", tr("&Paragraph"), u"format-paragraph"_s);
    paragraph->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    heading2 = make("actionHeading2", tr("&Subheading"), u"format-heading-2"_s);
    heading2->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    heading3 = make("actionHeading3", tr("Subheading (&Level 3)"), u"format-heading-3"_s);
    heading3->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    bold = make("actionBold", tr("&Bold"), u"format-text-bold"_s);
    bold->setShortcut(QKeySequence::Bold);
    italic = make("actionItalic", tr("&Italic"), u"format-text-italic"_s);
    italic->setShortcut(QKeySequence::Italic);
    link = make("actionLink", tr("Lin&k…"), u"insert-link"_s);
    link->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    quote = make("actionQuote", tr("&Quote"), u"format-text-blockquote"_s);
    quote->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    bulletList = make("actionBulletList", tr("B&ulleted List"), u"format-list-unordered"_s);
    bulletList->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8));
    numberedList = make("actionNumberedList", tr("&Numbered List"), u"format-list-ordered"_s);
    numberedList->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_7));
    for (QAction *action : {paragraph, heading2, heading3, bold, italic, quote, bulletList, numberedList})
        action->setCheckable(true);

    // No-break spaces, soft hyphens and line breaks, marked in every field (InvisibleMarks).
    showInvisibles = make("actionShowInvisibles", tr("Show &Invisible Characters"), QString());
    showInvisibles->setCheckable(true);
    showInvisibles->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    showTrash = make("actionShowTrash", tr("&Trash"), u"user-trash"_s);
    showTrash->setCheckable(true);
    showTrash->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    restoreFromTrash = make("actionRestoreFromTrash", tr("&Restore from Trash"), u"edit-undo"_s);
    restoreFromTrash->setIconText(tr("Restore"));
    emptyTrash = make("actionEmptyTrash", tr("&Empty Trash…"), u"trash-empty"_s);
    showPhoto = make("actionShowPhoto", tr("Ph&oto"), u"image-x-generic"_s);
    showPhoto->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_P));
    showRelated = make("actionShowRelated", tr("Related &Links"), u"insert-link"_s);
    showRelated->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_R));
    showChecklist = make("actionShowChecklist", tr("&Checklist"), u"checkmark"_s);
    showChecklist->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_C));
    showHistory = make("actionShowHistory", tr("&Versions"), u"edit-undo-history"_s);
    showHistory->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_H));

    userGuide = make("actionUserGuide", tr("User &Guide"), u"help-contents"_s);
    userGuide->setShortcut(QKeySequence::HelpContents);

    checkSpelling = make("actionCheckSpelling", tr("Check &Spelling…"), u"tools-check-spelling"_s);
    checkSpelling->setShortcut(QKeySequence(Qt::Key_F7));
    newsroomDictionary = make("actionNewsroomDictionary", tr("&Newsroom Dictionary…"), u"accessories-dictionary"_s);

    about = make("actionAbout", tr("&About Newsdesk"), u"help-about"_s);
    about->setMenuRole(QAction::AboutRole);
    aboutQt = make("actionAboutQt", tr("About &Qt"), QString());
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

QAction *AppActions::make(const char *objectName, const QString &text, const QString &iconName)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QString::fromLatin1(objectName));
    if (!iconName.isEmpty())
        action->setIcon(themedIcon(iconName));
    return action;
}

QList<QAction *> AppActions::formatActions() const
{
    return {paragraph, heading2, heading3, bold, italic, link, quote, bulletList, numberedList};
}

QList<QAction *> AppActions::allActions() const
{
    return findChildren<QAction *>(Qt::FindDirectChildrenOnly);
}

void AppActions::fillMenuBar(QMenuBar *menuBar) const
{
    QMenu *file = menuBar->addMenu(tr("&File"));
    file->setObjectName(u"menuFile"_s);
    file->addActions({newArticle, duplicateArticle, save});
    file->addSeparator();
    file->addActions({moveToTrash});
    file->addSeparator();
    file->addAction(importFiles);
    file->addActions({exportHtml, exportFragment, exportNinjs, exportSelectedHtml, exportSelectedNinjs, exportAll});
    file->addSeparator();
    file->addAction(quit);

    QMenu *edit = menuBar->addMenu(tr("&Edit"));
    edit->setObjectName(u"menuEdit"_s);
    edit->addActions({undo, redo});
    edit->addSeparator();
    edit->addActions({cut, copy, paste, pastePlainText, selectAll});
    edit->addSeparator();
    edit->addAction(find);
    edit->addAction(findReplaceInArticle);
    edit->addAction(applyTypography);
    edit->addSeparator();
    edit->addAction(preferences);

    QMenu *format = menuBar->addMenu(tr("F&ormat"));
    format->setObjectName(u"menuFormat"_s);
    format->addActions({paragraph, heading2, heading3});
    format->addSeparator();
    format->addActions({bold, italic, link});
    format->addSeparator();
    format->addActions({quote, bulletList, numberedList});

    QMenu *view = menuBar->addMenu(tr("&View"));
    view->setObjectName(u"menuView"_s);
    view->addActions({showPhoto, showRelated, showChecklist, showHistory});
    view->addSeparator();
    view->addAction(showInvisibles);
    view->addSeparator();
    view->addActions({showTrash, restoreFromTrash, emptyTrash});

    QMenu *tools = menuBar->addMenu(tr("&Tools"));
    tools->setObjectName(u"menuTools"_s);
    tools->addActions({checkSpelling, newsroomDictionary});

    QMenu *help = menuBar->addMenu(tr("&Help"));
    help->setObjectName(u"menuHelp"_s);
    help->addActions({userGuide, about, aboutQt});
}
