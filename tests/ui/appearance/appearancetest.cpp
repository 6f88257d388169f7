#include "appearance/appearance.h"

#include <QApplication>
#include <QStyle>
#include <QTest>

using namespace Qt::StringLiterals;

class AppearanceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldSwitchBetweenLightAndDark()
    {
        // WHEN dark is applied
        Appearance::apply(AppSettings::Appearance::Dark);
        // THEN Fusion draws light text on a dark window
        QCOMPARE(QApplication::style()->name(), u"fusion"_s);
        QPalette palette = QApplication::palette();
        QVERIFY2(palette.color(QPalette::Window).lightness() < 80, qPrintable(palette.color(QPalette::Window).name()));
        QVERIFY(palette.color(QPalette::WindowText).lightness() > 180);
        QVERIFY(palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness());

        // WHEN light is applied
        Appearance::apply(AppSettings::Appearance::Light);
        // THEN dark text on a light window
        palette = QApplication::palette();
        QVERIFY2(palette.color(QPalette::Window).lightness() > 180, qPrintable(palette.color(QPalette::Window).name()));
        QVERIFY(palette.color(QPalette::WindowText).lightness() < 80);
    }

    void shouldKeepDisabledTextReadableButDistinct_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("nominal: light") << Appearance::lightPalette();
        QTest::newRow("nominal: dark") << Appearance::darkPalette();
    }

    void shouldKeepDisabledTextReadableButDistinct()
    {
        QFETCH(QPalette, palette);
        const int base = palette.color(QPalette::Active, QPalette::Base).lightness();
        const int text = palette.color(QPalette::Active, QPalette::Text).lightness();
        const int disabled = palette.color(QPalette::Disabled, QPalette::Text).lightness();
        QVERIFY2(std::abs(text - base) > 150, qPrintable(u"text %1 base %2"_s.arg(text).arg(base)));
        QVERIFY2(disabled != text && std::abs(disabled - base) > 50,
                 qPrintable(u"disabled %1 text %2 base %3"_s.arg(disabled).arg(text).arg(base)));
    }

    void shouldFollowTheSystemScheme()
    {
        Appearance::apply(AppSettings::Appearance::System);
        const bool dark = QApplication::palette().color(QPalette::Window).lightness() < 128;
        QCOMPARE(dark, Appearance::systemPrefersDark());
    }
};

QTEST_MAIN(AppearanceTest)
#include "appearancetest.moc"
