#include "articlerepository.h"
#include "storage/repositoryfactory.h"

#include "testenvironment.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
};

// The installed-style binary with a German desktop's environment.
Run runBinary(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LANG"_s, u"de_DE.UTF-8"_s);
    environment.insert(u"LANGUAGE"_s, u"de"_s);
    environment.remove(u"QT_LOGGING_RULES"_s); // every warning a journalist would see
    process.setProcessEnvironment(environment);
    process.start(TestEnvironment::binary(u"newsdesk-cli"_s), arguments);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.code = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}
} // namespace

// newsdesk-cli as the first-hour journalist ran it (issue #12): check without Qt's noise and
// with the editor's German field names; export that says what it would publish.
class CliBinaryTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_database;
    qint64 m_draft = 0;

private Q_SLOTS:
    void initTestCase()
    {
        // GIVEN a draft with a typo in the headline and a body with formatting
        m_database = m_dir.filePath(u"news.sqlite"_s);
        RepositoryOpening opening = RepositoryFactory::open(m_database);
        QVERIFY2(opening.repository, qPrintable(opening.error));
        Article draft;
        draft.headline = u"Stadtrat unter Druk"_s;
        draft.teaser = u"Der Haushalt wackelt."_s;
        draft.bodyHtml = u"<h2>Zwischentitel</h2><p>Der <strong>Ältestenrat</strong> tagt im Plenarsaal.</p>"
                         "<blockquote><p>Wir sparen.</p></blockquote>"_s;
        const SaveResult saved = opening.repository->save(draft, 0);
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        m_draft = saved.id;
    }

    void shouldCheckWithoutNoiseAndWithGermanFieldNames()
    {
        // WHEN the draft is checked
        const Run run = runBinary({u"--database"_s, m_database, u"check"_s, QString::number(m_draft)});
        // THEN the typo is named at the editor's German field name, and nothing else is printed
        QCOMPARE(run.code, 1);
        QVERIFY2(run.out.startsWith(u"Überschrift:1:"_s), qPrintable(run.out + run.err));
        QVERIFY2(!run.out.contains(u"headline"_s), qPrintable(run.out));
        QVERIFY2(!run.err.contains(u"QFont"_s), qPrintable(run.err));
        for (const QString &command : {u"stats"_s, u"show"_s}) {
            const Run other = runBinary({u"--database"_s, m_database, command, QString::number(m_draft)});
            QVERIFY2(!other.err.contains(u"QFont"_s), qPrintable(command + u": "_s + other.err));
        }
    }

    void shouldRefuseThePlaceholderAddressWithoutForce()
    {
        QTemporaryDir out;
        // WHEN the draft is exported with the preferences' example address
        const QStringList arguments = {u"--database"_s, m_database, u"export"_s, u"--out"_s, out.path(),
                                       u"--base-url"_s, u"https://www.example.de/artikel/"_s,
                                       QString::number(m_draft)};
        const Run refused = runBinary(arguments);
        // THEN nothing is written, and the message says why and how
        QVERIFY2(refused.code == 2, qPrintable(refused.err));
        QVERIFY2(refused.err.contains(u"--force"_s), qPrintable(refused.err));
        QVERIFY(QDir(out.path()).entryList(QDir::Files).isEmpty());
        // WHEN forced THEN it is exported, with a word about the draft
        const Run forced = runBinary(QStringList{arguments} << u"--force"_s);
        QVERIFY2(forced.code == 0, qPrintable(forced.err));
        QVERIFY2(forced.err.contains(u"Entwurf"_s), qPrintable(forced.err));
        QCOMPARE(QDir(out.path()).entryList({u"*.html"_s}, QDir::Files).size(), 1);
    }
};

QTEST_GUILESS_MAIN(CliBinaryTest)
#include "clibinarytest.moc"
