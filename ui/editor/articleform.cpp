// A field lives in four places: built, laid out and connected (articleformwidgets.cpp), shown
// by applyFields, read by fieldsState and recorded for undo (here). A new field needs all four.
#include "editor/articleform.h"

#include "i18n/germanformat.h"
#include "language/languages.h"
#include "articlestatustext.h"
#include "publicationtime.h"
#include "editor/bodyeditor.h"
#include "editor/formeditcommand.h"
#include "editor/formlineedit.h"
#include "editor/lengthcounter.h"
#include "dialogs/dialoginterface.h"
#include "editor/typographytyping.h"
#include "findreplace/bodyreplacecommand.h"
#include "length/lengthtargeteditor.h"
#include "photo/photopanel.h"
#include "related/relatedlinkseditor.h"
#include "spelling/spellchecker.h"
#include "spelling/spellhighlighter.h"
#include "spelling/spellingcontextmenu.h"

#include <QCheckBox>
#include <algorithm>
#include <utility>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFontMetrics>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimeZone>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QStringList splitList(const QString &text)
{
    QStringList items;
    const auto parts = text.split(u',');
    for (const QString &part : parts) {
        const QString item = part.simplified();
        if (!item.isEmpty())
            items.append(item);
    }
    return items;
}
} // namespace

// Same shape as MainWindow's constructor on purpose: the parts it works with, passed in.
ArticleForm::ArticleForm(ArticleRepository *repository, DialogInterface *dialogs, QWidget *parent)
    : QWidget(parent)
    , m_repository(repository)
    , m_dialogs(dialogs)
    , m_undoStack(new QUndoStack(this))
    , m_sideUndoStack(new QUndoStack(this))
{
    buildFields();
    connectFields();
    setEditable(false);
}

void ArticleForm::setEditable(bool editable)
{
    m_editable = editable;
    setEnabled(editable);
    // Not children of the form once the window has put them into its side panel.
    m_photo->setEnabled(editable);
    m_related->setEnabled(editable);
}

// A switch over fields like FormEditCommand's isTypedField() on purpose: the two ask different questions.
bool ArticleForm::isSideField(ArticleField field)
{
    switch (field) {
    case ArticleField::Photo:
    case ArticleField::PhotoCaption:
    case ArticleField::PhotoCredit:
    case ArticleField::PhotoAlt:
    case ArticleField::Related:
        return true;
    default:
        return false;
    }
}

QUndoStack *ArticleForm::undoStackFor(const QWidget *widget, bool redo) const
{
    if (!widget || widget == m_body || m_body->isAncestorOf(widget)) {
        if (widget && BodyReplaceCommand::ownsNextBodyStep(m_undoStack, m_body->document(), redo))
            return m_undoStack;
        return widget ? nullptr : m_undoStack;
    }
    if (widget == m_photo || m_photo->isAncestorOf(widget) || widget == m_related || m_related->isAncestorOf(widget))
        return m_sideUndoStack;
    return m_undoStack;
}

void ArticleForm::beginCompoundEdit(const QString &text)
{
    m_undoStack->beginMacro(text);
    m_compound = true;
}

void ArticleForm::endCompoundEdit()
{
    m_compound = false;
    m_undoStack->endMacro();
}

void ArticleForm::connectText(FormLineEdit *edit, ArticleField field)
{
    connect(edit->document(), &QTextDocument::contentsChanged, this, [this, field] { recordEdit(field); });
}

void ArticleForm::recordEdit(ArticleField field, const QString &description)
{
    // Fields filled from a photo's metadata are recorded once, when the panel is done.
    if (m_applying || !m_hasArticle || m_photo->isFillingFromPhoto())
        return;
    const Article after = fieldsState();
    if (after == m_recorded)
        return;
    QUndoStack *stack = isSideField(field) && !m_compound ? m_sideUndoStack : m_undoStack;
    auto *command = new FormEditCommand(this, field, m_recorded, after);
    if (!description.isEmpty())
        command->setText(description);
    if (m_typing && m_typing->isApplying()) {
        command->setMergeable(false);
        command->setText(tr("Typography"));
    }
    stack->push(command);
    m_recorded = after;
    Q_EMIT edited();
}

Article ArticleForm::fieldsState() const
{
    Article state = m_loaded;
    state.section = m_section->currentText().trimmed();
    state.kicker = m_kicker->text();
    state.headline = m_headline->text();
    state.teaser = m_teaser->text();
    state.authors = splitList(m_authors->text());
    state.dateline = m_dateline->text().trimmed();
    state.published = m_scheduled->isChecked() ? m_published->dateTime().toUTC() : QDateTime();
    // The edit shows minutes: an imported embargo with seconds stays as it came until changed.
    const QDateTime embargo = m_embargoed->isChecked() ? m_embargo->dateTime().toUTC() : QDateTime();
    state.embargoed = embargo.isValid() && m_loaded.embargoed.isValid()
                              && qAbs(embargo.secsTo(m_loaded.embargoed)) < 60 ? m_loaded.embargoed : embargo;
    state.status = ArticleStatus(m_status->currentData().toInt());
    state.language = m_language->currentData().toString();
    // An article stored as "de" shows as German (Germany) and stays "de" until changed.
    if (Languages::normalize(m_loaded.language) == state.language)
        state.language = m_loaded.language;
    state.tags = splitList(m_tags->text());
    state.target = m_target->target();
    state.photo = m_photo->photo();
    state.related = m_related->links();
    state.bodyHtml.clear(); // the body is not part of the field undo
    return state;
}

void ArticleForm::applyFields(const Article &state, ArticleField focus)
{
    m_applying = true;
    if (m_section->currentText() != state.section)
        m_section->setCurrentText(state.section);
    m_kicker->setText(state.kicker);
    m_headline->setText(state.headline);
    m_teaser->setText(state.teaser);
    if (splitList(m_authors->text()) != state.authors)
        m_authors->setText(state.authors.join(u", "_s));
    if (m_dateline->text().trimmed() != state.dateline)
        m_dateline->setText(state.dateline);
    const bool scheduled = state.published.isValid();
    const bool embargoed = state.embargoed.isValid();
    m_embargoed->setChecked(embargoed);
    m_embargo->setEnabled(embargoed);
    if (embargoed)
        m_embargo->setDateTime(GermanFormat::inNewsroomZone(state.embargoed));
    else // as below for the publication time
        m_embargo->setDateTime(nextQuarterHourInNewsroom());
    m_scheduled->setChecked(scheduled);
    m_published->setEnabled(scheduled);
    if (scheduled)
        m_published->setDateTime(GermanFormat::inNewsroomZone(state.published));
    else // greyed out, but not "01.01.2000": what ticking the box would propose
        m_published->setDateTime(nextQuarterHourInNewsroom());
    m_status->setCurrentIndex(m_status->findData(int(state.status)));
    const QString languageTag = Languages::normalize(state.language).isEmpty() ? state.language
                                                                               : Languages::normalize(state.language);
    int languageIndex = m_language->findData(languageTag);
    if (languageIndex < 0) {
        // An imported article may carry a language we offer no entry for: keep it, named.
        addLanguageItem(m_language, languageTag);
        languageIndex = m_language->count() - 1;
    }
    m_language->setCurrentIndex(languageIndex);
    applyLanguage();
    if (splitList(m_tags->text()) != state.tags)
        m_tags->setText(state.tags.join(u", "_s));
    if (m_target->target() != state.target)
        m_target->setTarget(state.target);
    if (m_photo->photo() != state.photo)
        m_photo->setPhoto(state.photo);
    if (m_related->links() != state.related)
        m_related->setLinks(state.related);
    m_recorded = fieldsState();
    m_applying = false;
    if (m_hasArticle) {
        focusField(focus);
        Q_EMIT edited();
    }
}

void ArticleForm::applyField(const Article &state, ArticleField field)
{
    Article shown = fieldsState();
    switch (field) {
    case ArticleField::Section: shown.section = state.section; break;
    case ArticleField::Kicker: shown.kicker = state.kicker; break;
    case ArticleField::Headline: shown.headline = state.headline; break;
    case ArticleField::Teaser: shown.teaser = state.teaser; break;
    case ArticleField::Byline: shown.authors = state.authors; break;
    case ArticleField::Dateline: shown.dateline = state.dateline; break;
    case ArticleField::Published:
        shown.published = state.published;
        shown.embargoed = state.embargoed;
        break;
    case ArticleField::Status:
    case ArticleField::Language:
        shown.status = state.status;
        shown.language = state.language;
        shown.target = state.target;
        break;
    case ArticleField::Tags: shown.tags = state.tags; break;
    case ArticleField::Photo: shown.photo = state.photo; break;
    case ArticleField::PhotoCaption: shown.photo.caption = state.photo.caption; break;
    case ArticleField::PhotoCredit: shown.photo.credit = state.photo.credit; break;
    case ArticleField::PhotoAlt: shown.photo.altText = state.photo.altText; break;
    case ArticleField::Related: shown.related = state.related; break;
    case ArticleField::Body: return;
    }
    applyFields(shown, field);
}

void ArticleForm::setArticle(const Article &article)
{
    m_loaded = article;
    m_hasArticle = false; // no edit signals while filling
    m_related->setCurrentArticleId(article.id);
    if (!article.section.isEmpty() && m_section->findText(article.section) < 0)
        m_section->addItem(article.section);
    applyFields(article, ArticleField::Section);
    m_applying = true;
    m_body->setBodyHtml(article.bodyHtml);
    m_applying = false;
    m_undoStack->clear();
    m_sideUndoStack->clear();
    m_recorded = fieldsState();
    m_hasArticle = true;
    setEditable(true);
}

void ArticleForm::clear()
{
    m_hasArticle = false;
    applyFields(Article(), ArticleField::Section);
    m_applying = true;
    m_body->setBodyHtml(QString());
    m_applying = false;
    m_undoStack->clear();
    m_sideUndoStack->clear();
    m_loaded = Article();
    setEditable(false);
}

void ArticleForm::markSaved(qint64 id, int revision, const QDateTime &modified)
{
    m_loaded.id = id;
    m_loaded.revision = revision;
    m_loaded.modified = modified;
    if (!m_loaded.created.isValid())
        m_loaded.created = modified;
    m_recorded.id = id;
    m_recorded.revision = revision;
    m_recorded.modified = modified;
    m_recorded.created = m_loaded.created;
    m_related->setCurrentArticleId(id);
    m_body->document()->setModified(false);
}

Article ArticleForm::article() const
{
    Article article = fieldsState();
    article.bodyHtml = m_body->bodyHtml();
    return article;
}

void ArticleForm::setSections(const QStringList &sections)
{
    const QString current = m_section->currentText();
    const bool wasApplying = m_applying;
    m_applying = true;
    m_section->clear();
    m_section->addItems(sections);
    if (!current.isEmpty() && m_section->findText(current) < 0)
        m_section->addItem(current);
    m_section->setCurrentText(current);
    m_applying = wasApplying;
}

void ArticleForm::setLimits(const FieldLimits &limits)
{
    m_limits = limits;
    m_kickerCounter->setLimit(limits.kicker);
    m_headlineCounter->setLimit(limits.headline);
    m_teaserCounter->setLimit(limits.teaser);
    m_photo->setAltTextLimit(limits.altText);
}

QWidget *ArticleForm::fieldWidget(ArticleField field) const
{
    switch (field) {
    case ArticleField::Section: return m_section;
    case ArticleField::Kicker: return m_kicker;
    case ArticleField::Headline: return m_headline;
    case ArticleField::Teaser: return m_teaser;
    case ArticleField::Body: return m_body;
    case ArticleField::Byline: return m_authors;
    case ArticleField::Dateline: return m_dateline;
    case ArticleField::Published: return m_scheduled->isChecked() ? static_cast<QWidget *>(m_published) : m_scheduled;
    case ArticleField::Status: return m_status;
    case ArticleField::Tags: return m_tags;
    case ArticleField::Language: return m_language;
    case ArticleField::Photo: return m_photo->chooseButton();
    case ArticleField::PhotoCaption: return m_photo->captionEdit();
    case ArticleField::PhotoCredit: return m_photo->creditEdit();
    case ArticleField::PhotoAlt: return m_photo->altTextEdit();
    case ArticleField::Related: return m_related->linkList();
    }
    return nullptr;
}

LengthCounter *ArticleForm::counter(ArticleField field) const
{
    switch (field) {
    case ArticleField::Kicker: return m_kickerCounter;
    case ArticleField::Headline: return m_headlineCounter;
    case ArticleField::Teaser: return m_teaserCounter;
    case ArticleField::PhotoAlt: return m_photo->altTextCounter();
    default: return nullptr;
    }
}

QWidget *ArticleForm::lastFormWidget() const
{
    return m_body;
}

bool ArticleForm::focusField(ArticleField field)
{
    QWidget *widget = fieldWidget(field);
    if (!widget)
        return false;
    // The photo panel and related links may sit in a hidden tab: show it first.
    for (QWidget *w = widget->parentWidget(); w; w = w->parentWidget()) {
        auto *stack = qobject_cast<QStackedWidget *>(w->parentWidget());
        if (!stack)
            continue;
        if (auto *tabs = qobject_cast<QTabWidget *>(stack->parentWidget()))
            tabs->setCurrentWidget(w);
        else
            stack->setCurrentWidget(w);
    }
    widget->setFocus(Qt::OtherFocusReason);
    return true;
}

void ArticleForm::applyLanguage()
{
    if (m_typing)
        m_typing->setLanguage(m_language->currentData().toString());
    if (!m_checker)
        return;
    const QString language = SpellChecker::languageFromTag(m_language->currentData().toString());
    // setLanguage() clears the word cache and tells every highlighter to recheck.
    if (language != m_checker->language())
        m_checker->setLanguage(language);
}

QList<ArticleField> ArticleForm::spellCheckedFields() const
{
    return {ArticleField::Kicker, ArticleField::Headline, ArticleField::Teaser, ArticleField::Body,
            ArticleField::PhotoCaption, ArticleField::PhotoAlt};
}

QString ArticleForm::fieldLabel(ArticleField field)
{
    switch (field) {
    case ArticleField::Kicker: return tr("Kicker");
    case ArticleField::Headline: return tr("Headline");
    case ArticleField::Teaser: return tr("Teaser");
    case ArticleField::Body: return tr("Body");
    case ArticleField::PhotoCaption: return tr("Photo caption");
    case ArticleField::PhotoAlt: return tr("Alt text");
    default: return ArticleFields::name(field);
    }
}

void ArticleForm::setSpellChecker(SpellChecker *checker)
{
    for (const auto &entry : std::as_const(m_highlighters))
        delete entry.second;
    m_highlighters.clear();
    m_checker = checker;
    if (!checker)
        return;
    for (ArticleField field : spellCheckedFields()) {
        QWidget *widget = fieldWidget(field);
        QTextDocument *document = nullptr;
        if (auto *line = qobject_cast<QPlainTextEdit *>(widget)) {
            document = line->document();
            SpellingContextMenu::install(line, *checker);
        } else if (auto *rich = qobject_cast<QTextEdit *>(widget)) {
            document = rich->document();
            SpellingContextMenu::install(rich, *checker);
        }
        if (!document)
            continue;
        auto *highlighter = new SpellHighlighter(document, *checker);
        connect(highlighter, &SpellHighlighter::misspelledCountChanged, this,
                [this] { Q_EMIT misspelledCountChanged(misspelledCount()); });
        m_highlighters.append({field, highlighter});
    }
    applyLanguage();
}

SpellHighlighter *ArticleForm::highlighter(ArticleField field) const
{
    for (const auto &entry : m_highlighters) {
        if (entry.first == field)
            return entry.second;
    }
    return nullptr;
}

int ArticleForm::misspelledCount() const
{
    int count = 0;
    for (const auto &entry : m_highlighters)
        count += entry.second->misspelledCount();
    return count;
}

QList<SpellCheckField> ArticleForm::spellCheckFields() const
{
    QList<SpellCheckField> fields;
    for (const auto &entry : m_highlighters)
        fields.append({fieldLabel(entry.first), entry.second->document()});
    return fields;
}
