#pragma once

#include "storage/conflictresolver.h"

#include <QDialog>

#include <optional>

class QTableWidget;

// Shown when a save meets a newer revision saved by someone else and the three-way merge could
// not settle everything: only the fields both changed differently (for the body only the
// overlapping paragraphs), side by side with the differing words marked, the colleague named,
// and three ways on, none of which loses words. The dialog only asks; ConflictResolver carries
// the choice out, so tests and the editor share that path. Without details (no common base
// known) every differing field is shown.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictDialog(const Article &mine, const Article &theirs, QWidget *parent = nullptr);
    ConflictDialog(const Article &mine, const Article &theirs, const ConflictDetails &details, QWidget *parent = nullptr);

    [[nodiscard]] std::optional<ConflictChoice> choice() const { return m_choice; }
    [[nodiscard]] QTableWidget *table() const { return m_table; }
    // The two texts of a row as rich text, the words that differ marked (for the cell labels).
    [[nodiscard]] static std::pair<QString, QString> markedWords(const QString &theirs, const QString &mine);

private:
    void choose(ConflictChoice choice);

    QTableWidget *m_table = nullptr;
    std::optional<ConflictChoice> m_choice;
};
