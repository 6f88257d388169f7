#include "actions/paletteiconengine.h"

#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

PaletteIconEngine::PaletteIconEngine(const QString &svgPath)
{
    QFile file(svgPath);
    if (file.open(QIODevice::ReadOnly))
        m_svg = file.readAll();
}

void PaletteIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    painter->drawPixmap(rect, scaledPixmap(rect.size(), mode, state, scale));
}

QPixmap PaletteIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap PaletteIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State /*state*/, qreal scale)
{
    const QPalette palette = QGuiApplication::palette();
    const QColor ink = mode == QIcon::Disabled ? palette.color(QPalette::Disabled, QPalette::WindowText)
        : mode == QIcon::Selected              ? palette.color(QPalette::HighlightedText)
                                               : palette.color(QPalette::WindowText);
    const QSize pixels = size * scale;
    const QString cacheKey = u"%1x%2:%3"_s.arg(pixels.width()).arg(pixels.height()).arg(ink.name(QColor::HexArgb));
    if (const auto cached = m_cache.constFind(cacheKey); cached != m_cache.cend())
        return *cached;
    QByteArray svg = m_svg;
    svg.replace(QByteArray(Ink.data(), Ink.size()), ink.name(QColor::HexRgb).toLatin1());
    QPixmap pixmap(pixels);
    pixmap.fill(Qt::transparent);
    QSvgRenderer renderer(svg);
    QPainter painter(&pixmap);
    if (ink.alpha() < 255)
        painter.setOpacity(ink.alphaF());
    renderer.render(&painter);
    painter.end();
    pixmap.setDevicePixelRatio(scale);
    m_cache.insert(cacheKey, pixmap);
    return pixmap;
}

QIconEngine *PaletteIconEngine::clone() const
{
    return new PaletteIconEngine(*this);
}

QString PaletteIconEngine::key() const
{
    return u"PaletteIconEngine"_s;
}

bool PaletteIconEngine::isNull()
{
    return m_svg.isEmpty();
}
