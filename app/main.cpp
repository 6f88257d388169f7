#include "appearance/appearance.h"
#include "body/bodydocument.h"
#include "collaboration/collaborationcontroller.h"
#include "dialogs/widgetdialogs.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "settings/appsettings.h"
#include "spelling/repositorynewsroomwordstore.h"
#include "spelling/spellchecker.h"
#include "storage/articlechangelistener.h"
#include "storage/editlocks.h"
#include "storage/localjournal.h"
#include "storage/postgresdialect.h"
#include "storage/repositoryfactory.h"
#include "storage/resilientrepository.h"
#include "text/hyphenatorloader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QIcon>
#include <QMessageBox>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTimer>
#include <QUrl>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
// Resident memory from the kernel's view (Linux), for the benchmark's RSS figure.
double residentMegabytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

// Grabs the window once it has been painted for the first time, then quits: for the docs'
// screenshots and the start-up benchmark.
class FirstPaintWatcher : public QObject
{
public:
    FirstPaintWatcher(QWidget *window, std::function<void()> done)
        : QObject(window)
        , m_done(std::move(done))
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_fired) {
            m_fired = true;
            watched->removeEventFilter(this);
            // After this paint event has been handled, the backing store holds the picture.
            QTimer::singleShot(0, this, m_done);
        }
        return false;
    }

private:
    std::function<void()> m_done;
    bool m_fired = false;
};

// The editor's options, declared once for both parsers below.
struct Options {
    QCommandLineOption selfTest{u"self-test"_s, u"Start, check database, window and spell checker, then quit."_s};
    QCommandLineOption database{u"database"_s, u"The database file to open."_s, u"path"_s};
    QCommandLineOption screenshot{u"screenshot"_s,
                                  u"Open as usual, save a PNG of the window after the first paint, quit."_s,
                                  u"file"_s};
    QCommandLineOption size{u"size"_s, u"Window size for --screenshot, e.g. 1366x768."_s, u"WxH"_s};
    QCommandLineOption firstPaint{u"quit-after-first-paint"_s,
                                  u"Print the milliseconds from start to the first paint, then quit."_s};
    QCommandLineOption printRecovery{u"print-recovery"_s,
                                     u"Print what the journal would offer after a crash, then quit."_s};

    void declare(QCommandLineParser &parser) const
    {
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({selfTest, database, screenshot, size, firstPaint, printRecovery});
    }
};

void setApplicationNames()
{
    QCoreApplication::setApplicationName(u"newsdesk"_s);
    QCoreApplication::setOrganizationName(u"newsdesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(NEWSDESK_VERSION));
}

// --help, --version and a mistyped option are answered without a display: QApplication
// aborts where there is none (a server, an SSH session, a packaging check). Only a command
// line that starts the editor goes on to the GUI.
void answerWithoutDisplay(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QCommandLineParser probe;
    const Options options;
    options.declare(probe);
    const bool parsed = probe.parse(arguments);
    if (parsed && !probe.isSet(u"help"_s) && !probe.isSet(u"help-all"_s) && !probe.isSet(u"version"_s))
        return;
    QCoreApplication core(argc, argv);
    setApplicationNames();
    probe.process(core); // prints and exits
}
} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    answerWithoutDisplay(argc, argv);
    QApplication app(argc, argv);
    setApplicationNames();
    QApplication::setDesktopFileName(u"org.newsdesk.Newsdesk"_s);
    QApplication::setWindowIcon(QIcon::fromTheme(u"org.newsdesk.Newsdesk"_s, QIcon(u":/newsdesk/icons/newsdesk.svg"_s)));

    AppSettings settings;
    Translations translations(settings);
    Appearance::apply(settings.appearance());
    QObject::connect(&settings, &AppSettings::appearanceChanged, &app, &Appearance::apply);

    QCommandLineParser parser;
    const Options options;
    options.declare(parser);
    parser.process(app);
    const QCommandLineOption &selfTest = options.selfTest;
    const QCommandLineOption &database = options.database;
    const QCommandLineOption &screenshot = options.screenshot;
    const QCommandLineOption &size = options.size;
    const QCommandLineOption &firstPaint = options.firstPaint;
    const QCommandLineOption &printRecovery = options.printRecovery;

    // --database wins over the preferences, so that one run can open another file.
    const QString location = parser.isSet(database) ? parser.value(database) : settings.database();
    // The shared database: typing goes on through a lost connection, and the editor opens
    // without the server too (a local journal under AppDataLocation keeps the work until the
    // server answers); others' saves and open articles become visible.
    const bool shared = PostgresDialect::isPostgresLocation(location);
    RepositoryOpening opening;
    std::unique_ptr<ArticleChangeListener> listener;
    std::unique_ptr<EditLocks> locks;
    ResilientRepository *resilient = nullptr;
    if (shared && PostgresDialect::problemWith(location).isEmpty()) {
        // The crash protection stays on this computer, private to this journalist (LocalJournal).
        RepositoryOpening local = LocalJournal::open(LocalJournal::location(location));
        if (!local.repository) {
            opening = std::move(local);
        } else {
            SqlArticleRepository::Options serverOptions;
            serverOptions.author = settings.authorName(); // empty: the role's display name
            auto wrapped = std::make_unique<ResilientRepository>(
                [location, serverOptions] { return RepositoryFactory::open(location, serverOptions); },
                std::move(local.repository), location);
            resilient = wrapped.get();
            if (!resilient->isOnline())
                std::fprintf(stderr, "newsdesk: working offline: %s\n", qPrintable(resilient->lastError()));
            opening.repository = std::move(wrapped);
            // Keeps trying in the background when the server is away now.
            listener = std::make_unique<ArticleChangeListener>(location);
            if (!listener->open())
                std::fprintf(stderr, "newsdesk: live updates not yet on: %s\n", qPrintable(listener->lastError()));
            // The lock's key is the login; colleagues see the author name or the role's display
            // name, never the login.
            const QString login = QUrl(location).userName().isEmpty() ? qEnvironmentVariable("USER") : QUrl(location).userName();
            EditLocks::Options lockOptions;
            lockOptions.displayName = settings.authorName();
            locks = std::make_unique<EditLocks>(location, login, QSysInfo::machineHostName(), lockOptions);
            // Without the server now, the locks connect with their first heartbeat after it is back.
            if (!locks->open())
                std::fprintf(stderr, "newsdesk: edit locks not yet on: %s\n", qPrintable(locks->lastError()));
        }
    } else {
        opening = RepositoryFactory::open(location);
    }
    if (!opening.repository) {
        std::fprintf(stderr, "newsdesk: %s\n", qPrintable(opening.error));
        if (!parser.isSet(selfTest) && !parser.isSet(screenshot) && !parser.isSet(firstPaint)
            && !parser.isSet(printRecovery))
            QMessageBox::critical(nullptr, QApplication::translate("main", "Newsdesk"), opening.error);
        return 1;
    }
    ArticleRepository *repository = opening.repository.get();

    if (parser.isSet(printRecovery)) {
        // What a restart would offer, read through the same journal the window reads.
        const auto entries = repository->journalEntries();
        if (!entries) {
            std::fprintf(stderr, "newsdesk: %s\n", qPrintable(repository->lastError()));
            return 1;
        }
        for (const Article &entry : *entries) {
            std::printf("article %lld: %s\n%s\n", static_cast<long long>(entry.id), qPrintable(entry.headline),
                        qPrintable(BodyDocument::toPlainText(entry.bodyHtml)));
        }
        return 0;
    }

    // The one spell checker of the application: every field, the dialogs and the checklist
    // share its word cache and dictionaries. Newsroom words live in the database.
    SpellChecker checker(SpellChecker::languageFromTag(settings.defaultLanguage()));
    checker.setSkipAllCaps(settings.skipAllCapsWords());
    QObject::connect(&settings, &AppSettings::skipAllCapsWordsChanged, &checker, &SpellChecker::setSkipAllCaps);
    RepositoryNewsroomWordStore newsroomWords(*repository);
    if (!checker.setNewsroomStore(&newsroomWords))
        std::fprintf(stderr, "newsdesk: newsroom dictionary: %s\n", qPrintable(checker.lastError()));
    if (!checker.isValid())
        std::fprintf(stderr, "newsdesk: spell checking unavailable: %s\n", qPrintable(checker.validationError()));

    // Zeilen break words at syllables; the patterns load beside the starting window.
    HyphenatorLoader hyphenation(u"de-DE"_s);
    WidgetDialogs dialogs;
    MainWindow window(repository, &dialogs);
    QObject::connect(&hyphenation, &HyphenatorLoader::finished, &window,
                     [&] { window.setHyphenator(hyphenation.hyphenator(), hyphenation.errorString()); });
    window.setSettings(&settings);
    window.setSpellChecker(&checker);
    if (shared)
        new CollaborationController(&window, repository, &dialogs, {resilient, listener.get(), locks.get()});
    const bool capture = parser.isSet(screenshot) || parser.isSet(firstPaint);
    window.setInteractive(!capture);
    if (parser.isSet(size)) {
        const QStringList parts = parser.value(size).split(u'x');
        const int w = parts.value(0).toInt();
        const int h = parts.value(1).toInt();
        if (parts.size() != 2 || w < 200 || h < 200) {
            std::fprintf(stderr, "newsdesk: --size wants WIDTHxHEIGHT, e.g. 1366x768\n");
            return 2;
        }
        window.resize(w, h);
    }
    if (capture) {
        new FirstPaintWatcher(&window, [&] {
            if (parser.isSet(firstPaint))
                std::printf("first paint after %lld ms, RSS %.1f MB\n", static_cast<long long>(sinceStart.elapsed()),
                            residentMegabytes());
            if (parser.isSet(screenshot)) {
                const QString file = parser.value(screenshot);
                if (!window.grab().save(file, "PNG")) {
                    std::fprintf(stderr, "newsdesk: cannot write %s\n", qPrintable(file));
                    QCoreApplication::exit(1);
                    return;
                }
            }
            QCoreApplication::exit(0);
        });
    }
    // --self-test: the window must really paint, not only be "visible" (show() says so at once).
    bool painted = false;
    QEventLoop paintWait;
    if (parser.isSet(selfTest)) {
        new FirstPaintWatcher(&window, [&] {
            painted = true;
            paintWait.quit();
        });
    }
    window.show();
    if (!parser.isSet(selfTest))
        window.start();

    if (parser.isSet(selfTest)) {
        // The German dictionary really answers, through the checker the window uses.
        SpellChecker german(u"de_DE"_s, checker.personalDictionaryFile());
        const bool spellerOk = checker.isValid() && german.isValid() && german.isMisspelled(u"Rechtschreibfeler"_s)
            && !german.isMisspelled(u"Straße"_s);
        // The database really answers: its sections and its first article are read (a newsroom
        // may have removed every default section, so their names prove nothing).
        ArticleFilter first;
        first.limit = 1;
        const bool databaseOk = repository->sections().has_value() && repository->list(first).has_value();
        if (!databaseOk)
            std::fprintf(stderr, "newsdesk: %s\n", qPrintable(repository->lastError()));
        if (!painted) {
            QTimer::singleShot(20000, &paintWait, &QEventLoop::quit);
            paintWait.exec();
        }
        const bool windowOk = painted && !window.grab().isNull();
        std::fprintf(stderr, "newsdesk self-test: database %s, window %s, German spell checker %s\n",
                     databaseOk ? "ok" : "FAILED", windowOk ? "ok" : "FAILED", spellerOk ? "ok" : "FAILED");
        return databaseOk && spellerOk && windowOk ? 0 : 1;
    }
    return app.exec();
}
