#include "articlerepository.h"
#include "cli.h"
#include "settings/newsroomsettings.h"
#include "storage/repositoryfactory.h"
#include "testenvironment.h"
#include "text/articlelength.h"
#include "text/hyphenator.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
};
} // namespace

class ArticleCommandsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_first = 0;
    qint64 m_second = 0;

    Run cli(const QStringList &arguments)
    {
        Run run;
        QTextStream out(&run.out);
        QTextStream err(&run.err);
        run.code = Cli::run(QStringList{u"newsdesk-cli"_s, u"--database"_s, m_path} + arguments, out, err);
        out.flush();
        err.flush();
        return run;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // GIVEN a database with two articles and one in the trash, saved at 25.10.2024 10:15 Berlin time
        m_path = m_dir.filePath(u"redaktion.sqlite"_s);
        SqlArticleRepository::Options options;
        options.clock = [] { return QDateTime(QDate(2024, 10, 25), QTime(8, 15), QTimeZone::UTC); };
        RepositoryOpening opening = RepositoryFactory::open(m_path, options);
        QVERIFY2(opening.repository, qPrintable(opening.error));
        Article first;
        first.section = u"Wirtschaft"_s;
        first.kicker = u"Haushalt"_s;
        first.headline = u"Übergangsfinanzierung für Straßenbahnen"_s;
        first.teaser = u"Der Stadtrat beschließt größere Zuschüsse."_s;
        QString body;
        for (int i = 0; i < 52; ++i)
            body += u"<p>Die Kämmerin erklärt die Übergangsfinanzierung ausführlich, Satz für Satz.</p>"_s; // 9 words
        first.bodyHtml = body;
        first.authors = {u"Jörg Müller"_s};
        first.published = QDateTime(QDate(2024, 10, 25), QTime(8, 15), QTimeZone::UTC);
        first.status = ArticleStatus::Published;
        first.tags = {u"Nahverkehr"_s};
        m_first = opening.repository->save(first, 0).id;
        Article second;
        second.section = u"Politik"_s;
        second.headline = u"Nordkoreanische Soldaten in Kursk"_s;
        m_second = opening.repository->save(second, 0).id;
        Article trashed;
        trashed.headline = u"Gelöschter Entwurf"_s;
        const qint64 trashedId = opening.repository->save(trashed, 0).id;
        QVERIFY(m_first > 0 && m_second > 0 && opening.repository->moveToTrash(trashedId));
    }

    void shouldListWithFilters_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("nominal: all live articles") << QStringList{} << QStringList{u"Übergangsfinanzierung"_s, u"Kursk"_s}
                                                    << QStringList{u"Gelöschter"_s};
        QTest::newRow("nominal: by section") << QStringList{u"--section"_s, u"Politik"_s} << QStringList{u"Kursk"_s}
                                             << QStringList{u"Übergangsfinanzierung"_s};
        QTest::newRow("nominal: by German status") << QStringList{u"--status=veröffentlicht"_s}
                                                   << QStringList{u"Übergangsfinanzierung"_s} << QStringList{u"Kursk"_s};
        QTest::newRow("nominal: search a compound part") << QStringList{u"--search"_s, u"nordkorea"_s}
                                                         << QStringList{u"Kursk"_s} << QStringList{u"Übergangsfinanzierung"_s};
        QTest::newRow("nominal: trash") << QStringList{u"--trash"_s} << QStringList{u"Gelöschter"_s} << QStringList{u"Kursk"_s};
        QTest::newRow("nominal: German date") << QStringList{} << QStringList{u"25.10.2024 10:15"_s} << QStringList{};
    }

    void shouldListWithFilters()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, absent);
        // WHEN listing
        const Run run = cli(QStringList{u"list"_s} + arguments);
        // THEN the matching headlines are printed and the others not
        QVERIFY2(run.code == 0, qPrintable(run.err));
        for (const QString &text : expected)
            QVERIFY2(run.out.contains(text), qPrintable(run.out));
        for (const QString &text : absent)
            QVERIFY2(!run.out.contains(text), qPrintable(run.out));
    }

    void shouldListAsJson()
    {
        const Run run = cli({u"list"_s, u"--json"_s, u"--section=Wirtschaft"_s});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        QVERIFY2(document.isArray(), qPrintable(error.errorString() + run.out));
        QCOMPARE(document.array().size(), 1);
        const QJsonObject object = document.array().first().toObject();
        QCOMPARE(object.value(u"id"_s).toInteger(), m_first);
        QCOMPARE(object.value(u"headline"_s).toString(), u"Übergangsfinanzierung für Straßenbahnen"_s);
        QCOMPARE(object.value(u"status"_s).toString(), u"published"_s);
        QCOMPARE(object.value(u"modified"_s).toString(), u"2024-10-25T08:15:00Z"_s);
        QCOMPARE(object.value(u"readingMinutes"_s).toInt(), 2);
    }

    void shouldShowEveryField()
    {
        const Run run = cli({u"show"_s, QString::number(m_first)});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        for (const QString &text : {u"Übergangsfinanzierung für Straßenbahnen"_s, u"Haushalt"_s, u"Wirtschaft"_s,
                                    u"Jörg Müller"_s, u"Nahverkehr"_s, u"25.10.2024 10:15"_s, u"de-DE"_s,
                                    u"Die Kämmerin erklärt"_s, u"Der Stadtrat beschließt größere Zuschüsse."_s})
            QVERIFY2(run.out.contains(text), qPrintable(text + u" missing in:\n"_s + run.out));
        QVERIFY2(!run.out.contains(u"<p>"_s), qPrintable(run.out));
    }

    void shouldPrintStats()
    {
        // GIVEN 5 teaser words and 52 × 9 body words = 473 words: 2.06 min at 230 wpm
        const Run run = cli({u"stats"_s, QString::number(m_first)});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"473"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u": 2 min"_s), qPrintable(run.out));
        const qsizetype characters = u"Der Stadtrat beschließt größere Zuschüsse."_s.size()
            + 52 * u"Die Kämmerin erklärt die Übergangsfinanzierung ausführlich, Satz für Satz."_s.size();
        QVERIFY2(run.out.contains(QString::number(characters)), qPrintable(run.out));
        const Run empty = cli({u"stats"_s, QString::number(m_second)});
        QVERIFY2(empty.out.contains(u": 0 min"_s), qPrintable(empty.out)); // no words, no time (issue #12)
    }

    void shouldCountZeilenAtTheNewsroomsColumnWidth()
    {
        // GIVEN a newsroom database whose column is 28 characters wide, and a personal width of
        // 60 that an earlier build kept in the preferences file
        QTemporaryDir dir;
        const QString path = dir.filePath(u"zeilen.sqlite"_s);
        RepositoryOpening opening = RepositoryFactory::open(path);
        QVERIFY2(opening.repository, qPrintable(opening.error));
        NewsroomSettings newsroom;
        newsroom.lineColumns = 28;
        QVERIFY2(opening.repository->setNewsroomSettings(newsroom.toMap()), qPrintable(opening.repository->lastError()));
        QSettings().setValue(u"copydesk/lineColumns"_s, 60);
        // AND an article in German with umlauts and ß
        Article article;
        article.headline = u"Straßenbahn"_s;
        article.teaser = u"Der Stadtrat beschließt größere Zuschüsse für die Übergangsfinanzierung."_s;
        article.bodyHtml = u"<p>Die Kämmerin erklärt, warum die Straßenbahngesellschaft ab März weniger Fahrgäste "
                           u"erwartet und die Zuschüsse nicht reichen.</p><p>Grüße aus Köln.</p>"_s;
        const SaveResult saved = opening.repository->save(article, 0);
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        opening.repository.reset();

        // WHEN the copy desk asks for its numbers
        Run run;
        {
            QTextStream out(&run.out);
            QTextStream err(&run.err);
            run.code = Cli::run({u"newsdesk-cli"_s, u"--database"_s, path, u"stats"_s, QString::number(saved.id)}, out, err);
        }
        QSettings().remove(u"copydesk/lineColumns"_s);

        // THEN it counts Zeilen at the newsroom's 28 characters, hyphenated the German way
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const Hyphenator hyphenator(Hyphenator::patternFileFor(u"de-DE"_s));
        QVERIFY2(hyphenator.isValid(), qPrintable(hyphenator.errorString()));
        const auto zeilen = [&](int columns) {
            const LineCounter lines(columns, &hyphenator);
            return ArticleLength::measure(article, &lines).total().lines;
        };
        const auto match = QRegularExpression(u"Lines at (\\d+) characters: (\\d+)\n"_s).match(run.out);
        QVERIFY2(match.hasMatch(), qPrintable(run.out));
        QCOMPARE(match.captured(1), u"28"_s);
        QCOMPARE(match.captured(2).toInt(), zeilen(28));
        // AND the width matters: at the default 34 or the personal 60 the count would differ
        QVERIFY2(zeilen(28) > zeilen(34) && zeilen(34) > zeilen(60),
                 qPrintable(u"%1 / %2 / %3"_s.arg(zeilen(28)).arg(zeilen(34)).arg(zeilen(60))));
    }

    void shouldFailClearly_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("robustness: show without id") << QStringList{u"show"_s} << 2 << u"Usage"_s;
        QTest::newRow("robustness: show with a word as id") << QStringList{u"show"_s, u"drei"_s} << 2 << u"Usage"_s;
        QTest::newRow("robustness: stats of missing article") << QStringList{u"stats"_s, u"4711"_s} << 3 << u"4711"_s;
        QTest::newRow("robustness: show missing article") << QStringList{u"show"_s, u"4711"_s} << 3 << u"4711"_s;
        QTest::newRow("robustness: unknown status") << QStringList{u"list"_s, u"--status"_s, u"gedruckt"_s} << 2 << u"gedruckt"_s;
        QTest::newRow("robustness: unknown status names the known ones")
            << QStringList{u"list"_s, u"--status"_s, u"gedruckt"_s} << 2 << u"draft, editing, approved, published"_s;
        QTest::newRow("robustness: unknown list option") << QStringList{u"list"_s, u"--farbe"_s} << 2 << u"'farbe'"_s;
        QTest::newRow("robustness: option without value") << QStringList{u"list"_s, u"--section"_s} << 2 << u"'section'"_s;
    }

    void shouldFailClearly()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, messagePart);
        const Run run = cli(arguments);
        QVERIFY2(run.code == code, qPrintable(u"%1: %2"_s.arg(run.code).arg(run.err)));
        QVERIFY2(run.err.contains(messagePart), qPrintable(run.err));
    }

    void shouldReportUnreadableDatabase()
    {
        // GIVEN a text file posing as database, and a path where none exists
        const QString fake = m_dir.filePath(u"kaputt.sqlite"_s);
        QFile file(fake);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write("Kein SQLite, nur Text über Käse.") > 0);
        file.close();
        const QByteArray before = QCryptographicHash::hash("Kein SQLite, nur Text über Käse.", QCryptographicHash::Sha256);
        for (const QString &path : {fake, m_dir.filePath(u"fehlt.sqlite"_s)}) {
            QString outText;
            QString errText;
            QTextStream out(&outText);
            QTextStream err(&errText);
            // WHEN listing THEN exit code 4 and the path in the message; nothing is created
            QCOMPARE(Cli::run({u"newsdesk-cli"_s, u"--database"_s, path, u"list"_s}, out, err), 4);
            err.flush();
            QVERIFY2(errText.contains(path), qPrintable(errText));
        }
        QVERIFY(!QFile::exists(m_dir.filePath(u"fehlt.sqlite"_s)));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256), before);
    }

    void shouldRunRealBinary()
    {
        // GIVEN the installed-style binary WHEN it lists as JSON THEN it prints the same articles
        QProcess process;
        process.start(TestEnvironment::binary(u"newsdesk-cli"_s), {u"--database"_s, m_path, u"list"_s, u"--json"_s});
        QVERIFY2(process.waitForFinished(30000), qPrintable(process.errorString()));
        QCOMPARE(process.exitCode(), 0);
        const QJsonDocument document = QJsonDocument::fromJson(process.readAllStandardOutput());
        QVERIFY2(document.isArray(), process.readAllStandardError().constData());
        QCOMPARE(document.array().size(), 2);
        QProcess missing;
        missing.start(TestEnvironment::binary(u"newsdesk-cli"_s), {u"--database"_s, m_path, u"show"_s, u"4711"_s});
        QVERIFY(missing.waitForFinished(30000));
        QCOMPARE(missing.exitCode(), 3);
    }
};

QTEST_GUILESS_MAIN(ArticleCommandsTest)
#include "articlecommandstest.moc"
