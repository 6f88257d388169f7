#include "articlelist/articlelistpanel.h"

#include "articlelist/articlelistmodel.h"
#include "articlelist/articletableview.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

ArticleListPanel::ArticleListPanel(ArticleRepository *repository, QWidget *parent)
    : QWidget(parent)
    , m_repository(repository)
    , m_model(new ArticleListModel(repository, this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(u"articleListPanel"_s);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_view = new ArticleTableView(this);
    m_view->setObjectName(u"articleListView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows for a batch export (Shift/Ctrl-click, Ctrl+A); the current row is the
    // article in the form.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    // Fixed widths from the font: ResizeToContents measures every row, which takes most of a
    // second with 10,000 articles. In a narrow panel the reading time, then the section, then
    // the date make way, so that about 18 characters of the headline stay readable.
    const QFontMetrics metrics = m_view->fontMetrics();
    const auto width = [&](const QString &sample) { return metrics.horizontalAdvance(sample) + 16; };
    m_view->setColumnLayout(ArticleListModel::Headline, metrics.averageCharWidth() * 18,
                            {{ArticleListModel::Section, width(u"Wirtschaft"_s)},
                             {ArticleListModel::Status, width(tr("Published"))},
                             {ArticleListModel::Modified, width(u"00.00.00"_s)},
                             {ArticleListModel::ReadingTime, width(tr("Reading"))}},
                            {ArticleListModel::ReadingTime, ArticleListModel::Section, ArticleListModel::Modified,
                             ArticleListModel::Status});
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->setAccessibleName(tr("Articles"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"articleSearchEdit"_s);
    m_search->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search articles"));
    m_section = new QComboBox(this);
    m_section->setObjectName(u"sectionFilter"_s);
    m_section->setAccessibleName(tr("Section filter"));
    m_section->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_section->setMinimumContentsLength(8);
    m_status = new QComboBox(this);
    m_status->setObjectName(u"statusFilter"_s);
    m_status->setAccessibleName(tr("Status filter"));
    m_status->addItem(tr("All statuses"), -1);
    for (ArticleStatus status : {ArticleStatus::Draft, ArticleStatus::Editing, ArticleStatus::Approved,
                                 ArticleStatus::Published})
        m_status->addItem(ArticleListModel::statusText(status), int(status));
    setSections({});

    m_liveButtons = new QWidget(this);
    m_trashButtons = new QWidget(this);
    new QHBoxLayout(m_liveButtons);
    new QHBoxLayout(m_trashButtons);
    m_liveButtons->layout()->setContentsMargins(0, 0, 0, 0);
    m_trashButtons->layout()->setContentsMargins(0, 0, 0, 0);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_section, 1);
    filters->addWidget(m_status, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_liveButtons);
    layout->addWidget(m_trashButtons);

    // Reading order for the keyboard: list first, then search and filters.
    QWidget::setTabOrder({m_view, m_search, m_section, m_status});

    // Full-text search per keystroke would query 10,000 rows on every letter: wait for a pause.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_searchDelay, &QTimer::timeout, this, &ArticleListPanel::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &ArticleListPanel::applyFilter);
    connect(m_section, &QComboBox::currentIndexChanged, this, &ArticleListPanel::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ArticleListPanel::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                Q_EMIT selectionChanged();
                if (!m_selecting && current.isValid())
                    Q_EMIT articleActivated(m_model->idAt(current.row()));
            });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (!m_selecting)
            Q_EMIT selectionChanged();
    });
    // Select All means every article the filter lists, not only the pages read so far.
    connect(m_view, &ArticleTableView::selectAllRequested, this, [this] { m_model->fetchAll(); });
    // The live list is shown, but not read yet: the window reads it once in start() (reading it
    // here too cost a second query before the first paint).
    showTrashControls(false);
}

void ArticleListPanel::addButtons(const QList<QAction *> &live, const QList<QAction *> &trash)
{
    auto add = [](QWidget *box, const QList<QAction *> &actions) {
        for (QAction *action : actions) {
            auto *button = new QToolButton(box);
            button->setDefaultAction(action);
            button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
            button->setAutoRaise(true);
            box->layout()->addWidget(button);
        }
        static_cast<QHBoxLayout *>(box->layout())->addStretch();
    };
    add(m_liveButtons, live);
    add(m_trashButtons, trash);
}

void ArticleListPanel::setShowTrash(bool trash)
{
    showTrashControls(trash);
    applyFilter();
}

void ArticleListPanel::showTrashControls(bool trash)
{
    m_trash = trash;
    m_title->setText(trash ? tr("Trash") : tr("Articles"));
    m_liveButtons->setVisible(!trash);
    m_trashButtons->setVisible(trash);
}

void ArticleListPanel::setSections(const QStringList &sections)
{
    const QString current = m_section->currentData().toString();
    const QSignalBlocker blocker(m_section);
    m_section->clear();
    m_section->addItem(tr("All sections"), QString());
    for (const QString &section : sections)
        m_section->addItem(section, section);
    const int index = m_section->findData(current);
    m_section->setCurrentIndex(index < 0 ? 0 : index);
}

void ArticleListPanel::applyFilter()
{
    m_searchDelay->stop();
    ArticleFilter filter;
    filter.search = m_search->text().trimmed();
    filter.section = m_section->currentData().toString();
    const int status = m_status->currentData().toInt();
    if (status >= 0)
        filter.status = ArticleStatus(status);
    filter.trashed = m_trash;
    const qint64 current = selectedId();
    const QList<qint64> selected = selectedIds();
    m_selecting = true;
    m_model->setFilter(filter);
    m_selecting = false;
    restoreSelection(current, selected);
}

void ArticleListPanel::reload(qint64 selectId)
{
    const qint64 current = selectId ? selectId : selectedId();
    QList<qint64> selected = selectedIds();
    if (selectId && !selected.contains(selectId))
        selected = {selectId};
    m_selecting = true;
    m_model->reload();
    m_selecting = false;
    restoreSelection(current, selected);
}

void ArticleListPanel::restoreSelection(qint64 current, const QList<qint64> &selected)
{
    // The rows of the current article and of the other selected ones, where the list still has
    // them: a refresh must not change what the form shows or what a batch export would take.
    // Not looked for beyond the rows read: a filter that leaves the current article out must
    // not read every page to find that out (a refresh reads as many rows as before anyway).
    selectRow(current, false);
    if (selected.size() > 1) {
        QItemSelection rows;
        for (const qint64 id : selected) {
            const int row = m_model->rowOf(id);
            if (row >= 0)
                rows.select(m_model->index(row, 0), m_model->index(row, ArticleListModel::ColumnCount - 1));
        }
        m_selecting = true;
        m_view->selectionModel()->select(rows, QItemSelectionModel::Select);
        m_selecting = false;
    }
    Q_EMIT selectionChanged();
}

bool ArticleListPanel::selectArticle(qint64 id)
{
    return selectRow(id, true);
}

bool ArticleListPanel::selectRow(qint64 id, bool fetch)
{
    const int row = id == 0 ? -1 : fetch ? m_model->fetchUntil(id) : m_model->rowOf(id);
    QItemSelectionModel *selection = m_view->selectionModel();
    m_selecting = true;
    if (row < 0) {
        selection->clear();
    } else if (selection->currentIndex().row() != row) {
        selection->setCurrentIndex(m_model->index(row, 0),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    // Else the row is current already: a click, Ctrl-click or Shift-click that opened it sets
    // the current row before it changes the selection, which must stay the view's business.
    m_selecting = false;
    if (row >= 0)
        m_view->scrollTo(m_model->index(row, 0));
    return row >= 0;
}

qint64 ArticleListPanel::selectedId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

QList<qint64> ArticleListPanel::selectedIds() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const QModelIndex &row : std::as_const(rows))
        ids.append(m_model->idAt(row.row()));
    return ids;
}
