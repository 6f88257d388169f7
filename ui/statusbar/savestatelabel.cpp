#include "statusbar/savestatelabel.h"

using namespace Qt::StringLiterals;

SaveStateLabel::SaveStateLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(u"saveStateLabel"_s);
}

void SaveStateLabel::showState(const QString &text)
{
    m_dirty = false;
    setText(text);
}

void SaveStateLabel::markEdited()
{
    if (m_dirty)
        return;
    m_dirty = true;
    setText(tr("Not saved"));
}
