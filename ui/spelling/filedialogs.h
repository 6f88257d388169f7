#pragma once

#include <QString>

class QWidget;

// The seam in front of blocking file dialogs: widgets ask this interface, the application
// passes QtFileDialogs, tests pass a stub that answers at once.
class FileDialogs
{
public:
    virtual ~FileDialogs() = default;
    // Empty when the user cancelled.
    virtual QString openFileName(QWidget *parent, const QString &caption, const QString &filter) = 0;
    virtual QString saveFileName(QWidget *parent, const QString &caption, const QString &suggestedName, const QString &filter) = 0;
};

class QtFileDialogs : public FileDialogs
{
public:
    QString openFileName(QWidget *parent, const QString &caption, const QString &filter) override;
    QString saveFileName(QWidget *parent, const QString &caption, const QString &suggestedName, const QString &filter) override;
};
