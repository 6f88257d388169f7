#include "appearance/appearance.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "settings/appsettings.h"
#include "storage/repositoryfactory.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>

#include <Sonnet/Speller>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"newsdesk"_s);
    QApplication::setOrganizationName(u"newsdesk"_s);
    QApplication::setApplicationVersion(QStringLiteral(NEWSDESK_VERSION));
    QApplication::setDesktopFileName(u"org.newsdesk.Newsdesk"_s);
    QApplication::setWindowIcon(QIcon::fromTheme(u"org.newsdesk.Newsdesk"_s, QIcon(u":/newsdesk/icons/newsdesk.svg"_s)));

    AppSettings settings;
    Translations translations(settings);
    Appearance::apply(settings.appearance());
    QObject::connect(&settings, &AppSettings::appearanceChanged, &app, &Appearance::apply);

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption selfTest(u"self-test"_s, u"Start, check database, window and spell checker, then quit."_s);
    const QCommandLineOption database(u"database"_s, u"The database file to open."_s, u"path"_s);
    parser.addOptions({selfTest, database});
    parser.process(app);

    // --database wins over the preferences, so that one run can open another file.
    const RepositoryOpening opening =
        RepositoryFactory::open(parser.isSet(database) ? parser.value(database) : settings.database());
    if (!opening.repository) {
        std::fprintf(stderr, "newsdesk: %s\n", qPrintable(opening.error));
        if (!parser.isSet(selfTest))
            QMessageBox::critical(nullptr, QApplication::translate("main", "Newsdesk"), opening.error);
        return 1;
    }

    MainWindow window(opening.repository.get());
    window.show();

    if (parser.isSet(selfTest)) {
        Sonnet::Speller speller(u"de_DE"_s);
        const bool spellerOk = speller.isValid() && speller.isMisspelled(u"Rechtschreibfeler"_s)
            && !speller.isMisspelled(u"Straße"_s);
        // The database really answers: the default sections come from its schema.
        const auto sections = opening.repository->sections();
        const bool databaseOk = sections && sections->contains(u"Politik"_s);
        std::fprintf(stderr, "newsdesk self-test: database %s, window %s, German spell checker %s\n",
                     databaseOk ? "ok" : "FAILED", window.isVisible() ? "ok" : "FAILED", spellerOk ? "ok" : "FAILED");
        return databaseOk && spellerOk && window.isVisible() ? 0 : 1;
    }
    return app.exec();
}
