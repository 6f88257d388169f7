#include "length/lengthdesk.h"

#include "article.h"
#include "editor/articleform.h"
#include "editor/invisiblemarks.h"
#include "length/lengthtargeteditor.h"
#include "length/lengthtargetlabel.h"
#include "photo/photopanel.h"
#include "settings/newsroomconfig.h"
#include "statusbar/lengthstatus.h"
#include "text/lengthtargetstatus.h"
#include "text/linecounter.h"
#include "validation/lengthchecks.h"
#include "validation/validatorchecks.h"

#include <QStatusBar>

LengthDesk::LengthDesk(ArticleRepository *repository, ArticleForm *form, LengthStatus *length, QStatusBar *statusBar,
                       QObject *parent)
    : QObject(parent)
    , m_form(form)
    , m_length(length)
    , m_newsroom(new NewsroomConfig(repository, this))
    , m_targetLabel(new LengthTargetLabel(statusBar))
    , m_invisibles(new InvisibleMarks(this))
{
    // Right after the counts it judges.
    statusBar->insertWidget(1, m_targetLabel);
    m_invisibles->attachAll(form);
    m_invisibles->attachAll(form->photoPanel());
    form->setPublishCheck([this](const Article &article) {
        return LengthChecks::hardLimitProblems(article, m_newsroom->settings());
    });
    connect(m_newsroom, &NewsroomConfig::changed, this, [this] {
        applyNewsroom();
        Q_EMIT changed();
    });
    applyNewsroom();
}

void LengthDesk::applyNewsroom()
{
    const ValidationLimits limits = m_newsroom->settings().recommendedLimits();
    m_form->setLimits({limits.kicker, limits.headline, limits.teaser, limits.altText});
    // Before changed(): the checklist counts Zeilen with the status bar's LineCounter.
    m_length->setLineColumns(m_newsroom->settings().lineColumns);
}

void LengthDesk::updateTarget(const TextMetrics &article)
{
    const LengthTarget target = m_form->hasArticle() ? m_form->lengthTargetEditor()->target() : LengthTarget();
    m_targetLabel->setStatus(LengthTargetStatus::of(target, article));
}

QList<ChecklistFinding> LengthDesk::findings(const Article &article) const
{
    return ValidatorChecks::run(article, m_newsroom->settings(), m_length->lineCounter());
}
