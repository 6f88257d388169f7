#include "preferences/newsroompage.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QString fieldLabel(ArticleField field)
{
    switch (field) {
    case ArticleField::Kicker: return NewsroomPage::tr("&Kicker:");
    case ArticleField::Headline: return NewsroomPage::tr("&Headline:");
    case ArticleField::Teaser: return NewsroomPage::tr("T&easer:");
    case ArticleField::PhotoCaption: return NewsroomPage::tr("Capt&ion:");
    case ArticleField::PhotoAlt: return NewsroomPage::tr("&Alt text:");
    default: return {};
    }
}

QSpinBox *spinBox(QWidget *parent, int minimum, int maximum, const QString &suffix, const QString &name)
{
    auto *box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    box->setObjectName(name);
    return box;
}
} // namespace

NewsroomPage::NewsroomPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"newsroomPage"_s);
    auto *layout = new QVBoxLayout(this);
    m_note = new QLabel(tr("These settings are stored in the database and apply to everyone who works with it."), this);
    m_note->setObjectName(u"newsroomNote"_s);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);

    auto *limits = new QGroupBox(tr("Field lengths in characters"), this);
    auto *grid = new QGridLayout(limits);
    grid->addWidget(new QLabel(tr("Recommended"), limits), 0, 1);
    grid->addWidget(new QLabel(tr("Hard limit"), limits), 0, 2);
    int row = 1;
    const QString characters = tr(" characters");
    for (const NewsroomSettings::LimitSetting &setting : NewsroomSettings::limitSettings()) {
        const QString name = ArticleFields::name(setting.field).replace(u'.', u'_');
        LimitRow limitRow{spinBox(limits, setting.minimum, setting.maximum, characters, name + u"Recommended"_s),
                          spinBox(limits, setting.minimum, setting.maximum, characters, name + u"Hard"_s)};
        limitRow.recommended->setToolTip(tr("Over this length the counter turns red and the checklist warns."));
        limitRow.hard->setToolTip(tr("Over this length the article cannot be set to Published, and "
                                     "newsdesk-cli export refuses it without --force."));
        auto *label = new QLabel(fieldLabel(setting.field), limits);
        label->setBuddy(limitRow.recommended);
        grid->addWidget(label, row, 0);
        grid->addWidget(limitRow.recommended, row, 1);
        grid->addWidget(limitRow.hard, row, 2);
        // The hard limit follows the recommended one up, never below it.
        connect(limitRow.recommended, &QSpinBox::valueChanged, limitRow.hard,
                [hard = limitRow.hard](int value) { hard->setMinimum(value); });
        m_limits.insert(setting.field, limitRow);
        ++row;
    }
    layout->addWidget(limits);

    auto *lines = new QGroupBox(tr("Lines"), this);
    auto *linesForm = new QFormLayout(lines);
    linesForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint); // a number, not a line of text
    m_lineColumns = spinBox(lines, NewsroomSettings::LineColumns.minimum, NewsroomSettings::LineColumns.maximum,
                            characters, u"lineColumns"_s);
    m_lineColumns->setToolTip(tr("The status bar, the checklist, length targets and newsdesk-cli stats count "
                                 "lines in a print column this wide (\"80 lines of 34 characters\")."));
    linesForm->addRow(tr("Col&umn width:"), m_lineColumns);
    layout->addWidget(lines);

    auto *hints = new QGroupBox(tr("Readability hints in the checklist"), this);
    auto *hintGrid = new QGridLayout(hints);
    // One block per hint on purpose, alike in shape: check box, object name, tooltip, spin box.
    m_longSentences = new QCheckBox(tr("Sentences &longer than"), hints);
    m_longSentences->setObjectName(u"longSentences"_s);
    m_longSentences->setToolTip(tr("Long sentences make the reader hold many words before the verb."));
    m_longSentenceWords = spinBox(hints, NewsroomSettings::LongSentenceWords.minimum,
                                  NewsroomSettings::LongSentenceWords.maximum, tr(" words"), u"longSentenceWords"_s);
    m_flesch = new QCheckBox(tr("&Reading ease (Flesch, German by Amstad); warn below"), hints);
    m_flesch->setObjectName(u"flesch"_s);
    m_flesch->setToolTip(tr("180 − words per sentence − 58.5 × syllables per word: 60 to 70 is plain German, "
                            "below 30 very hard."));
    m_fleschMinimum = spinBox(hints, NewsroomSettings::FleschMinimum.minimum, NewsroomSettings::FleschMinimum.maximum,
                              QString(), u"fleschMinimum"_s);
    m_longParagraphs = new QCheckBox(tr("Paragraphs l&onger than"), hints);
    m_longParagraphs->setObjectName(u"longParagraphs"_s);
    m_longParagraphs->setToolTip(tr("On a screen a long paragraph reads as a wall of text."));
    m_longParagraphWords = spinBox(hints, NewsroomSettings::LongParagraphWords.minimum,
                                   NewsroomSettings::LongParagraphWords.maximum, tr(" words"), u"longParagraphWords"_s);
    m_repeatedStarts = new QCheckBox(tr("Three or more sentences in a row that start with the same wor&d"), hints);
    m_repeatedStarts->setObjectName(u"repeatedStarts"_s);
    hintGrid->addWidget(m_longSentences, 0, 0);
    hintGrid->addWidget(m_longSentenceWords, 0, 1);
    hintGrid->addWidget(m_flesch, 1, 0);
    hintGrid->addWidget(m_fleschMinimum, 1, 1);
    hintGrid->addWidget(m_longParagraphs, 2, 0);
    hintGrid->addWidget(m_longParagraphWords, 2, 1);
    hintGrid->addWidget(m_repeatedStarts, 3, 0, 1, 2);
    for (auto [check, box] : {std::pair{m_longSentences, m_longSentenceWords}, std::pair{m_flesch, m_fleschMinimum},
                              std::pair{m_longParagraphs, m_longParagraphWords}})
        connect(check, &QCheckBox::toggled, box, &QWidget::setEnabled);
    layout->addWidget(hints);
    layout->addStretch(1);
}

void NewsroomPage::setSettings(const NewsroomSettings &settings)
{
    for (auto it = m_limits.cbegin(); it != m_limits.cend(); ++it) {
        const NewsroomSettings::FieldLimit limit = settings.limit(it.key());
        it->hard->setMinimum(it->recommended->minimum());
        it->recommended->setValue(limit.recommended);
        it->hard->setValue(limit.hard);
    }
    m_lineColumns->setValue(settings.lineColumns);
    m_longSentences->setChecked(settings.longSentences);
    m_longSentenceWords->setValue(settings.longSentenceWords);
    m_longSentenceWords->setEnabled(settings.longSentences);
    m_flesch->setChecked(settings.flesch);
    m_fleschMinimum->setValue(settings.fleschMinimum);
    m_fleschMinimum->setEnabled(settings.flesch);
    m_longParagraphs->setChecked(settings.longParagraphs);
    m_longParagraphWords->setValue(settings.longParagraphWords);
    m_longParagraphWords->setEnabled(settings.longParagraphs);
    m_repeatedStarts->setChecked(settings.repeatedStarts);
}

void NewsroomPage::setReadOnly(const QString &reason)
{
    // Disabled rather than hidden: the copy desk still reads the limits it writes to.
    for (QGroupBox *group : findChildren<QGroupBox *>())
        group->setEnabled(false);
    m_note->setText(m_note->text() + u' ' + reason);
}

NewsroomSettings NewsroomPage::settings() const
{
    NewsroomSettings settings;
    for (auto it = m_limits.cbegin(); it != m_limits.cend(); ++it)
        settings.setLimit(it.key(), {it->recommended->value(), it->hard->value()});
    settings.lineColumns = m_lineColumns->value();
    settings.longSentences = m_longSentences->isChecked();
    settings.longSentenceWords = m_longSentenceWords->value();
    settings.flesch = m_flesch->isChecked();
    settings.fleschMinimum = m_fleschMinimum->value();
    settings.longParagraphs = m_longParagraphs->isChecked();
    settings.longParagraphWords = m_longParagraphWords->value();
    settings.repeatedStarts = m_repeatedStarts->isChecked();
    return settings;
}
