#include "i18n/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

Translations::Translations(AppSettings &settings, QObject *parent)
    : QObject(parent)
{
    apply(settings.uiLanguage());
    connect(&settings, &AppSettings::uiLanguageChanged, this, &Translations::apply);
}

Translations::~Translations()
{
    removeTranslators();
}

QLocale::Language Translations::resolve(AppSettings::UiLanguage setting, const QLocale &system)
{
    switch (setting) {
    case AppSettings::UiLanguage::German:
        return QLocale::German;
    case AppSettings::UiLanguage::English:
        return QLocale::English;
    case AppSettings::UiLanguage::System:
        break;
    }
    // uiLanguages() honours LANGUAGE as well as LANG, as every other desktop program does.
    const QStringList preferred = system.uiLanguages();
    for (const QString &name : preferred) {
        const QLocale::Language language = QLocale(name).language();
        if (language == QLocale::German || language == QLocale::English) {
            return language;
        }
    }
    return QLocale::English;
}

QString Translations::qtTranslationsPath()
{
    return QLibraryInfo::path(QLibraryInfo::TranslationsPath);
}

void Translations::apply(AppSettings::UiLanguage setting)
{
    const QLocale::Language language = resolve(setting, QLocale::system());
    removeTranslators();
    m_language = language;
    // The source strings are English; English only needs its plural forms ("1 word").
    if (language == QLocale::English) {
        auto *plurals = new QTranslator(this);
        if (plurals->load(u"newsdesk_en"_s, QString(ResourceDirectory)) && QCoreApplication::installTranslator(plurals)) {
            m_appTranslator = plurals;
        } else {
            delete plurals;
        }
    }
    if (language == QLocale::German) {
        auto *qt = new QTranslator(this);
        if (qt->load(u"qtbase_de"_s, qtTranslationsPath()) && QCoreApplication::installTranslator(qt)) {
            m_qtTranslator = qt;
        } else {
            qWarning("Newsdesk: Qt's German translation (qtbase_de.qm) is missing in %s; "
                     "install qt6-translations-l10n",
                     qPrintable(qtTranslationsPath()));
            delete qt;
        }
        auto *app = new QTranslator(this);
        if (app->load(u"newsdesk_de"_s, QString(ResourceDirectory)) && QCoreApplication::installTranslator(app)) {
            m_appTranslator = app;
        } else {
            delete app;
        }
    }
    Q_EMIT languageChanged(language);
}

void Translations::removeTranslators()
{
    for (QTranslator **translator : {&m_qtTranslator, &m_appTranslator}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
}
