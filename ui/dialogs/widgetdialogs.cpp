#include "dialogs/widgetdialogs.h"

#include "conflict/conflictdialog.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>

void WidgetDialogs::warning(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

bool WidgetDialogs::question(QWidget *parent, const QString &title, const QString &text)
{
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
        == QMessageBox::Yes;
}

std::optional<QString> WidgetDialogs::getText(QWidget *parent, const QString &title, const QString &label,
                                              const QString &value)
{
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, value, &ok);
    if (!ok)
        return std::nullopt;
    return text;
}

QString WidgetDialogs::getOpenFileName(QWidget *parent, const QString &title, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QStringList WidgetDialogs::getOpenFileNames(QWidget *parent, const QString &title, const QString &filter)
{
    return QFileDialog::getOpenFileNames(parent, title, QString(), filter);
}

QString WidgetDialogs::getSaveFileName(QWidget *parent, const QString &title, const QString &suggestedName,
                                       const QString &filter, Overwrite overwrite)
{
    const QFileDialog::Options options =
        overwrite == Overwrite::DontConfirm ? QFileDialog::DontConfirmOverwrite : QFileDialog::Options();
    return QFileDialog::getSaveFileName(parent, title, suggestedName, filter, nullptr, options);
}

QString WidgetDialogs::getExistingDirectory(QWidget *parent, const QString &title, const QString &startFolder)
{
    return QFileDialog::getExistingDirectory(parent, title, startFolder);
}

std::optional<ConflictChoice> WidgetDialogs::resolveConflict(QWidget *parent, const Article &mine, const Article &theirs,
                                                             const ConflictDetails &details)
{
    ConflictDialog dialog(mine, theirs, details, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.choice();
}
