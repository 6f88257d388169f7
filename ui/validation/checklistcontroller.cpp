#include "validation/checklistcontroller.h"

#include "editor/articleform.h"
#include "import/importcontroller.h"
#include "spelling/spellingcontroller.h"
#include "validation/checklistpanel.h"
#include "validation/validatorchecks.h"

#include <QLabel>
#include <QTimer>

using namespace Qt::StringLiterals;

// Same shape as the other controllers' constructors on purpose: the parts it works with, passed in.
ChecklistController::ChecklistController(ArticleForm *form, ChecklistPanel *panel, SpellingController *spelling,
                                         ImportController *import, QWidget *window)
    : QObject(window)
    , m_form(form)
    , m_panel(panel)
    , m_spelling(spelling)
    , m_import(import)
    , m_warningsLabel(new QLabel(window))
    , m_delay(new QTimer(this))
{
    m_warningsLabel->setObjectName(u"warningsLabel"_s);
    m_delay->setSingleShot(true);
    m_delay->setInterval(500);
    connect(m_delay, &QTimer::timeout, this, &ChecklistController::update);
}

void ChecklistController::schedule()
{
    m_delay->start();
}

void ChecklistController::update()
{
    if (!m_form->hasArticle()) {
        m_panel->setFindings({});
        m_warningsLabel->clear();
        return;
    }
    const Article article = m_form->article();
    QList<ChecklistFinding> findings;
    if (m_findings) {
        findings = m_findings(article);
    } else if (m_basic) {
        findings = m_basic(article);
    } else {
        const FieldLimits form = m_form->limits();
        findings = ValidatorChecks::run(article, {form.kicker, form.headline, form.teaser, form.altText});
    }
    findings.append(m_spelling->findings());
    for (const QString &note : m_import->checklistNotes(article.id))
        findings.append({u"body"_s, ChecklistFinding::Severity::Warning, note});
    m_panel->setFindings(findings);
    m_warningsLabel->setText(tr("%n warning(s)", nullptr, m_panel->warningCount()));
}
