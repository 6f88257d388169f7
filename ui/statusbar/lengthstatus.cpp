#include "statusbar/lengthstatus.h"

#include "editor/articleform.h"
#include "editor/bodyeditor.h"
#include "editor/formlineedit.h"
#include "readingtime.h"
#include "settings/appsettings.h"
#include "settings/newsroomsettings.h"
#include "text/articlelength.h"
#include "text/hyphenator.h"
#include "text/lengthtext.h"
#include "text/linecounter.h"
#include "text/textlength.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QTextEdit>
#include <QTimer>

using namespace Qt::StringLiterals;

LengthStatus::LengthStatus(ArticleForm *form, QWidget *window)
    : QObject(window)
    , m_form(form)
    , m_wordsLabel(new QLabel(window))
    , m_readingLabel(new QLabel(window))
    , m_delay(new QTimer(this))
    , m_lineColumns(NewsroomSettings::LineColumns.defaultValue)
{
    m_wordsLabel->setObjectName(u"wordsLabel"_s);
    m_readingLabel->setObjectName(u"readingLabel"_s);
    m_delay->setSingleShot(true);
    m_delay->setInterval(250);
    connect(m_delay, &QTimer::timeout, this, &LengthStatus::update);
    // Selecting text counts the selection.
    for (QTextEdit *edit : form->findChildren<QTextEdit *>())
        connect(edit, &QTextEdit::selectionChanged, this, &LengthStatus::schedule);
    for (QPlainTextEdit *edit : form->findChildren<QPlainTextEdit *>())
        connect(edit, &QPlainTextEdit::selectionChanged, this, &LengthStatus::schedule);
}

void LengthStatus::schedule()
{
    m_delay->start();
}

void LengthStatus::setLineColumns(int columns)
{
    if (columns == m_lineColumns)
        return;
    m_lineColumns = columns;
    update();
}

void LengthStatus::setHyphenator(const Hyphenator *hyphenator, const QString &problem)
{
    m_hyphenator = hyphenator;
    m_hyphenationProblem = problem;
    update();
}

void LengthStatus::update()
{
    if (!m_form->hasArticle()) {
        m_wordsLabel->clear();
        m_readingLabel->clear();
        Q_EMIT articleMeasured({});
        return;
    }
    const ReadingTime reading(m_settings ? m_settings->readingRate() : ReadingTime::defaultWordsPerMinute);
    const LineCounter lines = lineCounter();
    // With text selected in any field, the copy editor asks about the selection.
    const QString selected = selectedText();
    if (!selected.isEmpty()) {
        const TextMetrics metrics = TextLength::measure(selected, &lines);
        m_wordsLabel->setText(tr("Selection: %1").arg(LengthText::summary(metrics)));
        m_readingLabel->setText(metrics.words == 0 ? QString()
                                                   : LengthText::readingTime(reading.minutesForWords(metrics.words)));
        return;
    }
    // The plain text straight from the documents: no HTML is written for counting.
    Article reader;
    if (const auto *teaser = qobject_cast<FormLineEdit *>(m_form->fieldWidget(ArticleField::Teaser)))
        reader.teaser = teaser->text();
    const TextMetrics metrics =
        ArticleLength::measure(reader, ArticleLength::bodyText(*m_form->bodyEditor()->document()), &lines).total();
    m_wordsLabel->setText(LengthText::summary(metrics));
    Q_EMIT articleMeasured(metrics);
    // Zeilen without syllable breaks are too many: say so instead of counting silently wrong.
    m_wordsLabel->setToolTip(m_hyphenationProblem.isEmpty()
                                 ? tr("Lines at %n character(s) a line", nullptr, lines.columns())
                                 : tr("Lines counted without hyphenation: %1").arg(m_hyphenationProblem));
    // Nothing to read, no reading time (not "1 min" for an empty article).
    m_readingLabel->setText(metrics.words == 0 ? QString()
                                               : LengthText::readingTime(reading.minutesForWords(metrics.words)));
}

int LengthStatus::readingMinutes() const
{
    const auto *teaser = qobject_cast<const FormLineEdit *>(m_form->fieldWidget(ArticleField::Teaser));
    const int words = (teaser ? ReadingTime::countWords(teaser->text()) : 0)
        + ReadingTime::countWords(m_form->bodyEditor()->document()->toPlainText());
    const ReadingTime reading(m_settings ? m_settings->readingRate() : ReadingTime::defaultWordsPerMinute);
    return words == 0 ? 0 : reading.minutesForWords(words);
}

LineCounter LengthStatus::lineCounter() const
{
    // German patterns for German articles; other languages break at hyphens only.
    const QString language = m_form->hasArticle() ? m_form->languageCombo()->currentData().toString() : QString();
    const bool german = language.isEmpty() || language.startsWith(u"de"_s, Qt::CaseInsensitive);
    return LineCounter(m_lineColumns, german ? m_hyphenator : nullptr);
}

QString LengthStatus::selectedText() const
{
    QWidget *focus = QApplication::focusWidget();
    if (!focus || !m_form->isAncestorOf(focus))
        return {};
    if (const auto *edit = qobject_cast<QTextEdit *>(focus))
        return edit->textCursor().selectedText();
    if (const auto *edit = qobject_cast<QPlainTextEdit *>(focus))
        return edit->textCursor().selectedText();
    return {};
}
