#include "i18n/translations.h"
#include "settings/appsettings.h"
#include "text/lengthtext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

class TranslationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QSettings().clear();
    }

    void shouldCompileOurTranslationIntoTheResources()
    {
        // The path the loader uses; a change in translations/CMakeLists.txt must show up here.
        const QString path = u":/i18n/newsdesk_de.qm"_s;
        QVERIFY2(QFileInfo::exists(path), qPrintable(QDir(u":/"_s).entryList().join(u", "_s)));
        QTranslator translator;
        QVERIFY(translator.load(path));
        QCOMPARE(translator.language(), u"de_DE"_s);
    }

    void shouldFindQtsOwnGermanTranslation()
    {
        // Without qt6-translations-l10n, Qt's dialogs stay English: fail loudly, never skip.
        QTranslator translator;
        QVERIFY2(translator.load(u"qtbase_de"_s, Translations::qtTranslationsPath()),
                 qPrintable(Translations::qtTranslationsPath()));
        QCOMPARE(translator.translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);
    }

    void shouldResolveTheInterfaceLanguage_data()
    {
        QTest::addColumn<AppSettings::UiLanguage>("setting");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QLocale::Language>("expected");
        QTest::newRow("nominal: system German") << AppSettings::UiLanguage::System << u"de_DE"_s << QLocale::German;
        QTest::newRow("nominal: system Austrian") << AppSettings::UiLanguage::System << u"de_AT"_s << QLocale::German;
        QTest::newRow("nominal: system English") << AppSettings::UiLanguage::System << u"en_GB"_s << QLocale::English;
        QTest::newRow("nominal: override to English") << AppSettings::UiLanguage::English << u"de_DE"_s << QLocale::English;
        QTest::newRow("nominal: override to German") << AppSettings::UiLanguage::German << u"en_US"_s << QLocale::German;
        QTest::newRow("robustness: system French falls back to English")
            << AppSettings::UiLanguage::System << u"fr_FR"_s << QLocale::English;
    }

    void shouldResolveTheInterfaceLanguage()
    {
        QFETCH(AppSettings::UiLanguage, setting);
        QFETCH(QString, system);
        QFETCH(QLocale::Language, expected);
        QCOMPARE(Translations::resolve(setting, QLocale(system)), expected);
    }

    void shouldTranslateQtAndNewsdeskInGerman()
    {
        // GIVEN the setting German
        AppSettings settings;
        settings.setUiLanguage(AppSettings::UiLanguage::German);
        // WHEN the translations are installed
        const Translations translations(settings);
        // THEN Qt's buttons and our strings are German
        QVERIFY(translations.qtTranslationLoaded());
        QVERIFY(translations.appTranslationLoaded());
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);
        QCOMPARE(QCoreApplication::translate("AppActions", "&File"), u"&Datei"_s);
    }

    void shouldFollowTheSettingAtRunTime()
    {
        // GIVEN German installed
        AppSettings settings;
        settings.setUiLanguage(AppSettings::UiLanguage::German);
        const Translations translations(settings);
        QSignalSpy changed(&translations, &Translations::languageChanged);
        // WHEN the user switches to English
        settings.setUiLanguage(AppSettings::UiLanguage::English);
        // THEN Qt's German translator is gone, only the English plural forms are loaded
        QCOMPARE(changed.count(), 1);
        QCOMPARE(translations.language(), QLocale::English);
        QVERIFY(!translations.qtTranslationLoaded());
        QVERIFY(translations.appTranslationLoaded());
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancel"_s);
        QCOMPARE(QCoreApplication::translate("AppActions", "&File"), u"&File"_s);
    }

    void shouldUsePluralForms_data()
    {
        QTest::addColumn<AppSettings::UiLanguage>("language");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("words");
        const auto de = AppSettings::UiLanguage::German;
        const auto en = AppSettings::UiLanguage::English;
        QTest::newRow("nominal: one, German") << de << 1 << u"1 Wort"_s;
        QTest::newRow("nominal: two, German") << de << 2 << u"2 Wörter"_s;
        QTest::newRow("nominal: twelve, German") << de << 12 << u"12 Wörter"_s;
        QTest::newRow("robustness: zero is plural in German")
            << de << 0 << u"0 Wörter"_s;
        // The sources say "%n word(s)": English needs its own plural catalogue.
        QTest::newRow("nominal: one, English") << en << 1 << u"1 word"_s;
        QTest::newRow("nominal: three, English") << en << 3 << u"3 words"_s;
        QTest::newRow("robustness: zero is plural in English") << en << 0 << u"0 words"_s;
    }

    void shouldUsePluralForms()
    {
        QFETCH(AppSettings::UiLanguage, language);
        QFETCH(int, count);
        QFETCH(QString, words);
        // GIVEN the interface language installed
        AppSettings settings;
        settings.setUiLanguage(language);
        const Translations translations(settings);
        // THEN each count picks its plural form
        QCOMPARE(LengthText::words(count), words);
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "translationstest.moc"
