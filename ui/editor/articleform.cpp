// Longer than our ~500-line guide on purpose: each of the form's fifteen fields lives in four
// places here (built and laid out, shown by applyFields, read by fieldsState, recorded for undo),
// and keeping those four side by side in one file is what keeps a new field from missing one.
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

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}
// One entry of a language combo: its label, marked when no dictionary checks it, so that
// the journalist sees before typing that spelling stays unchecked.
void addLanguageItem(QComboBox *combo, const QString &tag)
{
    if (Languages::hasDictionary(tag)) {
        combo->addItem(Languages::label(tag), tag);
        return;
    }
    combo->addItem(ArticleForm::tr("%1 (no dictionary)").arg(Languages::label(tag)), tag);
    combo->setItemData(combo->count() - 1, Languages::noDictionaryMessage(tag), Qt::ToolTipRole);
}

// What a ticked publication or embargo box proposes, in the zone its edit shows.
QDateTime nextQuarterHourInNewsroom()
{
    return GermanFormat::inNewsroomZone(PublicationTime::nextQuarterHour(QDateTime::currentDateTimeUtc()));
}

// A moment shown and entered in Berlin time (GermanFormat), stored in UTC; disabled until its
// check box is ticked.
QDateTimeEdit *newsroomDateTimeEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setObjectName(objectName);
    edit->setTimeZone(GermanFormat::newsroomZone());
    edit->setDisplayFormat(GermanFormat::DateTimePattern.toString());
    edit->setCalendarPopup(true);
    edit->setEnabled(false);
    return edit;
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
    setObjectName(u"articleForm"_s);

    m_section = new QComboBox(this);
    m_section->setObjectName(u"sectionCombo"_s);
    m_section->setEditable(true);
    m_section->setInsertPolicy(QComboBox::NoInsert);
    m_section->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_section->setMinimumContentsLength(12);

    m_status = new QComboBox(this);
    m_status->setObjectName(u"statusCombo"_s);
    m_status->addItem(ArticleStatusText::label(ArticleStatus::Draft), int(ArticleStatus::Draft));
    m_status->addItem(ArticleStatusText::label(ArticleStatus::Editing), int(ArticleStatus::Editing));
    m_status->addItem(ArticleStatusText::label(ArticleStatus::Approved), int(ArticleStatus::Approved));
    m_status->addItem(ArticleStatusText::label(ArticleStatus::Published), int(ArticleStatus::Published));

    // The article's language picks the spelling dictionary (Article::language, BCP 47).
    m_language = new QComboBox(this);
    m_language->setObjectName(u"languageCombo"_s);
    for (const Languages::Language &language : Languages::offered())
        addLanguageItem(m_language, language.tag);

    m_scheduled = new QCheckBox(tr("&Publication:"), this);
    m_scheduled->setObjectName(u"scheduledCheck"_s);
    m_published = newsroomDateTimeEdit(u"publishedEdit"_s, this);
    // An embargo ("not before", often from an agency) is a promise of its own, apart from the
    // moment this newsroom schedules the article for.
    m_embargoed = new QCheckBox(tr("Embargo (not be&fore):"), this);
    m_embargoed->setObjectName(u"embargoCheck"_s);
    m_embargo = newsroomDateTimeEdit(u"embargoEdit"_s, this);

    m_kicker = new FormLineEdit(this);
    m_kicker->setObjectName(u"kickerEdit"_s);
    m_kickerCounter = new LengthCounter(m_kicker->document(), m_limits.kicker, this);
    m_kickerCounter->setObjectName(u"kickerCounter"_s);

    m_headline = new FormLineEdit(this);
    m_headline->setObjectName(u"headlineEdit"_s);
    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.35);
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);
    // Headlines run to 90 characters: the whole of it must be seen, so it wraps (still one line
    // of text, Enter moves on).
    m_headline->setWrapped(2);
    m_headlineCounter = new LengthCounter(m_headline->document(), m_limits.headline, this);
    m_headlineCounter->setObjectName(u"headlineCounter"_s);

    m_teaser = new FormLineEdit(this);
    m_teaser->setObjectName(u"teaserEdit"_s);
    // Four lines: 300 characters beside the list and the side panel on a 1366-pixel screen.
    m_teaser->setWrapped(4);
    m_teaserCounter = new LengthCounter(m_teaser->document(), m_limits.teaser, this);
    m_teaserCounter->setObjectName(u"teaserCounter"_s);

    m_authors = new FormLineEdit(this);
    m_authors->setObjectName(u"authorsEdit"_s);
    m_authors->setPlaceholderText(tr("Names, separated by commas"));
    m_dateline = new FormLineEdit(this);
    m_dateline->setObjectName(u"datelineEdit"_s);
    m_dateline->setPlaceholderText(tr("Place"));
    m_tags = new FormLineEdit(this);
    m_tags->setObjectName(u"tagsEdit"_s);
    m_tags->setPlaceholderText(tr("Tags, separated by commas"));

    m_formatBar = new QToolBar(tr("Format"), this);
    m_formatBar->setObjectName(u"formatToolBar"_s);
    m_formatBar->setIconSize(QSize(18, 18));
    m_formatBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_body = new BodyEditor(this);
    m_body->setObjectName(u"bodyEdit"_s);
    m_body->setMinimumHeight(160);

    m_target = new LengthTargetEditor(this);

    m_photo = new PhotoPanel(dialogs, this);
    m_photo->setObjectName(u"photoPanel"_s);
    m_related = new RelatedLinksEditor(repository, this);
    m_related->setObjectName(u"relatedLinksEditor"_s);

    // Columns: label, field, label, field, counter. The metadata takes two rows of two fields
    // above the text, so that the form fits a 1366-pixel screen beside list and side panel in
    // German too (one row of four needed 1,600 pixels).
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    int row = 0;
    grid->addWidget(buddyLabel(tr("&Section:"), m_section, this), row, 0, Qt::AlignRight);
    grid->addWidget(m_section, row, 1);
    grid->addWidget(buddyLabel(tr("S&tatus:"), m_status, this), row, 2, Qt::AlignRight);
    grid->addWidget(m_status, row, 3, 1, 2);
    ++row;
    grid->addWidget(buddyLabel(tr("Lang&uage:"), m_language, this), row, 0, Qt::AlignRight);
    grid->addWidget(m_language, row, 1);
    grid->addWidget(m_scheduled, row, 2, Qt::AlignRight);
    grid->addWidget(m_published, row, 3, 1, 2);
    ++row;
    grid->addWidget(m_embargoed, row, 2, Qt::AlignRight);
    grid->addWidget(m_embargo, row, 3, 1, 2);
    ++row;
    // Each combo asks for its longest entry ("Deutsch (Deutschland)"), so that the chosen one is
    // always read in full.
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // The language combo as wide as its longest language with a dictionary: an entry marked
    // "(no dictionary)" shows in full in the list and its tooltip, and must not push the side
    // panel off a 1366-pixel screen.
    // (QComboBox counts that length in widths of "X".)
    const QFontMetrics metrics(m_language->font());
    int widest = 0;
    for (const Languages::Language &language : Languages::offered())
        widest = std::max(widest, metrics.horizontalAdvance(Languages::label(language.tag)));
    const int x = std::max(1, metrics.horizontalAdvance(u'X'));
    m_language->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_language->setMinimumContentsLength((widest + x - 1) / x);

    auto addTextRow = [&](const QString &label, QWidget *field, LengthCounter *counter) {
        grid->addWidget(buddyLabel(label, field, this), row, 0, Qt::AlignRight | Qt::AlignTop);
        grid->addWidget(field, row, 1, 1, counter ? 3 : 4);
        if (counter)
            grid->addWidget(counter, row, 4, Qt::AlignTop);
        ++row;
    };
    addTextRow(tr("&Kicker:"), m_kicker, m_kickerCounter);
    addTextRow(tr("&Headline:"), m_headline, m_headlineCounter);
    addTextRow(tr("Te&aser:"), m_teaser, m_teaserCounter);
    grid->addWidget(buddyLabel(tr("&Byline:"), m_authors, this), row, 0, Qt::AlignRight);
    // Its own row layout: several names need twice the room of one place, whatever the
    // metadata columns above take.
    auto *bylineRow = new QHBoxLayout;
    bylineRow->addWidget(m_authors, 2);
    bylineRow->addWidget(buddyLabel(tr("Dateli&ne:"), m_dateline, this));
    bylineRow->addWidget(m_dateline, 1);
    grid->addLayout(bylineRow, row, 1, 1, 4);
    ++row;
    // The length target sits beside the tags: beside the body it pushed the format buttons
    // into the toolbar's overflow menu at 1366 pixels.
    grid->addWidget(buddyLabel(tr("Ta&gs:"), m_tags, this), row, 0, Qt::AlignRight);
    auto *tagsRow = new QHBoxLayout;
    tagsRow->addWidget(m_tags, 1);
    grid->addLayout(tagsRow, row, 1, 1, 4);
    // The length the page plan has room for, in a row of its own: beside the tags its digits
    // had no room at 1366 px.
    ++row;
    grid->addWidget(m_target, row, 1, 1, 4, Qt::AlignLeft);
    ++row;

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    auto *bodyLabel = buddyLabel(tr("Bod&y:"), m_body, this);
    auto *bodyHeader = new QHBoxLayout;
    bodyHeader->addWidget(bodyLabel);
    bodyHeader->addWidget(m_formatBar, 1);
    layout->addLayout(bodyHeader);
    layout->addWidget(m_body, 1);

    // The tab order follows the reading order of the article.
    QWidget::setTabOrder({m_section, m_status, m_language, m_scheduled, m_published, m_embargoed, m_embargo, m_kicker,
                          m_headline, m_teaser, m_authors, m_dateline, m_tags, m_target->amountBox(),
                          m_target->unitCombo(), m_target->toleranceBox(), m_body});

    connectText(m_kicker, ArticleField::Kicker);
    connectText(m_headline, ArticleField::Headline);
    connectText(m_teaser, ArticleField::Teaser);
    connectText(m_authors, ArticleField::Byline);
    connectText(m_dateline, ArticleField::Dateline);
    connectText(m_tags, ArticleField::Tags);
    connectText(m_photo->captionEdit(), ArticleField::PhotoCaption);
    connectText(m_photo->creditEdit(), ArticleField::PhotoCredit);
    connectText(m_photo->altTextEdit(), ArticleField::PhotoAlt);
    connect(m_section, &QComboBox::currentTextChanged, this, [this] { recordEdit(ArticleField::Section); });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        // Over a hard limit the article cannot be published: refused here, with the reasons.
        if (!m_applying && m_hasArticle && m_publishCheck
            && ArticleStatus(m_status->currentData().toInt()) == ArticleStatus::Published) {
            if (const QStringList problems = m_publishCheck(fieldsState()); !problems.isEmpty()) {
                {
                    const QSignalBlocker blocker(m_status);
                    m_status->setCurrentIndex(m_status->findData(int(m_recorded.status)));
                }
                m_dialogs->warning(this, tr("Cannot Publish"),
                                   problems.join(u'\n') + u"\n\n"_s
                                       + tr("Shorten the text, or ask for the newsroom's limits to be changed "
                                            "in Preferences → Newsroom."));
                return;
            }
        }
        recordEdit(ArticleField::Status);
    });
    connect(m_target, &LengthTargetEditor::edited, this,
            [this] { recordEdit(ArticleField::Status, tr("Change length target")); });
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        applyLanguage();
        recordEdit(ArticleField::Language);
    });
    // The publication time and the embargo: each check box enables its edit.
    for (const auto &[check, edit] : {std::pair{m_scheduled, m_published}, std::pair{m_embargoed, m_embargo}}) {
        connect(check, &QCheckBox::toggled, this, [this, edit](bool on) {
            edit->setEnabled(on);
            if (on && !m_applying) {
                // Ticked by the journalist: the next quarter hour, not the widget's 01.01.2000.
                const QSignalBlocker blocker(edit);
                edit->setDateTime(nextQuarterHourInNewsroom());
            }
            recordEdit(ArticleField::Published);
        });
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, [this] { recordEdit(ArticleField::Published); });
    }
    connect(m_photo, &PhotoPanel::imageChanged, this, [this] { recordEdit(ArticleField::Photo); });
    connect(m_photo, &PhotoPanel::filledFromPhoto, this,
            [this] { recordEdit(ArticleField::Photo, tr("Fill in caption and credit from the photo")); });
    connect(m_related, &RelatedLinksEditor::linksChanged, this, [this] { recordEdit(ArticleField::Related); });
    connect(m_body->document(), &QTextDocument::contentsChanged, this, [this] {
        // The spelling highlighter's passes also signal contentsChanged (formats only, after
        // an article was opened): only a modified document is an edit.
        if (!m_applying && m_hasArticle && m_body->document()->isModified())
            Q_EMIT edited();
    });
    // After the fields' own connections: the typed character is recorded before its change.
    m_typing = new TypographyTyping(this);
    m_typing->attach(m_body);
    for (FormLineEdit *edit : {m_kicker, m_headline, m_teaser, m_photo->captionEdit(), m_photo->creditEdit(),
                               m_photo->altTextEdit()})
        m_typing->attach(edit);
    m_typing->setLanguage(m_language->currentData().toString());
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
