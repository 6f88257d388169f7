#include "editor/typographydesk.h"

#include "actions/appactions.h"
#include "editor/articleform.h"
#include "editor/articletypesetter.h"
#include "editor/typographytyping.h"
#include "import/importcontroller.h"
#include "session/articlesession.h"
#include "settings/appsettings.h"

#include <QAction>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QStatusBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

// Same shape as the other controllers' constructors on purpose: the parts it works with, passed in.
TypographyDesk::TypographyDesk(AppActions *actions, ArticleForm *form, ArticleSession *session,
                               ImportController *importer, QMainWindow *window)
    : QObject(window)
    , m_form(form)
    , m_session(session)
    , m_window(window)
    , m_bar(new QDockWidget(tr("Typography"), window))
    , m_offer(new QLabel)
    , m_applyButton(new QPushButton(tr("Apply Typography")))
{
    // A bar across the top, not a dialog: the journalist reads the agency text first and
    // decides when (Edit → Apply Typography to Article does the same later).
    auto *content = new QWidget;
    content->setObjectName(u"typographyOffer"_s);
    content->setAutoFillBackground(true);
    content->setBackgroundRole(QPalette::AlternateBase);
    auto *layout = new QHBoxLayout(content);
    layout->setContentsMargins(8, 4, 4, 4);
    m_offer->setObjectName(u"typographyOfferText"_s);
    m_offer->setWordWrap(true);
    m_applyButton->setObjectName(u"typographyOfferApply"_s);
    auto *close = new QToolButton;
    close->setObjectName(u"typographyOfferClose"_s);
    close->setAutoRaise(true);
    close->setText(u"×"_s);
    close->setToolTip(tr("Leave the text as it came"));
    close->setAccessibleName(close->toolTip());
    layout->addWidget(m_offer, 1);
    layout->addWidget(m_applyButton);
    layout->addWidget(close);
    m_bar->setObjectName(u"typographyOfferDock"_s);
    m_bar->setWidget(content);
    m_bar->setTitleBarWidget(new QWidget(m_bar)); // no title: a bar, not a panel
    m_bar->setFeatures(QDockWidget::NoDockWidgetFeatures);
    m_bar->setAllowedAreas(Qt::TopDockWidgetArea);
    window->addDockWidget(Qt::TopDockWidgetArea, m_bar);
    m_bar->hide();

    connect(actions->applyTypography, &QAction::triggered, this, &TypographyDesk::applyToArticle);
    connect(m_applyButton, &QPushButton::clicked, this, &TypographyDesk::applyToArticle);
    connect(close, &QToolButton::clicked, m_bar, &QWidget::hide);
    connect(importer, &ImportController::finished, this, &TypographyDesk::imported);
    // The offer is for the article it was made for.
    connect(session, &ArticleSession::articleOpened, this, [this](qint64 id) {
        if (id != m_offeredId)
            m_bar->hide();
    });
}

void TypographyDesk::setSettings(const AppSettings *settings)
{
    if (m_settings)
        disconnect(m_settings, nullptr, this, nullptr);
    m_settings = settings;
    if (settings)
        connect(settings, &AppSettings::modified, this, &TypographyDesk::applySettings);
    applySettings();
}

void TypographyDesk::applySettings()
{
    if (!m_settings)
        return;
    m_form->typographyTyping()->setEnabled(m_settings->typographyAsYouType());
    m_form->typographyTyping()->setOnPaste(m_settings->typographyOnPaste());
}

QString TypographyDesk::offerText() const
{
    return m_bar->isVisible() ? m_offer->text() : QString();
}

int TypographyDesk::applyToArticle()
{
    m_bar->hide();
    if (!m_form->hasArticle() || !m_form->isEditable())
        return 0;
    const int changes = ArticleTypesetter(m_form).apply(tr("Apply Typography"));
    say(changes == 0 ? tr("Typography: nothing to change") : tr("Typography: %n change(s)", nullptr, changes));
    return changes;
}

void TypographyDesk::imported(qint64 lastImportedId)
{
    m_offeredId = 0;
    if (lastImportedId <= 0 || m_session->currentId() != lastImportedId || !m_form->isEditable())
        return;
    const int pending = ArticleTypesetter(m_form).pendingChanges();
    if (pending == 0)
        return;
    if (m_settings && m_settings->typographyAfterImport()) {
        // The import stored the agency's text; the typography is the next version.
        const int changes = ArticleTypesetter(m_form).apply(tr("Apply Typography"));
        if (m_session->save())
            say(tr("Typography after the import: %n change(s), saved as a version of its own", nullptr, changes));
        return;
    }
    m_offeredId = lastImportedId;
    m_offer->setText(tr("This article is stored as it was imported. Typography would change %n place(s): "
                        "quotes, dashes, ellipses and no-break spaces.",
                        nullptr, pending));
    m_bar->show();
}

void TypographyDesk::say(const QString &text)
{
    m_lastMessage = text;
    m_window->statusBar()->showMessage(text, 8000);
}
