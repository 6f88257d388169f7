#pragma once

#include "dialogs/dialoginterface.h"

#include <QStringList>

// The one test fake of DialogInterface: answers every dialog at once and records what was
// asked, so that widget tests never block (the model is Zanshin's MessageBoxStub).
// Question, text and open-file titles go to `questions`; save and folder dialogs, which
// tests count apart from the questions a journalist answers, go to `fileDialogs`.
class DialogStub : public DialogInterface
{
public:
    void warning(QWidget *, const QString &title, const QString &text) override
    {
        warnings.append(title + QStringLiteral(": ") + text);
    }
    bool question(QWidget *, const QString &title, const QString &text) override
    {
        questions.append(title);
        questionTexts.append(text);
        return questionAnswer;
    }
    std::optional<QString> getText(QWidget *, const QString &title, const QString &, const QString &) override
    {
        questions.append(title);
        return textAnswer;
    }
    QString getOpenFileName(QWidget *, const QString &title, const QString &) override
    {
        questions.append(title);
        return fileAnswer;
    }

    QStringList getOpenFileNames(QWidget *, const QString &title, const QString &) override
    {
        questions.append(title);
        return filesAnswer;
    }

    QString getSaveFileName(QWidget *, const QString &title, const QString &suggestedName, const QString &,
                            Overwrite overwrite) override
    {
        fileDialogs.append(title);
        startPaths.append(suggestedName);
        overwrites.append(overwrite);
        return saveFileAnswer;
    }

    QString getExistingDirectory(QWidget *, const QString &title, const QString &startFolder) override
    {
        fileDialogs.append(title);
        startPaths.append(startFolder);
        return folderAnswer;
    }

    std::optional<ConflictChoice> resolveConflict(QWidget *, const Article &mine, const Article &theirs,
                                                  const ConflictDetails &details) override
    {
        conflicts.append({mine, theirs});
        conflictDetails.append(details);
        return conflictChoice;
    }

    QStringList warnings;
    QList<std::pair<Article, Article>> conflicts; // mine, theirs
    QList<ConflictDetails> conflictDetails; // what the dialog was told besides the versions
    std::optional<ConflictChoice> conflictChoice;
    QStringList questions;
    QStringList questionTexts; // the texts of question(), in order
    bool questionAnswer = true;
    std::optional<QString> textAnswer;
    QString fileAnswer;
    QStringList filesAnswer;
    QString saveFileAnswer;
    QString folderAnswer;
    QStringList fileDialogs; // titles of the save and folder dialogs, in order
    QStringList startPaths; // where each of them was told to start
    QList<Overwrite> overwrites; // of each save dialog
};
