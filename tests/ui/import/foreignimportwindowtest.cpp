#include "../window/windowundertest.h"
#include "testenvironment.h"
#include "actions/appactions.h"
#include "editor/articleform.h"
#include "import/importcontroller.h"
#include "import/importsummarydialog.h"
#include "spelling/spellhighlighter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = TestEnvironment::binaryDir() + u"/shots"_s;
    QDir().mkpath(dir);
    if (!widget->grab().toImage().save(dir + u'/' + name))
        qFatal("cannot write %s", qPrintable(name));
}

// The other system's export as it arrives: four JSON files and the photo beside them.
QStringList copyExport(const QString &dir)
{
    const QString from = TestEnvironment::dataDir() + u"/ninjs/fremdsystem/"_s;
    QStringList files;
    // Shuffled: the main item last, its related items before and after it in the list.
    for (const QString &name : {u"artikel-1003.json"_s, u"artikel-1002.json"_s, u"artikel-1004.json"_s, u"artikel-1001.json"_s}) {
        QFile::copy(from + name, dir + u'/' + name);
        files << dir + u'/' + name;
    }
    QFile::copy(TestEnvironment::dataDir() + u"/photos/uss-ronald-reagan-navy.jpg"_s, dir + u"/foto-1001.jpg"_s);
    return files;
}
} // namespace

class ForeignImportWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldUnderlineAndCountTheTyposOfAGermanItemInLanguageDe()
    {
        // GIVEN the German editor, and the export of another system dropped on it
        WindowUnderTest ui(AppSettings::UiLanguage::German);
        ui.window->resize(1366, 768);
        ui.window->show();
        ui.window->start();
        QVERIFY(QTest::qWaitForWindowExposed(ui.window.get()));
        ui.dialogs.filesAnswer = copyExport(ui.dir.path());
        ImportController *importer = ui.window->importer();
        QSignalSpy finished(importer, &ImportController::finished);

        // WHEN the journalist imports the four items through File → Import…
        ui.window->actions()->importFiles->trigger();
        QVERIFY(finished.wait(60'000));

        // THEN all four are drafts, and the one unknown related item is named in the summary
        const QList<ImportEntry> entries = importer->entries();
        QCOMPARE(entries.size(), 4);
        for (const ImportEntry &entry : entries)
            QVERIFY2(entry.imported, qPrintable(entry.file + u": "_s + entry.reason));
        ImportSummaryDialog *summary = importer->summaryDialog();
        QVERIFY(summary);
        QVERIFY2(summary->plainText().contains(u"urn:fremdsystem:artikel:9999"_s), qPrintable(summary->plainText()));
        QVERIFY2(!summary->plainText().contains(u"urn:fremdsystem:artikel:1002"_s), qPrintable(summary->plainText()));
        summary->resize(900, 520);
        QCoreApplication::processEvents();
        saveShot(summary, u"foreign-import-summary-de.png"_s);
        summary->close();

        // AND the main item is open, in German, its photo and all its related items with it
        QCOMPARE(ui.window->currentArticleId(), entries[3].articleId);
        const Article article = ui.window->form()->article();
        QCOMPARE(article.headline, u"Bundesregierung einigt sich auf Heizungsgesetz"_s);
        QCOMPARE(article.language, u"de-DE"_s);
        QVERIFY(!article.photo.isEmpty());
        QCOMPARE(article.related.size(), 4); // three items of the batch and the dossier link
        QCOMPARE(article.related.at(0).articleId, entries[1].articleId);
        QCOMPARE(article.related.at(1).articleId, entries[0].articleId);
        QCOMPARE(article.related.at(2).url.host(), u"www.example.de"_s);
        QCOMPARE(article.related.at(3).articleId, entries[2].articleId);
        QCOMPARE(ui.window->form()->languageCombo()->currentText(), u"Deutsch (Deutschland)"_s);
        // AND the embargo is a field of its own, not the publication time
        auto *embargo = ui.window->form()->findChild<QDateTimeEdit *>(u"embargoEdit"_s);
        QVERIFY(embargo && embargo->isEnabled());
        QCOMPARE(embargo->dateTime().toUTC(), QDateTime(QDate(2024, 10, 25), QTime(12, 0), QTimeZone::UTC));
        QCOMPARE(embargo->text(), u"25.10.2024 14:00"_s);
        QVERIFY(!ui.window->form()->findChild<QCheckBox *>(u"scheduledCheck"_s)->isChecked());
        const auto back = ui.repository->load(entries[1].articleId); // 1002 links back to 1001
        QVERIFY(back && back->related.size() == 1 && back->related.first().articleId == entries[3].articleId);

        // AND the German dictionary checks it: the typos are underlined and counted
        QTRY_COMPARE_WITH_TIMEOUT(ui.window->form()->misspelledCount(), 3, 20'000);
        QStringList words;
        for (ArticleField field : ui.window->form()->spellCheckedFields()) {
            if (const SpellHighlighter *highlighter = ui.window->form()->highlighter(field)) {
                for (const MisspelledWord &word : highlighter->misspelledWords())
                    words << word.word;
            }
        }
        words.sort();
        QCOMPARE(words, (QStringList{u"Bundesregirung"_s, u"Gesprch"_s, u"Ministerim"_s}));
        auto *label = ui.window->findChild<QLabel *>(u"spellingLabel"_s);
        QVERIFY(label);
        QTRY_VERIFY2(label->text().startsWith(u"3 "_s), qPrintable(label->text()));
        QCoreApplication::processEvents();
        saveShot(ui.window.get(), u"foreign-import-typos-de.png"_s);
    }

    void shouldSayPlainlyThatAnItalianArticleHasNoDictionary()
    {
        // GIVEN the editor and an article in Italian, which has no dictionary installed
        WindowUnderTest ui(AppSettings::UiLanguage::German);
        ui.window->resize(1366, 768);
        ui.window->show();
        ui.window->start();
        QVERIFY(QTest::qWaitForWindowExposed(ui.window.get()));
        Article italian;
        italian.headline = u"Il governo approva la legge"_s;
        italian.teaser = u"Un testo con un erorre."_s;
        italian.language = u"it"_s;
        const SaveResult saved = ui.repository->save(italian, 0);
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        // WHEN it is opened
        QVERIFY(ui.window->openArticle(saved.id));
        // THEN the status bar says so, never "0 misspelled words"
        auto *label = ui.window->findChild<QLabel *>(u"spellingLabel"_s);
        QTRY_COMPARE(label->text(), u"Kein Wörterbuch für Italienisch"_s);
        // AND the language combo marks it
        QVERIFY2(ui.window->form()->languageCombo()->currentText().contains(u"kein Wörterbuch"_s),
                 qPrintable(ui.window->form()->languageCombo()->currentText()));
        QCoreApplication::processEvents();
        saveShot(ui.window.get(), u"no-dictionary-italian-de.png"_s);
        // WHEN the journalist switches back to a German article THEN counting resumes
        Article german;
        german.headline = u"Ein Tekst"_s;
        const SaveResult second = ui.repository->save(german, 0);
        QVERIFY(ui.window->openArticle(second.id));
        QTRY_VERIFY2(label->text().startsWith(u"1 "_s), qPrintable(label->text()));
    }
};

QTEST_MAIN(ForeignImportWindowTest)
#include "foreignimportwindowtest.moc"
