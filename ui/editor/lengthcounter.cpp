#include "editor/lengthcounter.h"

#include "text/textlength.h"

#include <QTextDocument>

using namespace Qt::StringLiterals;

LengthCounter::LengthCounter(QTextDocument *document, int limit, QWidget *parent)
    : QLabel(parent)
    , m_document(document)
    , m_limit(limit)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setMinimumWidth(fontMetrics().horizontalAdvance(u"000/000"_s));
    connect(document, &QTextDocument::contentsChanged, this, &LengthCounter::update);
    update();
}

void LengthCounter::setLimit(int limit)
{
    m_limit = limit;
    update();
}

void LengthCounter::update()
{
    // The core's count, so that this number and the checklist's never disagree.
    m_count = TextLength::characters(m_document->toRawText());
    setText(tr("%1/%2").arg(m_count).arg(m_limit));
    // Over the limit: red and bold, so it is seen without colour too.
    setStyleSheet(isOverLimit() ? u"color: #c62828; font-weight: bold;"_s : QString());
    setToolTip(isOverLimit() ? tr("%n character(s) over the recommended length", nullptr, m_count - m_limit)
                             : tr("Recommended length: at most %n character(s)", nullptr, m_limit));
    setAccessibleName(toolTip());
}
