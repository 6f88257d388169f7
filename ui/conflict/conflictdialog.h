#pragma once

#include "storage/conflictresolver.h"

#include <QDialog>

#include <optional>

class QTableWidget;

// Shown when a save meets a newer revision saved by someone else: both versions field by
// field (ArticleDiff), and three ways on, none of which loses words. The dialog only asks;
// ConflictResolver carries the choice out, so tests and the editor share that path.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictDialog(const Article &mine, const Article &theirs, QWidget *parent = nullptr);

    [[nodiscard]] std::optional<ConflictChoice> choice() const { return m_choice; }
    [[nodiscard]] QTableWidget *table() const { return m_table; }

private:
    void choose(ConflictChoice choice);

    QTableWidget *m_table = nullptr;
    std::optional<ConflictChoice> m_choice;
};
