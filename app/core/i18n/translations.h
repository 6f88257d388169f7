#pragma once

#include "settings/appsettings.h"

#include <QLocale>
#include <QObject>

class QTranslator;

// Installs the German translations into the running application: Qt's own (qtbase: file
// dialog, message-box buttons) from the system and ours from :/i18n. It follows the system
// locale unless the settings ask for German or English, and follows later changes of that
// setting (Qt then sends LanguageChange to every widget).
class Translations : public QObject
{
    Q_OBJECT

public:
    // The resource path of our compiled translation for a language ("de").
    static constexpr QLatin1StringView ResourceDirectory{":/i18n"};

    explicit Translations(AppSettings &settings, QObject *parent = nullptr);
    ~Translations() override;

    // The language the interface speaks after applying a setting on a system with this locale:
    // German for any German system locale, English otherwise.
    [[nodiscard]] static QLocale::Language resolve(AppSettings::UiLanguage setting, const QLocale &system);
    // Where the system keeps qtbase_de.qm.
    [[nodiscard]] static QString qtTranslationsPath();

    [[nodiscard]] QLocale::Language language() const { return m_language; }
    [[nodiscard]] bool qtTranslationLoaded() const { return m_qtTranslator != nullptr; }
    [[nodiscard]] bool appTranslationLoaded() const { return m_appTranslator != nullptr; }

Q_SIGNALS:
    void languageChanged(QLocale::Language language);

private:
    void apply(AppSettings::UiLanguage setting);
    void removeTranslators();

    QTranslator *m_qtTranslator = nullptr;
    QTranslator *m_appTranslator = nullptr;
    QLocale::Language m_language = QLocale::English;
};
