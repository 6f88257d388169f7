#include "related/relatedlinkseditor.h"

#include "articlerepository.h"
#include "body/htmlwriter.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// Same shape as HistoryPanel's roles on purpose: each list widget keeps its own item roles.
constexpr int LinkRole = Qt::UserRole + 1;
constexpr int IdRole = Qt::UserRole + 2;
}

RelatedLinksEditor::RelatedLinksEditor(ArticleRepository *repository, QWidget *parent)
    : QWidget(parent)
    , m_repository(repository)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"relatedSearchEdit"_s);
    m_search->setPlaceholderText(tr("Search articles…"));
    m_search->setClearButtonEnabled(true);
    m_results = new QListWidget(this);
    m_results->setObjectName(u"relatedResultList"_s);
    m_results->setMaximumHeight(110);
    m_addResult = new QPushButton(tr("Add Articl&e"), this);
    m_addResult->setObjectName(u"addRelatedArticleButton"_s);

    m_url = new QLineEdit(this);
    m_url->setObjectName(u"relatedUrlEdit"_s);
    m_url->setPlaceholderText(u"https://"_s);
    m_title = new QLineEdit(this);
    m_title->setObjectName(u"relatedTitleEdit"_s);
    m_title->setPlaceholderText(tr("Title of the page"));
    m_addUrl = new QPushButton(tr("A&dd Link"), this);
    m_addUrl->setObjectName(u"addRelatedUrlButton"_s);

    m_links = new QListWidget(this);
    m_links->setObjectName(u"relatedLinkList"_s);
    m_links->setDragDropMode(QAbstractItemView::InternalMove);
    m_links->setDefaultDropAction(Qt::MoveAction);
    // Arrows, not words: the side panel shares its Alt letters with the whole form, and there
    // are not enough letters for two more buttons. Ctrl+Up/Down in the list do the same.
    m_up = new QToolButton(this);
    m_up->setArrowType(Qt::UpArrow);
    m_up->setToolTip(tr("Move up (Ctrl+Up)"));
    m_up->setAccessibleName(tr("Move up"));
    m_down = new QToolButton(this);
    m_down->setArrowType(Qt::DownArrow);
    m_down->setToolTip(tr("Move down (Ctrl+Down)"));
    m_down->setAccessibleName(tr("Move down"));
    new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), m_links, this, [this] { moveCurrent(-1); }, Qt::WidgetShortcut);
    new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), m_links, this, [this] { moveCurrent(1); },
                  Qt::WidgetShortcut);
    m_remove = new QPushButton(tr("Re&move"), this);
    m_up->setObjectName(u"relatedUpButton"_s);
    m_down->setObjectName(u"relatedDownButton"_s);
    m_remove->setObjectName(u"relatedRemoveButton"_s);

    auto *articles = new QGroupBox(tr("Articles of this newsroom"), this);
    auto *articlesLayout = new QVBoxLayout(articles);
    articlesLayout->addWidget(m_search);
    articlesLayout->addWidget(m_results);
    articlesLayout->addWidget(m_addResult, 0, Qt::AlignRight);

    auto *external = new QGroupBox(tr("External page"), this);
    auto *externalLayout = new QFormLayout(external);
    externalLayout->addRow(tr("UR&L:"), m_url);
    externalLayout->addRow(tr("T&itle:"), m_title);
    externalLayout->addRow(QString(), m_addUrl);
    if (auto *label = qobject_cast<QLabel *>(externalLayout->labelForField(m_url)))
        label->setBuddy(m_url);
    if (auto *label = qobject_cast<QLabel *>(externalLayout->labelForField(m_title)))
        label->setBuddy(m_title);

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_up);
    listButtons->addWidget(m_down);
    listButtons->addStretch();
    listButtons->addWidget(m_remove);

    auto *layout = new QVBoxLayout(this);
    auto *linksLabel = new QLabel(tr("“Mehr zum Thema” in this order:"), this);
    layout->addWidget(linksLabel);
    layout->addWidget(m_links, 1);
    layout->addLayout(listButtons);
    layout->addWidget(articles);
    layout->addWidget(external);

    connect(m_search, &QLineEdit::textChanged, this, &RelatedLinksEditor::search);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_results->count() > 0) {
            m_results->setFocus();
            m_results->setCurrentRow(0);
        }
    });
    connect(m_addResult, &QPushButton::clicked, this, [this] { addSearchResult(m_results->currentRow()); });
    connect(m_results, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { addSearchResult(m_results->row(item)); });
    const auto addTyped = [this] {
        if (addExternal(m_url->text(), m_title->text())) {
            m_url->clear();
            m_title->clear();
        }
    };
    connect(m_addUrl, &QPushButton::clicked, this, addTyped);
    // Enter in the address or the title adds the link, as the button does.
    connect(m_url, &QLineEdit::returnPressed, this, addTyped);
    connect(m_title, &QLineEdit::returnPressed, this, addTyped);
    connect(m_up, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_remove, &QPushButton::clicked, this, &RelatedLinksEditor::removeCurrent);
    connect(m_links, &QListWidget::currentRowChanged, this, &RelatedLinksEditor::updateButtons);
    connect(m_results, &QListWidget::currentRowChanged, this, &RelatedLinksEditor::updateButtons);
    connect(m_url, &QLineEdit::textChanged, this, &RelatedLinksEditor::updateButtons);
    // A drag inside the list reorders the model's rows.
    connect(m_links->model(), &QAbstractItemModel::rowsMoved, this, [this] {
        if (!m_updating)
            Q_EMIT linksChanged();
    });
    updateButtons();
}

void RelatedLinksEditor::setLinks(const QList<RelatedLink> &links)
{
    m_updating = true;
    m_links->clear();
    for (const RelatedLink &link : links)
        addItem(link);
    m_updating = false;
    updateButtons();
}

QList<RelatedLink> RelatedLinksEditor::links() const
{
    QList<RelatedLink> links;
    for (int i = 0; i < m_links->count(); ++i)
        links.append(m_links->item(i)->data(LinkRole).value<RelatedLink>());
    return links;
}

QString RelatedLinksEditor::titleOf(qint64 articleId)
{
    if (!m_repository)
        return tr("Article %1").arg(articleId);
    const auto article = m_repository->load(articleId);
    return article ? article->headline : tr("Article %1 (not found)").arg(articleId);
}

void RelatedLinksEditor::addItem(const RelatedLink &link)
{
    auto *item = new QListWidgetItem;
    if (link.isInternal()) {
        item->setText(tr("Article: %1").arg(titleOf(link.articleId)));
    } else {
        item->setText(tr("%1 — %2").arg(link.title, link.url.toDisplayString()));
        item->setToolTip(link.url.toDisplayString());
    }
    item->setData(LinkRole, QVariant::fromValue(link));
    item->setFlags(item->flags() & ~Qt::ItemIsDropEnabled);
    m_links->addItem(item);
}

void RelatedLinksEditor::search(const QString &text)
{
    m_results->clear();
    if (!m_repository || text.trimmed().isEmpty()) {
        updateButtons();
        return;
    }
    ArticleFilter filter;
    filter.search = text.trimmed();
    filter.limit = 50;
    const auto rows = m_repository->list(filter);
    if (rows) {
        for (const ArticleSummary &row : *rows) {
            if (row.id == m_currentId)
                continue;
            auto *item = new QListWidgetItem(row.section.isEmpty() ? row.headline
                                                                   : tr("%1 (%2)").arg(row.headline, row.section),
                                             m_results);
            item->setData(IdRole, row.id);
        }
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
    updateButtons();
}

bool RelatedLinksEditor::addSearchResult(int row)
{
    QListWidgetItem *item = m_results->item(row);
    if (!item)
        return false;
    RelatedLink link;
    link.articleId = item->data(IdRole).toLongLong();
    if (links().contains(link))
        return false;
    addItem(link);
    m_links->setCurrentRow(m_links->count() - 1);
    Q_EMIT linksChanged();
    return true;
}

bool RelatedLinksEditor::addExternal(const QString &urlText, const QString &title)
{
    QString typed = urlText.trimmed();
    // "www.example.de/seite" means the encrypted page: QUrl::fromUserInput would say http.
    static const QRegularExpression scheme(u"^[A-Za-z][A-Za-z0-9+.-]*:"_s);
    if (!typed.isEmpty() && !scheme.match(typed).hasMatch())
        typed.prepend(u"https://"_s);
    const QUrl url = QUrl::fromUserInput(typed);
    // Only what may appear in the published page: http and https.
    if (!url.isValid() || !HtmlWriter::isSafeHref(url.toString()) || url.scheme() == u"mailto"_s)
        return false;
    RelatedLink link;
    link.url = url;
    link.title = title.trimmed().isEmpty() ? url.host() : title.trimmed();
    addItem(link);
    m_links->setCurrentRow(m_links->count() - 1);
    Q_EMIT linksChanged();
    return true;
}

void RelatedLinksEditor::moveCurrent(int delta)
{
    const int row = m_links->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_links->count())
        return;
    m_updating = true;
    QListWidgetItem *item = m_links->takeItem(row);
    m_links->insertItem(target, item);
    m_links->setCurrentRow(target);
    m_updating = false;
    Q_EMIT linksChanged();
}

void RelatedLinksEditor::removeCurrent()
{
    const int row = m_links->currentRow();
    if (row < 0)
        return;
    delete m_links->takeItem(row);
    Q_EMIT linksChanged();
}

void RelatedLinksEditor::updateButtons()
{
    const int row = m_links->currentRow();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_links->count() - 1);
    m_remove->setEnabled(row >= 0);
    m_addResult->setEnabled(m_results->currentRow() >= 0);
    m_addUrl->setEnabled(!m_url->text().trimmed().isEmpty());
}
