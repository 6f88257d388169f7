#include "actions/paletteiconengine.h"
#include "appearance/appearance.h"

#include <QApplication>
#include <QIcon>
#include <QImage>
#include <QPalette>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// The colour of the most opaque pixel: the icon's ink.
QColor ink(const QIcon &icon, QIcon::Mode mode)
{
    const QImage image = icon.pixmap(QSize(48, 48), 1.0, mode).toImage().convertToFormat(QImage::Format_ARGB32);
    QColor best(Qt::transparent);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() > best.alpha())
                best = pixel;
        }
    }
    return best;
}
} // namespace

// Bundled fallback icons are drawn in the palette's text colour, so they read on dark too.
class PaletteIconEngineTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        QApplication::setPalette(QPalette());
    }

    void shouldInkIconsInThePalettesTextColour_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<int>("mode");
        QTest::newRow("nominal: light look") << false << int(QIcon::Normal);
        QTest::newRow("nominal: dark look") << true << int(QIcon::Normal);
        QTest::newRow("nominal: dark look, disabled") << true << int(QIcon::Disabled);
    }

    void shouldInkIconsInThePalettesTextColour()
    {
        QFETCH(bool, dark);
        QFETCH(int, mode);
        // GIVEN the light or the dark look
        const QPalette palette = dark ? Appearance::darkPalette() : Appearance::lightPalette();
        QApplication::setPalette(palette);
        // WHEN a bundled icon is drawn
        const QIcon icon(new PaletteIconEngine(u":/newsdesk/icons/actions/format-text-bold.svg"_s));
        QVERIFY(!icon.isNull());
        const QColor drawn = ink(icon, QIcon::Mode(mode));
        // THEN its ink is the text colour of that look (within anti-aliasing), not the file's
        const QColor expected = palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active,
                                              QPalette::WindowText);
        QVERIFY2(drawn.alpha() > 200, qPrintable(drawn.name(QColor::HexArgb)));
        QVERIFY2(std::abs(drawn.lightness() - expected.lightness()) < 24,
                 qPrintable(u"drawn %1, text colour %2"_s.arg(drawn.name(), expected.name())));
        // AND on the dark look it is light enough to read on the window background
        if (dark)
            QVERIFY2(drawn.lightness() - palette.color(QPalette::Window).lightness() > 60, qPrintable(drawn.name()));
    }

    void shouldFollowALookChangeWithoutANewIcon()
    {
        // GIVEN an icon drawn in the light look
        QApplication::setPalette(Appearance::lightPalette());
        const QIcon icon(new PaletteIconEngine(u":/newsdesk/icons/actions/edit-undo.svg"_s));
        const int light = ink(icon, QIcon::Normal).lightness();
        // WHEN the look turns dark
        QApplication::setPalette(Appearance::darkPalette());
        // THEN the same icon is drawn light
        const int dark = ink(icon, QIcon::Normal).lightness();
        QVERIFY2(dark > light + 100, qPrintable(u"light look %1, dark look %2"_s.arg(light).arg(dark)));
    }
};

QTEST_MAIN(PaletteIconEngineTest)
#include "paletteiconenginetest.moc"
