#pragma once

#include <QObject>

class QAction;
class QMenuBar;
class QWidget;

// Every action of the editor window in one place: object name, standard shortcut, theme icon
// with a bundled fallback, mnemonic. The main window connects them; menus and tool bars only
// show them.
class AppActions : public QObject
{
    Q_OBJECT

public:
    explicit AppActions(QWidget *parent);

    // Builds Datei/File, Bearbeiten/Edit, Format, Ansicht/View, Extras/Tools, Hilfe/Help.
    void fillMenuBar(QMenuBar *menuBar) const;
    [[nodiscard]] QList<QAction *> formatActions() const;
    [[nodiscard]] QList<QAction *> allActions() const;

    // File
    QAction *newArticle;
    QAction *duplicateArticle;
    QAction *moveToTrash;
    QAction *save;
    QAction *exportHtml;
    QAction *exportFragment;
    QAction *exportNinjs;
    QAction *exportSelectedHtml;
    QAction *exportSelectedNinjs;
    QAction *exportAll;
    QAction *importFiles;
    QAction *quit;
    // Edit
    QAction *undo;
    QAction *redo;
    QAction *cut;
    QAction *copy;
    QAction *paste;
    QAction *pastePlainText;
    QAction *selectAll;
    QAction *find;
    QAction *findReplaceInArticle; // Ctrl+H: inside the open article, not across articles
    QAction *applyTypography; // quotes, dashes, no-break spaces in the whole article, one undo step
    QAction *preferences;
    // Format (the body)
    QAction *paragraph;
    QAction *heading2;
    QAction *heading3;
    QAction *bold;
    QAction *italic;
    QAction *link;
    QAction *quote;
    QAction *bulletList;
    QAction *numberedList;
    // View
    QAction *showTrash;
    QAction *restoreFromTrash;
    QAction *emptyTrash;
    QAction *showPhoto;
    QAction *showRelated;
    QAction *showChecklist;
    QAction *showHistory;
    QAction *showInvisibles;
    // Tools (spelling)
    QAction *checkSpelling;
    QAction *newsroomDictionary;
    // Help
    QAction *userGuide;
    QAction *about;
    QAction *aboutQt;

private:
    QAction *make(const char *objectName, const QString &text, const QString &iconName);
};
