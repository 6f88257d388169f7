#include "import/importsummarydialog.h"

#include "articletext.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int idRole = Qt::UserRole + 1;
}

ImportSummaryDialog::ImportSummaryDialog(const QList<ImportEntry> &entries, QWidget *parent)
    : QDialog(parent)
    , m_headline(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(u"importSummaryDialog"_s);
    setWindowTitle(tr("Import Summary"));
    int imported = 0;
    int updated = 0;
    int warnings = 0;
    int unresolved = 0;
    for (const ImportEntry &entry : entries) {
        imported += entry.imported && !entry.updated ? 1 : 0;
        updated += entry.updated ? 1 : 0;
        warnings += int(entry.warnings.size());
        unresolved += int(entry.unresolved.size());
    }
    const int skipped = int(entries.size()) - imported - updated;
    m_headline->setObjectName(u"importSummaryHeadline"_s);
    QString counts = tr("%n file(s) imported", nullptr, imported);
    if (updated > 0)
        counts += u", "_s + tr("%n updated", nullptr, updated);
    counts += u", "_s + tr("%n skipped", nullptr, skipped);
    if (unresolved > 0)
        counts += u", "_s + tr("%n related item(s) not found", nullptr, unresolved);
    counts += u", "_s + tr("%n warning(s)", nullptr, warnings);
    m_headline->setText(counts);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);

    m_tree->setObjectName(u"importSummaryTree"_s);
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setRootIsDecorated(true);
    const QIcon ok = style()->standardIcon(QStyle::SP_DialogApplyButton);
    const QIcon skip = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warn = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const ImportEntry &entry : entries) {
        auto *item = new QTreeWidgetItem(m_tree);
        const QString name = QFileInfo(entry.file).fileName();
        if (entry.imported) {
            const QString headline = entry.headline.isEmpty() ? ArticleText::untitled() : u"„"_s + entry.headline + u"“"_s;
            item->setText(0, entry.updated ? tr("%1: updated: %2").arg(name, headline)
                                           : tr("%1: imported as a draft: %2").arg(name, headline));
            item->setIcon(0, ok);
            item->setData(0, idRole, entry.articleId);
            if (!entry.note.isEmpty()) {
                auto *note = new QTreeWidgetItem(item);
                note->setText(0, entry.note);
                note->setToolTip(0, entry.note);
                note->setIcon(0, ok);
            }
        } else {
            item->setText(0, tr("%1: skipped").arg(name));
            item->setIcon(0, skip);
            // The reason on a line of its own: it is often long, and it is what matters.
            auto *reason = new QTreeWidgetItem(item);
            reason->setText(0, entry.reason);
            reason->setToolTip(0, entry.reason);
            reason->setIcon(0, skip);
        }
        item->setToolTip(0, entry.file);
        for (const QString &missing : entry.unresolved) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(0, tr("Related item not found, left out: %1").arg(missing));
            child->setToolTip(0, child->text(0));
            child->setIcon(0, warn);
        }
        for (const QString &warning : entry.warnings) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(0, warning);
            child->setToolTip(0, warning);
            child->setIcon(0, warn);
        }
    }
    m_tree->expandAll();
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        const qint64 id = item->data(0, idRole).toLongLong();
        if (id > 0)
            Q_EMIT articleActivated(id);
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy List"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(plainText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(720, 420);
}

QString ImportSummaryDialog::headlineText() const
{
    return m_headline->text();
}

QString ImportSummaryDialog::plainText() const
{
    QStringList lines{m_headline->text()};
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_tree->topLevelItem(i);
        lines << item->text(0);
        for (int j = 0; j < item->childCount(); ++j)
            lines << u"  – "_s + item->child(j)->text(0);
    }
    return lines.join(u'\n');
}
