#include "appearance/appearance.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "settings/appsettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStandardPaths>
#include <QTimer>

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

    QString path = parser.value(database);
    if (path.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        path = dir + u"/newsdesk.sqlite"_s;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s);
    db.setDatabaseName(path);
    if (!db.open()) {
        std::fprintf(stderr, "newsdesk: cannot open %s: %s\n", qPrintable(path), qPrintable(db.lastError().text()));
        return 1;
    }

    MainWindow window(nullptr);
    window.show();

    if (parser.isSet(selfTest)) {
        Sonnet::Speller speller(u"de_DE"_s);
        const bool spellerOk = speller.isValid() && speller.isMisspelled(u"Rechtschreibfeler"_s)
            && !speller.isMisspelled(u"Straße"_s);
        std::fprintf(stderr, "newsdesk self-test: database %s, window %s, German spell checker %s\n",
                     "ok", window.isVisible() ? "ok" : "FAILED", spellerOk ? "ok" : "FAILED");
        return spellerOk && window.isVisible() ? 0 : 1;
    }
    return app.exec();
}
