#include "history/comparedialog.h"

#include "articletext.h"
#include "compare/articlecomparison.h"
#include "history/comparisonhtml.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QScreen>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

CompareDialog::CompareDialog(const QString &headline, const QList<ComparableVersion> &versions, Loader loader,
                             int older, int newer, QWidget *parent)
    : QDialog(parent)
    , m_loader(std::move(loader))
{
    setObjectName(u"compareDialog"_s);
    setWindowTitle(tr("Compare Versions – %1").arg(headline.isEmpty() ? ArticleText::untitled() : headline));
    m_older = new QComboBox(this);
    m_older->setObjectName(u"compareOlder"_s);
    m_newer = new QComboBox(this);
    m_newer->setObjectName(u"compareNewer"_s);
    for (const ComparableVersion &version : versions) {
        m_older->addItem(version.label, version.revision);
        m_newer->addItem(version.label, version.revision);
    }
    m_older->setCurrentIndex(std::max(0, m_older->findData(older)));
    m_newer->setCurrentIndex(std::max(0, m_newer->findData(newer)));
    // Widget set-up alike in shape to SpellCheckDialog's on purpose: one block per widget, named for tests.
    m_showUnchanged = new QCheckBox(tr("Show &unchanged fields"), this);
    m_showUnchanged->setObjectName(u"compareShowUnchanged"_s);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"compareSummary"_s);
    m_summary->setWordWrap(true);
    m_view = new QTextBrowser(this);
    m_view->setObjectName(u"compareView"_s);
    m_view->setOpenLinks(false);

    auto *choosers = new QFormLayout;
    choosers->addRow(tr("&Earlier version:"), m_older);
    choosers->addRow(tr("&Later version:"), m_newer);
    auto *legend = new QLabel(ComparisonHtml::legend(), this);
    legend->setTextFormat(Qt::RichText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choosers);
    layout->addWidget(m_showUnchanged);
    layout->addWidget(legend);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);

    connect(m_older, &QComboBox::currentIndexChanged, this, &CompareDialog::refresh);
    connect(m_newer, &QComboBox::currentIndexChanged, this, &CompareDialog::refresh);
    connect(m_showUnchanged, &QCheckBox::toggled, this, &CompareDialog::refresh);

    // Large enough to read a body side by side with its changes: most of the screen.
    const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen();
    const QSize available = screen ? screen->availableGeometry().size() : QSize(1366, 768);
    resize(std::min(available.width(), std::max(960, available.width() * 3 / 4)),
           std::min(available.height(), std::max(600, available.height() * 4 / 5)));
    refresh();
}

void CompareDialog::refresh()
{
    const auto older = m_loader(m_older->currentData().toInt());
    const auto newer = m_loader(m_newer->currentData().toInt());
    if (!older || !newer) {
        m_summary->setText(tr("This version could not be read from the database."));
        m_view->clear();
        return;
    }
    const ArticleComparison comparison(*older, *newer);
    const qsizetype changed = comparison.changedFields().size();
    m_summary->setText(changed == 0 ? tr("No field differs.") : tr("%n field(s) changed.", nullptr, int(changed)));
    m_view->setHtml(ComparisonHtml::render(comparison, m_showUnchanged->isChecked() ? ComparisonHtml::Fields::All
                                                                                     : ComparisonHtml::Fields::ChangedOnly));
}
