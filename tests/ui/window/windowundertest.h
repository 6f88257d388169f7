#pragma once

#include "appearance/appearance.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "settings/appsettings.h"
#include "spelling/spellchecker.h"
#include "storage/repositoryfactory.h"
#include "../support/dialogstub.h"
#include "testenvironment.h"

#include <QTemporaryDir>

#include <memory>

// The main window as main.cpp builds it, in the language asked for: the real compiled
// translation (:/i18n/newsdesk_de.qm through Translations), Fusion with the light palette,
// the real spell checker and the two sample articles on a fresh SQLite file.
class WindowUnderTest
{
public:
    explicit WindowUnderTest(AppSettings::UiLanguage language)
    {
        settings.setUiLanguage(language);
        translations = std::make_unique<Translations>(settings);
        Appearance::apply(AppSettings::Appearance::Light);
        RepositoryOpening opening = RepositoryFactory::open(dir.filePath(QStringLiteral("news.sqlite")));
        repository = std::move(opening.repository);
        checker = std::make_unique<SpellChecker>(QStringLiteral("de_DE"),
                                                 TestEnvironment::home() + QStringLiteral("/personal.txt"));
        window = std::make_unique<MainWindow>(repository.get(), &dialogs);
        window->setSettings(&settings);
        window->setSpellChecker(checker.get());
        dialogs.questionAnswer = true; // the sample articles
    }

    ~WindowUnderTest()
    {
        window.reset();
        // The next window of the same process starts in the source language unless asked.
        translations.reset();
    }

    [[nodiscard]] bool isGerman() const { return translations->language() == QLocale::German; }

    QTemporaryDir dir;
    AppSettings settings;
    std::unique_ptr<Translations> translations;
    std::unique_ptr<ArticleRepository> repository;
    std::unique_ptr<SpellChecker> checker;
    DialogStub dialogs;
    std::unique_ptr<MainWindow> window;
};
