#pragma once

#include "dialogs/dialoginterface.h"

// The real dialogs: QMessageBox, QInputDialog and QFileDialog.
class WidgetDialogs : public DialogInterface
{
public:
    void warning(QWidget *parent, const QString &title, const QString &text) override;
    [[nodiscard]] bool question(QWidget *parent, const QString &title, const QString &text) override;
    [[nodiscard]] std::optional<QString> getText(QWidget *parent, const QString &title, const QString &label,
                                                 const QString &value) override;
    [[nodiscard]] QString getOpenFileName(QWidget *parent, const QString &title, const QString &filter) override;
    [[nodiscard]] QStringList getOpenFileNames(QWidget *parent, const QString &title, const QString &filter) override;
    [[nodiscard]] QString getSaveFileName(QWidget *parent, const QString &title, const QString &suggestedName,
                                          const QString &filter, Overwrite overwrite) override;
    [[nodiscard]] QString getExistingDirectory(QWidget *parent, const QString &title,
                                               const QString &startFolder) override;
    [[nodiscard]] std::optional<ConflictChoice> resolveConflict(QWidget *parent, const Article &mine,
                                                                const Article &theirs,
                                                                const ConflictDetails &details) override;
};
