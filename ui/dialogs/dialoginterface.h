#pragma once

#include "storage/conflictresolver.h"

#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

// The seam in front of every blocking dialog (message boxes, text prompts, file and folder
// choosers, the conflict dialog): widgets ask through this interface, the application passes
// WidgetDialogs, tests pass DialogStub (tests/ui/support), which answers at once, so that no
// GUI test ever waits for a click (the model is Zanshin's MessageBoxInterface).
class DialogInterface
{
public:
    // Whether a save dialog asks before an existing file is chosen; DontConfirm where the
    // file is opened, not overwritten (the database file in the preferences).
    enum class Overwrite { Confirm, DontConfirm };

    virtual ~DialogInterface() = default;

    virtual void warning(QWidget *parent, const QString &title, const QString &text) = 0;
    // Yes/No; true for Yes.
    [[nodiscard]] virtual bool question(QWidget *parent, const QString &title, const QString &text) = 0;
    // nullopt when cancelled.
    [[nodiscard]] virtual std::optional<QString> getText(QWidget *parent, const QString &title, const QString &label,
                                                         const QString &value) = 0;
    // Empty when cancelled.
    [[nodiscard]] virtual QString getOpenFileName(QWidget *parent, const QString &title, const QString &filter) = 0;
    // Several files (File → Import…); empty when cancelled. Not pure: a stub that answers one
    // file answers this too.
    [[nodiscard]] virtual QStringList getOpenFileNames(QWidget *parent, const QString &title, const QString &filter)
    {
        const QString file = getOpenFileName(parent, title, filter);
        return file.isEmpty() ? QStringList() : QStringList{file};
    }
    // A file to write, starting at suggestedName (a name or a path); empty when cancelled.
    [[nodiscard]] virtual QString getSaveFileName(QWidget *parent, const QString &title, const QString &suggestedName,
                                                  const QString &filter, Overwrite overwrite)
        = 0;
    // A folder, starting at startFolder (empty: the current folder); empty when cancelled.
    [[nodiscard]] virtual QString getExistingDirectory(QWidget *parent, const QString &title,
                                                       const QString &startFolder)
        = 0;
    // A save met a newer revision: both versions side by side (ConflictDialog); nullopt when
    // cancelled. Not pure, so that stubs which never meet a shared database need not answer:
    // cancelling keeps the words in the journal.
    // details: only the conflicting fields and who saved theirs (a three-way merge settled
    // the rest).
    [[nodiscard]] virtual std::optional<ConflictChoice> resolveConflict(QWidget *parent, const Article &mine,
                                                                        const Article &theirs,
                                                                        const ConflictDetails &details)
    {
        Q_UNUSED(parent)
        Q_UNUSED(mine)
        Q_UNUSED(theirs)
        Q_UNUSED(details)
        return std::nullopt;
    }
};
