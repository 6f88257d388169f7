#pragma once

#include <QByteArray>
#include <QHash>
#include <QIconEngine>
#include <QPixmap>

// Our bundled fallback icons are drawn in one ink colour. This engine draws them in the
// palette's text colour at paint time, so they stay visible in the dark look and follow a
// switch between light and dark without rebuilding any action.
class PaletteIconEngine : public QIconEngine
{
public:
    // The colour in the SVG files that stands for "the text colour".
    static constexpr QLatin1StringView Ink{"#3b4252"};

    explicit PaletteIconEngine(const QString &svgPath);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    [[nodiscard]] QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    [[nodiscard]] QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    [[nodiscard]] QIconEngine *clone() const override;
    [[nodiscard]] QString key() const override;
    [[nodiscard]] bool isNull() override;

private:
    QByteArray m_svg;
    QHash<QString, QPixmap> m_cache;
};
