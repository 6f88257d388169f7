#pragma once

#include "import/importentry.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

// The end of an import: how many files became drafts, how many were skipped and why, and under
// each file every warning (tracked changes accepted, comments with their text, images, tables,
// footnotes). Double-clicking an imported file opens its article.
class ImportSummaryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportSummaryDialog(const QList<ImportEntry> &entries, QWidget *parent = nullptr);

    [[nodiscard]] QString headlineText() const; // "2 imported, 1 skipped, 5 warnings"
    [[nodiscard]] QTreeWidget *tree() const { return m_tree; }
    // Everything the dialog lists, one line each (tests, and Copy for a bug report).
    [[nodiscard]] QString plainText() const;

Q_SIGNALS:
    void articleActivated(qint64 id);

private:
    QLabel *m_headline;
    QTreeWidget *m_tree;
};
