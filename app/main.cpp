#include "dialogs/widgetdialogs.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStandardPaths>
#include <QTimer>

#include <Sonnet/Speller>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
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
} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"newsdesk"_s);
    QApplication::setOrganizationName(u"newsdesk"_s);
    QApplication::setApplicationVersion(QStringLiteral(NEWSDESK_VERSION));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption selfTest(u"self-test"_s, u"Start, check database, window and spell checker, then quit."_s);
    const QCommandLineOption database(u"database"_s, u"The database file to open."_s, u"path"_s);
    const QCommandLineOption screenshot(u"screenshot"_s,
                                        u"Open as usual, save a PNG of the window after the first paint, quit."_s,
                                        u"file"_s);
    const QCommandLineOption size(u"size"_s, u"Window size for --screenshot, e.g. 1366x768."_s, u"WxH"_s);
    const QCommandLineOption firstPaint(u"quit-after-first-paint"_s,
                                        u"Print the milliseconds from start to the first paint, then quit."_s);
    const QCommandLineOption printRecovery(u"print-recovery"_s,
                                           u"Print what the journal would offer after a crash, then quit."_s);
    parser.addOptions({selfTest, database, screenshot, size, firstPaint, printRecovery});
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
    ArticleRepository *repository = nullptr;

    WidgetDialogs dialogs;
    MainWindow window(repository, &dialogs);
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
                std::printf("first paint after %lld ms\n", static_cast<long long>(sinceStart.elapsed()));
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
    window.show();
    window.start();

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
