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

// The form's widgets: built and laid out in reading order (buildFields), then connected to
// the undo record and the typography (connectFields). ArticleForm's constructor calls both.

namespace {
QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
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

// One entry of a language combo: its label, marked when no dictionary checks it, so that
// the journalist sees before typing that spelling stays unchecked.
void ArticleForm::addLanguageItem(QComboBox *combo, const QString &tag)
{
    if (Languages::hasDictionary(tag)) {
        combo->addItem(Languages::label(tag), tag);
        return;
    }
    combo->addItem(tr("%1 (no dictionary)").arg(Languages::label(tag)), tag);
    combo->setItemData(combo->count() - 1, Languages::noDictionaryMessage(tag), Qt::ToolTipRole);
}

// What a ticked publication or embargo box proposes, in the zone its edit shows.
QDateTime ArticleForm::nextQuarterHourInNewsroom()
{
    return GermanFormat::inNewsroomZone(PublicationTime::nextQuarterHour(QDateTime::currentDateTimeUtc()));
}

void ArticleForm::buildFields()
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
    // Before any article is shown (an empty database), greyed out as after one without these
    // times: what ticking would propose, not QDateTimeEdit's 01.01.2000.
    m_published->setDateTime(nextQuarterHourInNewsroom());
    m_embargo->setDateTime(nextQuarterHourInNewsroom());

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

    m_photo = new PhotoPanel(m_dialogs, this);
    m_photo->setObjectName(u"photoPanel"_s);
    m_related = new RelatedLinksEditor(m_repository, this);
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
}

void ArticleForm::connectFields()
{
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
}
