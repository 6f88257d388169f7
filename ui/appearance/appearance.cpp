#include "appearance/appearance.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>

using namespace Qt::StringLiterals;

namespace Appearance {
QPalette lightPalette()
{
    QStyle *fusion = QStyleFactory::create(u"Fusion"_s);
    QPalette palette = fusion ? fusion->standardPalette() : QPalette(QColor(0xef, 0xef, 0xef));
    delete fusion;
    palette.setColor(QPalette::Highlight, QColor(0x1f, 0x3a, 0x5f));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x1f, 0x5f, 0xa8));
    return palette;
}

QPalette darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe8, 0xe6, 0xe3);
    const QColor disabledText(0x7f, 0x80, 0x82);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, window);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabledText);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x5b));
    palette.setColor(QPalette::Light, QColor(0x3c, 0x3f, 0x43));
    palette.setColor(QPalette::Midlight, QColor(0x34, 0x37, 0x3a));
    palette.setColor(QPalette::Mid, QColor(0x24, 0x25, 0x28));
    palette.setColor(QPalette::Dark, QColor(0x19, 0x1a, 0x1c));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x4a, 0x7f, 0xc1));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    // Unset roles come from the platform theme, which is light: every role is set here.
    palette.setColor(QPalette::Accent, QColor(0x4a, 0x7f, 0xc1));
    palette.setColor(QPalette::Link, QColor(0x7f, 0xb2, 0xf0));
    palette.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xdb));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        palette.setColor(QPalette::Disabled, role, disabledText);
    }
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x44, 0x47, 0x4b));
    return palette;
}

bool systemPrefersDark()
{
    return QGuiApplication::styleHints()->colorScheme() == Qt::ColorScheme::Dark;
}

void apply(AppSettings::Appearance appearance)
{
    QApplication::setStyle(u"Fusion"_s);
    const bool dark = appearance == AppSettings::Appearance::Dark
        || (appearance == AppSettings::Appearance::System && systemPrefersDark());
    QApplication::setPalette(dark ? darkPalette() : lightPalette());
}
} // namespace Appearance
