#include "settings/appsettings.h"
#include "testenvironment.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// Mean luminance (0…255) of the middle of the window: the body of the article form, the
// largest text area, whatever the splitter layout.
double formLuminance(const QImage &image)
{
    const QRect area(image.width() * 2 / 5, image.height() * 2 / 5, image.width() / 5, image.height() * 2 / 5);
    double sum = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            sum += qGray(image.pixel(x, y));
    return sum / (double(area.width()) * area.height());
}

// A grab of an unpainted window is one flat colour; a real one has text, photo and frames.
int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

struct Run
{
    int exitCode = -1;
    QString output;
};
} // namespace

// The real binary, as a journalist starts it: settings written by AppSettings itself, a fresh
// database with the sample articles, a PNG of the first paint.
class ScreenshotTest : public QObject
{
    Q_OBJECT

private:
    // Stores the preferences the way the Preferences dialog does, and tells where QSettings put
    // them, so that the child reads the very same file.
    QString storeSettings(AppSettings::UiLanguage language, AppSettings::Appearance appearance)
    {
        {
            AppSettings settings;
            settings.setUiLanguage(language);
            settings.setAppearance(appearance);
        }
        QSettings settings;
        settings.sync();
        return settings.fileName();
    }

    Run screenshot(const QString &settingsFile, const QString &png, const QSize &size)
    {
        QTemporaryDir databaseDir;
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // <config>/newsdesk/newsdesk.conf: the child's XDG_CONFIG_HOME is <config>.
        environment.insert(u"XDG_CONFIG_HOME"_s, QFileInfo(settingsFile).dir().absolutePath().section(u'/', 0, -2));
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(TestEnvironment::binary(u"newsdesk"_s),
                      {u"--database"_s, databaseDir.filePath(u"news.sqlite"_s), u"--screenshot"_s, png, u"--size"_s,
                       u"%1x%2"_s.arg(size.width()).arg(size.height())});
        Run run;
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            run.output = u"did not finish: "_s;
        }
        run.exitCode = process.exitCode();
        run.output += QString::fromUtf8(process.readAll());
        return run;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"newsdesk"_s);
        QCoreApplication::setApplicationName(u"newsdesk"_s);
        QVERIFY2(QFileInfo(TestEnvironment::binary(u"newsdesk"_s)).isExecutable(),
                 qPrintable(TestEnvironment::binary(u"newsdesk"_s)));
    }

    void shouldStartInTheStoredAppearance_data()
    {
        QTest::addColumn<AppSettings::Appearance>("appearance");
        QTest::addColumn<bool>("dark");
        QTest::newRow("nominal: dark") << AppSettings::Appearance::Dark << true;
        QTest::newRow("nominal: light") << AppSettings::Appearance::Light << false;
    }

    void shouldStartInTheStoredAppearance()
    {
        // GIVEN the appearance stored by AppSettings
        QFETCH(AppSettings::Appearance, appearance);
        QFETCH(bool, dark);
        const QString file = storeSettings(AppSettings::UiLanguage::German, appearance);
        QFile stored(file);
        QVERIFY2(stored.open(QIODevice::ReadOnly), qPrintable(file));
        const QByteArray contents = stored.readAll();
        QVERIFY2(contents.contains(dark ? "appearance=dark" : "appearance=light"), contents.constData());
        // WHEN the editor starts and takes a screenshot
        QTemporaryDir out;
        const QString png = out.filePath(u"window.png"_s);
        const Run run = screenshot(file, png, QSize(1366, 768));
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        // THEN the form is dark (or light) from the first paint
        QImage image(png);
        QVERIFY2(!image.isNull(), qPrintable(png));
        const double luminance = formLuminance(image);
        if (dark)
            QVERIFY2(luminance < 90, qPrintable(u"mean luminance %1 with %2"_s.arg(luminance).arg(QString::fromUtf8(contents))));
        else
            QVERIFY2(luminance > 170, qPrintable(u"mean luminance %1"_s.arg(luminance)));
    }

    void shouldWriteTheUserGuideScreenshots_data()
    {
        QTest::addColumn<AppSettings::UiLanguage>("language");
        QTest::addColumn<AppSettings::Appearance>("appearance");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("name");
        const auto de = AppSettings::UiLanguage::German;
        const auto light = AppSettings::Appearance::Light;
        const auto dark = AppSettings::Appearance::Dark;
        QTest::newRow("nominal: German 1366 light") << de << light << QSize(1366, 768) << u"de-1366-light"_s;
        QTest::newRow("nominal: German 1920 light") << de << light << QSize(1920, 1080) << u"de-1920-light"_s;
        QTest::newRow("nominal: German 1366 dark") << de << dark << QSize(1366, 768) << u"de-1366-dark"_s;
        QTest::newRow("nominal: German 1920 dark") << de << dark << QSize(1920, 1080) << u"de-1920-dark"_s;
        QTest::newRow("nominal: English 1366 light")
            << AppSettings::UiLanguage::English << light << QSize(1366, 768) << u"en-1366-light"_s;
    }

    void shouldWriteTheUserGuideScreenshots()
    {
        // GIVEN the row's language and appearance, stored as the preferences store them
        QFETCH(AppSettings::UiLanguage, language);
        QFETCH(AppSettings::Appearance, appearance);
        QFETCH(QSize, size);
        QFETCH(QString, name);
        const QString file = storeSettings(language, appearance);
        const QString folder = TestEnvironment::binaryDir() + u"/screenshots"_s;
        QVERIFY(QDir().mkpath(folder));
        const QString png = folder + u"/newsdesk-"_s + name + u".png"_s;
        QFile::remove(png);
        // WHEN the editor starts on a fresh database (the sample articles) at the row's size
        const Run run = screenshot(file, png, size);
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        // THEN the picture has exactly that size (the window fitted) and shows a real window
        const QImage image(png);
        QVERIFY2(!image.isNull(), qPrintable(png));
        QVERIFY2(image.size() == size, qPrintable(u"%1: %2×%3"_s.arg(png).arg(image.width()).arg(image.height())));
        const int colours = distinctColours(image);
        QVERIFY2(colours > 200, qPrintable(u"%1: only %2 colours"_s.arg(png).arg(colours)));
        const double luminance = formLuminance(image);
        const bool dark = appearance == AppSettings::Appearance::Dark;
        QVERIFY2(dark ? luminance < 90 : luminance > 170, qPrintable(u"%1: luminance %2"_s.arg(png).arg(luminance)));
    }
};

QTEST_MAIN(ScreenshotTest)
#include "screenshottest.moc"
