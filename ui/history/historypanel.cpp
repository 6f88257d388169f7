#include "history/historypanel.h"

#include "articlelist/articlelistmodel.h"
#include "articletext.h"
#include "articlerepository.h"
#include "body/htmlwriter.h"
#include "compare/articlecomparison.h"
#include "history/comparedialog.h"
#include "history/comparisonhtml.h"
#include "i18n/germanformat.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int RevisionRole = Qt::UserRole + 1;
constexpr int LabelRole = Qt::UserRole + 2;
}

HistoryPanel::HistoryPanel(ArticleRepository *repository, QWidget *parent)
    : QWidget(parent)
    , m_repository(repository)
{
    setObjectName(u"historyPanel"_s);
    m_revisions = new QListWidget(this);
    m_revisions->setObjectName(u"revisionList"_s);
    m_revisions->setAccessibleName(tr("Revisions"));
    m_revisions->setWordWrap(true);
    // One column of tracked changes: the side panel is too narrow for two columns side by side.
    m_comparison = new QTextBrowser(this);
    m_comparison->setObjectName(u"revisionComparison"_s);
    m_comparison->setAccessibleName(tr("Changes since the selected revision"));
    m_compare = new QPushButton(tr("Co&mpare…"), this);
    m_compare->setObjectName(u"compareRevisionsButton"_s);
    m_compare->setToolTip(tr("Compare two versions of this article in a large window"));
    m_restore = new QPushButton(tr("R&estore This Revision"), this);
    m_restore->setObjectName(u"restoreRevisionButton"_s);

    auto *changes = new QWidget(this);
    auto *changesLayout = new QVBoxLayout(changes);
    changesLayout->setContentsMargins(0, 0, 0, 0);
    changesLayout->addWidget(new QLabel(tr("Changes from the selected revision to now:"), changes));
    changesLayout->addWidget(m_comparison, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_revisions);
    split->addWidget(changes);
    split->setStretchFactor(1, 3);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_compare);
    buttons->addWidget(m_restore);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);

    connect(m_revisions, &QListWidget::currentRowChanged, this, &HistoryPanel::showSelected);
    connect(m_revisions, &QListWidget::itemActivated, this, [this] { openCompareWindow(); });
    connect(m_compare, &QPushButton::clicked, this, [this] { openCompareWindow(); });
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (selectedRevision() > 0)
            Q_EMIT restoreRequested(m_articleId, selectedRevision());
    });
    clear();
}

void HistoryPanel::clear()
{
    // A compare window shows one article; it never outlives the article being shown.
    if (m_compareWindow)
        m_compareWindow->close();
    m_articleId = 0;
    m_revisions->clear();
    m_comparison->clear();
    m_restore->setEnabled(false);
    m_compare->setEnabled(false);
}

void HistoryPanel::showArticle(const Article &current)
{
    if (m_compareWindow && current.id != m_articleId)
        m_compareWindow->close();
    m_articleId = current.id;
    m_revisions->clear();
    const auto revisions = m_repository && current.id ? m_repository->history(current.id) : std::nullopt;
    if (revisions) {
        QList<RevisionInfo> newestFirst = *revisions;
        std::sort(newestFirst.begin(), newestFirst.end(),
                  [](const RevisionInfo &a, const RevisionInfo &b) { return a.revision > b.revision; });
        for (const RevisionInfo &info : std::as_const(newestFirst)) {
            const QString when = GermanFormat::dateTimeWithSeconds(info.savedAt);
            const QString headline = info.headline.isEmpty() ? ArticleText::untitled() : info.headline;
            auto *item = new QListWidgetItem(tr("%1 · %2 · %3 · %n word(s)", nullptr, info.words)
                                                 .arg(when, ArticleListModel::statusText(info.status), headline),
                                             m_revisions);
            item->setData(RevisionRole, info.revision);
            // Who saved it: in a shared newsroom every revision names its author, here and in
            // the compare window's choice of versions.
            if (info.savedBy.isEmpty()) {
                item->setData(LabelRole, tr("Revision %1 · %2").arg(info.revision).arg(when));
                item->setToolTip(tr("Revision %1").arg(info.revision));
            } else {
                item->setText(item->text() + u" · "_s + tr("saved by %1").arg(info.savedBy));
                item->setData(LabelRole, tr("Revision %1 · %2 · %3").arg(info.revision).arg(when, info.savedBy));
                item->setToolTip(tr("Revision %1, saved by %2").arg(info.revision).arg(info.savedBy));
            }
        }
    }
    m_compare->setEnabled(m_revisions->count() > 0);
    setCurrent(current);
    m_restore->setEnabled(false);
}

void HistoryPanel::setCurrent(const Article &current)
{
    m_currentArticle = current;
    if (isVisible())
        showSelected();
}

int HistoryPanel::selectedRevision() const
{
    const QListWidgetItem *item = m_revisions->currentItem();
    return item ? item->data(RevisionRole).toInt() : 0;
}

bool HistoryPanel::selectRevision(int revision)
{
    for (int row = 0; row < m_revisions->count(); ++row) {
        if (m_revisions->item(row)->data(RevisionRole).toInt() == revision) {
            m_revisions->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void HistoryPanel::showSelected()
{
    const int revision = selectedRevision();
    m_restore->setEnabled(revision > 0);
    if (revision <= 0 || !m_repository) {
        m_comparison->setHtml(u"<p>"_s + HtmlWriter::escape(tr("Select a revision to see what changed since.")) + u"</p>"_s);
        return;
    }
    const auto old = m_repository->loadRevision(m_articleId, revision);
    m_comparison->setHtml(old ? ComparisonHtml::render(ArticleComparison(*old, m_currentArticle),
                                                       ComparisonHtml::Fields::ChangedOnly, ComparisonHtml::Context::Folded)
                              : HtmlWriter::escape(m_repository->lastError()));
}

CompareDialog *HistoryPanel::compareWindow() const
{
    return m_compareWindow;
}

CompareDialog *HistoryPanel::openCompareWindow()
{
    if (!m_repository || m_articleId <= 0 || m_revisions->count() == 0)
        return nullptr;
    if (m_compareWindow)
        m_compareWindow->close();
    QList<ComparableVersion> versions{{0, tr("Current state (including unsaved changes)")}};
    for (int row = 0; row < m_revisions->count(); ++row) {
        const QListWidgetItem *item = m_revisions->item(row);
        versions.append({item->data(RevisionRole).toInt(), item->data(LabelRole).toString()});
    }
    const int older = selectedRevision() > 0 ? selectedRevision() : versions.at(1).revision;
    // The window keeps the state it was opened with: later typing does not move under the reader.
    const Article current = m_currentArticle;
    const qint64 articleId = m_articleId;
    ArticleRepository *repository = m_repository;
    auto loader = [current, articleId, repository](int revision) -> std::optional<Article> {
        if (revision == 0)
            return current;
        return repository->loadRevision(articleId, revision);
    };
    m_compareWindow = new CompareDialog(current.headline, versions, loader, older, 0, window());
    m_compareWindow->setAttribute(Qt::WA_DeleteOnClose);
    m_compareWindow->show();
    return m_compareWindow;
}
