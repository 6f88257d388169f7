#pragma once

#include <QTest>
#include <QWidget>

// Types text key by key as a keyboard would, umlauts and ß included: each character is a key
// event carrying its text, as an input method delivers it.
namespace Typing {
inline void type(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}
}
