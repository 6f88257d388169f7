#include "settings/appsettings.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// Every test process has a private HOME (tests/support), so QSettings writes to a scratch
// file; each slot starts from an empty store.
class AppSettingsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QSettings().clear();
    }

    void shouldOfferDocumentedDefaults()
    {
        // GIVEN no stored settings
        const AppSettings settings;
        // THEN every value is the documented default
        QCOMPARE(settings.readingRate(), 230);
        QCOMPARE(settings.defaultLanguage(), u"de_DE"_s);
        QCOMPARE(settings.uiLanguage(), AppSettings::UiLanguage::System);
        QCOMPARE(settings.appearance(), AppSettings::Appearance::System);
        QCOMPARE(settings.exportBaseUrl(), QUrl(u"https://www.example.de/artikel/"_s));
        QCOMPARE(settings.exportTemplateFolder(), QString());
        QCOMPARE(settings.imageWidths(), (QList<int>{480, 800, 1200}));
        QVERIFY(settings.germanQuotes());
        QVERIFY(settings.nonBreakingSpaces());
        QVERIFY(settings.ellipsis());
        QCOMPARE(settings.database(), QString());
        // At most 2 s of typing lost to a crash (issue 18)
        QCOMPARE(settings.autosaveIdleDelay(), 1);
        QCOMPARE(settings.autosaveMaxInterval(), 2);
        QVERIFY(settings.skipAllCapsWords());
        QCOMPARE(settings.authorName(), AppSettings::systemUserFullName());
    }

    void shouldClampIntegersToTheirRanges_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("written");
        QTest::addColumn<int>("expected");
        QTest::newRow("nominal: reading rate within range") << u"writing/readingRate"_s << 200 << 200;
        QTest::newRow("robustness: reading rate below 100") << u"writing/readingRate"_s << 5 << 100;
        QTest::newRow("robustness: reading rate above 500") << u"writing/readingRate"_s << 9000 << 500;
        QTest::newRow("robustness: autosave idle delay 1 min") << u"storage/autosaveIdleDelay"_s << 60 << 30;
        QTest::newRow("robustness: autosave max interval 1 h") << u"storage/autosaveMaxInterval"_s << 3600 << 300;
        QTest::newRow("robustness: autosave max interval 0 s") << u"storage/autosaveMaxInterval"_s << 0 << 1;
    }

    void shouldClampIntegersToTheirRanges()
    {
        QFETCH(QString, key);
        QFETCH(int, written);
        QFETCH(int, expected);
        AppSettings settings;
        const auto read = [&settings, &key]() {
            if (key == "writing/readingRate"_L1)
                return settings.readingRate();
            if (key == "storage/autosaveIdleDelay"_L1)
                return settings.autosaveIdleDelay();
            return settings.autosaveMaxInterval();
        };

        // WHEN the value arrives through the file (hand-edited)
        QSettings().setValue(key, written);
        // THEN reading clamps it
        QVERIFY2(read() == expected, qPrintable(u"read %1 from file value %2"_s.arg(read()).arg(written)));

        // WHEN it arrives through the setter
        QSettings().clear();
        if (key == "writing/readingRate"_L1)
            settings.setReadingRate(written);
        else if (key == "storage/autosaveIdleDelay"_L1)
            settings.setAutosaveIdleDelay(written);
        else
            settings.setAutosaveMaxInterval(written);
        // THEN the stored value is already clamped
        QVERIFY2(read() == expected, qPrintable(u"read %1 after setting %2"_s.arg(read()).arg(written)));
        QCOMPARE(QSettings().value(key).toInt(), expected);
    }

    void shouldKeepWhatEarlierVersionsStoredUnderGeneral()
    {
        // GIVEN a file from an earlier version: its "general/…" keys written as [%General], which
        // QSettings reads back as "General/…" in every later process
        QSettings file;
        file.setValue(u"General/appearance"_s, u"dark"_s);
        file.setValue(u"General/uiLanguage"_s, u"en"_s);
        file.setValue(u"General/authorName"_s, u"Jana Lindqvist"_s);
        // WHEN read
        AppSettings settings;
        // THEN those preferences still hold
        QCOMPARE(settings.appearance(), AppSettings::Appearance::Dark);
        QCOMPARE(settings.uiLanguage(), AppSettings::UiLanguage::English);
        QCOMPARE(settings.authorName(), u"Jana Lindqvist"_s);
        // AND a new choice wins over them
        settings.setAppearance(AppSettings::Appearance::Light);
        QCOMPARE(AppSettings().appearance(), AppSettings::Appearance::Light);
    }

    void shouldIgnoreGarbageInTheFile()
    {
        // GIVEN a settings file edited by hand with nonsense
        QSettings file;
        file.setValue(u"writing/readingRate"_s, u"fast"_s);
        file.setValue(u"writing/defaultLanguage"_s, u"tlh"_s);
        file.setValue(AppSettings::UiLanguageKey, u"klingon"_s);
        file.setValue(u"export/baseUrl"_s, u"ftp://example.de/"_s);
        file.setValue(u"export/imageWidths"_s, QStringList{u"abc"_s, u"20"_s, u"99999"_s, u"800"_s});
        // WHEN read
        const AppSettings settings;
        // THEN defaults or clamped values come back
        QCOMPARE(settings.readingRate(), 230);
        QCOMPARE(settings.defaultLanguage(), u"de_DE"_s);
        QCOMPARE(settings.uiLanguage(), AppSettings::UiLanguage::System);
        QCOMPARE(settings.exportBaseUrl(), QUrl(u"https://www.example.de/artikel/"_s));
        QCOMPARE(settings.imageWidths(), (QList<int>{160, 800, 4000}));
    }

    void shouldNormalizeImageWidths_data()
    {
        QTest::addColumn<QList<int>>("written");
        QTest::addColumn<QList<int>>("expected");
        QTest::newRow("nominal: sorted") << QList<int>{320, 640} << QList<int>{320, 640};
        QTest::newRow("nominal: unsorted with duplicates") << QList<int>{1200, 480, 1200} << QList<int>{480, 1200};
        QTest::newRow("robustness: out of range") << QList<int>{10, 5000} << QList<int>{160, 4000};
        QTest::newRow("robustness: empty falls back to default") << QList<int>{} << QList<int>{480, 800, 1200};
    }

    void shouldNormalizeImageWidths()
    {
        QFETCH(QList<int>, written);
        QFETCH(QList<int>, expected);
        AppSettings settings;
        settings.setImageWidths(written);
        QCOMPARE(settings.imageWidths(), expected);
    }

    void shouldPersistAcrossInstances()
    {
        // GIVEN values set through one instance
        {
            AppSettings first;
            first.setAuthorName(u"  Erika Mustermann "_s);
            first.setReadingRate(180);
            first.setDefaultLanguage(u"de_CH"_s);
            first.setUiLanguage(AppSettings::UiLanguage::English);
            first.setAppearance(AppSettings::Appearance::Dark);
            QVERIFY(first.setExportBaseUrl(QUrl(u"https://zeitung.example/politik/"_s)));
            first.setExportTemplateFolder(u"/srv/vorlagen/"_s);
            first.setImageWidths({640, 1280});
            first.setGermanQuotes(false);
            first.setEllipsis(false);
            QVERIFY(first.setDatabase(u"postgresql://redaktion@db.example:5432/newsdesk"_s));
            first.setAutosaveIdleDelay(5);
            first.setAutosaveMaxInterval(60);
            first.setSkipAllCapsWords(false);
        }
        // WHEN a new instance reads them back (as after a restart)
        const AppSettings second;
        // THEN every value survived
        QCOMPARE(second.authorName(), u"Erika Mustermann"_s);
        QCOMPARE(second.readingRate(), 180);
        QCOMPARE(second.defaultLanguage(), u"de_CH"_s);
        QCOMPARE(second.uiLanguage(), AppSettings::UiLanguage::English);
        QCOMPARE(second.appearance(), AppSettings::Appearance::Dark);
        QCOMPARE(second.exportBaseUrl(), QUrl(u"https://zeitung.example/politik/"_s));
        QCOMPARE(second.exportTemplateFolder(), u"/srv/vorlagen"_s);
        QCOMPARE(second.imageWidths(), (QList<int>{640, 1280}));
        QVERIFY(!second.germanQuotes());
        QVERIFY(second.nonBreakingSpaces());
        QVERIFY(!second.ellipsis());
        QCOMPARE(second.database(), u"postgresql://redaktion@db.example:5432/newsdesk"_s);
        QCOMPARE(second.autosaveIdleDelay(), 5);
        QCOMPARE(second.autosaveMaxInterval(), 60);
        QVERIFY(!second.skipAllCapsWords());
    }

    void shouldEmitOneSignalPerActualChange()
    {
        AppSettings settings;
        QSignalSpy rate(&settings, &AppSettings::readingRateChanged);
        QSignalSpy quotes(&settings, &AppSettings::germanQuotesChanged);
        QSignalSpy language(&settings, &AppSettings::uiLanguageChanged);
        QSignalSpy widths(&settings, &AppSettings::imageWidthsChanged);
        QSignalSpy author(&settings, &AppSettings::authorNameChanged);
        QSignalSpy url(&settings, &AppSettings::exportBaseUrlChanged);

        // WHEN values change, then are set to the same value again
        settings.setReadingRate(9999);
        settings.setReadingRate(500);
        settings.setGermanQuotes(false);
        settings.setGermanQuotes(false);
        settings.setUiLanguage(AppSettings::UiLanguage::German);
        settings.setImageWidths({800, 480, 1200});
        settings.setImageWidths({320});
        settings.setAuthorName(u"Max Muster"_s);
        QVERIFY(settings.setExportBaseUrl(QUrl(u"https://www.example.de/artikel/"_s)));

        // THEN one signal per real change, carrying the stored (clamped) value
        QCOMPARE(rate.count(), 1);
        QCOMPARE(rate.first().first().toInt(), 500);
        QCOMPARE(quotes.count(), 1);
        QCOMPARE(language.count(), 1);
        QCOMPARE(language.first().first().value<AppSettings::UiLanguage>(), AppSettings::UiLanguage::German);
        QVERIFY2(widths.count() == 1, qPrintable(QString::number(widths.count())));
        QCOMPARE(widths.first().first().value<QList<int>>(), QList<int>{320});
        QCOMPARE(author.count(), 1);
        QCOMPARE(url.count(), 0);
    }

    void shouldRefuseInvalidBaseUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("nominal: https") << u"https://www.example.de/artikel/"_s << true;
        QTest::newRow("nominal: http") << u"http://intranet.example/cms/"_s << true;
        QTest::newRow("robustness: ftp") << u"ftp://example.de/"_s << false;
        QTest::newRow("robustness: relative") << u"/artikel/"_s << false;
        QTest::newRow("robustness: no host") << u"https:///artikel"_s << false;
        QTest::newRow("robustness: javascript") << u"javascript:alert(1)"_s << false;
        QTest::newRow("robustness: empty") << QString() << false;
    }

    void shouldRefuseInvalidBaseUrl()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        AppSettings settings;
        QCOMPARE(settings.setExportBaseUrl(QUrl(url)), accepted);
        QCOMPARE(settings.exportBaseUrl(), accepted ? QUrl(url) : QUrl(u"https://www.example.de/artikel/"_s));
    }

    void shouldRefuseDatabasePassword_data()
    {
        QTest::addColumn<QString>("location");
        QTest::newRow("robustness: password in user info") << u"postgresql://redaktion:geheim@db.example/newsdesk"_s;
        QTest::newRow("robustness: password as parameter") << u"postgresql://db.example/newsdesk?password=geheim"_s;
        QTest::newRow("robustness: postgres:// alias") << u"postgres://u:geheim@localhost/newsdesk"_s;
    }

    void shouldRefuseDatabasePassword()
    {
        QFETCH(QString, location);
        // GIVEN a stored SQLite path
        AppSettings settings;
        QVERIFY(settings.setDatabase(u"/srv/newsdesk/artikel.sqlite"_s));
        QSignalSpy changed(&settings, &AppSettings::databaseChanged);
        // WHEN a URL with a password is set
        QString error;
        const bool accepted = settings.setDatabase(location, &error);
        // THEN it is refused with a clear message and nothing changes
        QVERIFY(!accepted);
        QVERIFY2(error.contains(u"password"_s) && error.contains(u"pgpass"_s), qPrintable(error));
        QCOMPARE(settings.database(), u"/srv/newsdesk/artikel.sqlite"_s);
        QCOMPARE(changed.count(), 0);
        QVERIFY2(!QSettings().value(u"storage/database"_s).toString().contains(u"geheim"_s),
                 qPrintable(QSettings().value(u"storage/database"_s).toString()));
    }

    void shouldStripPasswordWrittenIntoTheFileByHand()
    {
        QSettings().setValue(u"storage/database"_s, u"postgresql://redaktion:geheim@db.example/newsdesk?sslmode=require"_s);
        const AppSettings settings;
        QCOMPARE(settings.database(), u"postgresql://redaktion@db.example/newsdesk?sslmode=require"_s);
    }

    void shouldRefuseUnknownDatabaseScheme()
    {
        AppSettings settings;
        QString error;
        QVERIFY(!settings.setDatabase(u"mysql://db.example/newsdesk"_s, &error));
        QVERIFY2(error.contains(u"postgresql://"_s), qPrintable(error));
        QVERIFY(settings.setDatabase(u"relative/../newsdesk.sqlite"_s, &error));
        QCOMPARE(settings.database(), u"newsdesk.sqlite"_s);
    }

    void shouldAcceptOnlySupportedDictionaries()
    {
        AppSettings settings;
        settings.setDefaultLanguage(u"de_AT"_s);
        settings.setDefaultLanguage(u"fr_FR"_s);
        QCOMPARE(settings.defaultLanguage(), u"de_AT"_s);
    }

    void shouldKeepThePhotoCreditFormAndGpsChoice()
    {
        // GIVEN no stored settings THEN the credit form is "Foto: {credit}" and GPS goes
        AppSettings settings;
        QCOMPARE(settings.photoCreditFormat(), u"Foto: {credit}"_s);
        QVERIFY(!settings.keepPhotoGps());
        QSignalSpy formChanged(&settings, &AppSettings::photoCreditFormatChanged);
        QSignalSpy gpsChanged(&settings, &AppSettings::keepPhotoGpsChanged);
        // WHEN a newsroom sets its own form and keeps GPS
        settings.setPhotoCreditFormat(u"Foto: {byline}/{credit}"_s);
        settings.setKeepPhotoGps(true);
        // THEN both hold, each with one signal, and a form without placeholder is refused
        QCOMPARE(AppSettings().photoCreditFormat(), u"Foto: {byline}/{credit}"_s);
        QVERIFY(AppSettings().keepPhotoGps());
        QCOMPARE(formChanged.count(), 1);
        QCOMPARE(gpsChanged.count(), 1);
        settings.setPhotoCreditFormat(u"Foto"_s);
        QCOMPARE(settings.photoCreditFormat(), u"Foto: {credit}"_s);
    }

    void shouldSignalChangedOnceForEveryRealChange()
    {
        // GIVEN settings as stored, and whoever applies many settings at once listening
        AppSettings settings;
        QSignalSpy changed(&settings, &AppSettings::modified);
        // WHEN an int, a bool, a string and a list setting change, and one is set to its value
        settings.setReadingRate(180);
        settings.setTypographyAsYouType(!settings.typographyAsYouType());
        settings.setAuthorName(u"Anna Weiß"_s);
        settings.setImageWidths({480, 1200});
        settings.setReadingRate(180);
        // THEN modified() came once for each real change, none for the unchanged one
        QCOMPARE(changed.count(), 4);
    }

    void shouldRememberTheWindowsOwnValues()
    {
        // WHEN the window stores its last article THEN another instance reads it back
        AppSettings settings;
        QSignalSpy changed(&settings, &AppSettings::modified);
        settings.setWindowValue(AppSettings::LastArticleKey, 42);
        QCOMPARE(AppSettings().windowValue(AppSettings::LastArticleKey).toLongLong(), 42);
        QCOMPARE(QSettings().value(u"window/lastArticle"_s).toLongLong(), 42); // the key earlier versions wrote
        QCOMPARE(changed.count(), 0); // not a preference
    }
};

QTEST_GUILESS_MAIN(AppSettingsTest)
#include "appsettingstest.moc"
