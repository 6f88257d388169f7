#pragma once

#include "article.h"

#include <QDialog>
#include <QList>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QTextBrowser;

// One version the compare window can show: a stored revision, or the form's current state.
struct ComparableVersion {
    int revision = 0; // 0: the current, perhaps unsaved, state
    QString label; // "Fassung 3 · 25.10.2024 10:15 · Anna Schäfer"
};

// A window large enough to read a comparison of two versions of one article as tracked
// changes, every field included. It holds the article's versions as values and only reads, so
// switching the editor to another article can neither change nor be changed by it.
class CompareDialog : public QDialog
{
    Q_OBJECT

// Accessors for tests, alike in shape to PhotoPanel's on purpose.
public:
    using Loader = std::function<std::optional<Article>(int revision)>;

    // `versions` newest first; the first compared is `older` against `newer` (revisions).
    CompareDialog(const QString &headline, const QList<ComparableVersion> &versions, Loader loader, int older,
                  int newer, QWidget *parent = nullptr);

    [[nodiscard]] QTextBrowser *view() const { return m_view; }
    [[nodiscard]] QComboBox *olderChooser() const { return m_older; }
    [[nodiscard]] QComboBox *newerChooser() const { return m_newer; }
    [[nodiscard]] QCheckBox *showUnchanged() const { return m_showUnchanged; }

private:
    void refresh();

    Loader m_loader;
    QComboBox *m_older;
    QComboBox *m_newer;
    QCheckBox *m_showUnchanged;
    QLabel *m_summary;
    QTextBrowser *m_view;
};
