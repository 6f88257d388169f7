#include "history/historypanel.h"

#include "articlelist/articlelistmodel.h"
#include "articletext.h"
#include "articlerepository.h"
#include "body/htmlwriter.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int RevisionRole = Qt::UserRole + 1;
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
    m_old = new QTextBrowser(this);
    m_old->setObjectName(u"revisionOldView"_s);
    m_current = new QTextBrowser(this);
    m_current->setObjectName(u"revisionCurrentView"_s);
    m_restore = new QPushButton(tr("R&estore This Revision"), this);
    m_restore->setObjectName(u"restoreRevisionButton"_s);

    auto *compare = new QSplitter(Qt::Horizontal, this);
    auto column = [compare](const QString &title, QWidget *view) {
        auto *box = new QWidget(compare);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(new QLabel(title, box));
        layout->addWidget(view, 1);
        compare->addWidget(box);
    };
    column(tr("Selected revision"), m_old);
    column(tr("Current"), m_current);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_revisions);
    split->addWidget(compare);
    split->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_restore, 0, Qt::AlignRight);

    connect(m_revisions, &QListWidget::currentRowChanged, this, &HistoryPanel::showSelected);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (selectedRevision() > 0)
            Q_EMIT restoreRequested(m_articleId, selectedRevision());
    });
    clear();
}

void HistoryPanel::clear()
{
    m_articleId = 0;
    m_revisions->clear();
    m_old->clear();
    m_current->clear();
    m_restore->setEnabled(false);
}

void HistoryPanel::showArticle(const Article &current)
{
    m_articleId = current.id;
    m_revisions->clear();
    const auto revisions = m_repository && current.id ? m_repository->history(current.id) : std::nullopt;
    if (revisions) {
        QList<RevisionInfo> newestFirst = *revisions;
        std::sort(newestFirst.begin(), newestFirst.end(),
                  [](const RevisionInfo &a, const RevisionInfo &b) { return a.revision > b.revision; });
        const QLocale locale;
        for (const RevisionInfo &info : std::as_const(newestFirst)) {
            auto *item = new QListWidgetItem(
                tr("%1 · %2 · %3 · %n word(s)", nullptr, info.words)
                    .arg(locale.toString(info.savedAt.toLocalTime(), u"dd.MM.yyyy HH:mm:ss"_s),
                         ArticleListModel::statusText(info.status),
                         info.headline.isEmpty() ? ArticleText::untitled() : info.headline),
                m_revisions);
            item->setData(RevisionRole, info.revision);
            item->setToolTip(tr("Revision %1").arg(info.revision));
        }
    }
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

void HistoryPanel::showSelected()
{
    const int revision = selectedRevision();
    m_restore->setEnabled(revision > 0);
    if (revision <= 0 || !m_repository) {
        m_current->setHtml(render(m_currentArticle));
        m_old->clear();
        return;
    }
    const auto old = m_repository->loadRevision(m_articleId, revision);
    m_current->setHtml(render(m_currentArticle, old ? &*old : nullptr));
    m_old->setHtml(old ? render(*old, &m_currentArticle) : HtmlWriter::escape(m_repository->lastError()));
}

QString HistoryPanel::render(const Article &article, const Article *other)
{
    // Fields that differ from the other side are marked, so the comparison shows what changed
    // (a word-level body diff comes with the model's ArticleDiff).
    auto mark = [other](bool differs, const QString &html) {
        return other && differs ? u"<div style=\"background-color:#fff3b0\">"_s + html + u"</div>"_s : html;
    };
    auto line = [&](const QString &label, const QString &value, const QString &otherValue) {
        return mark(other && value != otherValue,
                    u"<p><b>"_s + HtmlWriter::escape(label) + u":</b> "_s + HtmlWriter::escape(value) + u"</p>"_s);
    };
    const Article empty;
    const Article &o = other ? *other : empty;
    QString html;
    html += line(tr("Section"), article.section, o.section);
    html += line(tr("Status"), ArticleListModel::statusText(article.status), ArticleListModel::statusText(o.status));
    html += line(tr("Kicker"), article.kicker, o.kicker);
    html += mark(article.headline != o.headline, u"<h3>"_s + HtmlWriter::escape(article.headline) + u"</h3>"_s);
    html += mark(article.teaser != o.teaser, u"<p><i>"_s + HtmlWriter::escape(article.teaser) + u"</i></p>"_s);
    html += line(tr("Byline"), article.authors.join(u", "_s), o.authors.join(u", "_s));
    html += line(tr("Dateline"), article.dateline, o.dateline);
    html += line(tr("Tags"), article.tags.join(u", "_s), o.tags.join(u", "_s));
    if (!article.photo.isEmpty() || !o.photo.isEmpty())
        html += line(tr("Photo"), article.photo.caption + u" ("_s + article.photo.credit + u")"_s,
                     o.photo.caption + u" ("_s + o.photo.credit + u")"_s);
    // The body is the clean subset, safe to show as it is.
    html += mark(article.bodyHtml != o.bodyHtml, article.bodyHtml);
    return html;
}
