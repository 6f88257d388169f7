#include "spelling/dictionarydialog.h"
#include "spelling/spellchecker.h"

#include "memorynewsroomwordstore.h"
#include "testenvironment.h"

#include "../support/dialogstub.h"

#include <QFile>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class DictionaryDialogTest : public QObject
{
    Q_OBJECT

private:
    MemoryNewsroomWordStore m_store;
    DialogStub m_files;

private Q_SLOTS:
    void init()
    {
        m_store = MemoryNewsroomWordStore();
        m_store.m_words = {u"Selenskyj"_s};
        m_files = DialogStub();
    }

    void shouldListAddAndRemoveWords()
    {
        // GIVEN the dialog over a newsroom dictionary with one word
        SpellChecker checker(u"de_DE"_s, TestEnvironment::home() + u"/p.txt"_s);
        QVERIFY(checker.setNewsroomStore(&m_store));
        DictionaryDialog dialog(checker, m_files);
        QCOMPARE(dialog.words(), QStringList{u"Selenskyj"_s});
        QSignalSpy changed(&checker, &SpellChecker::dictionaryChanged);
        // WHEN a word is added
        QVERIFY(dialog.addWord(u"  Tichanowskaja "_s));
        // THEN it is listed, stored, accepted, and the fields were told
        QCOMPARE(dialog.words(), (QStringList{u"Selenskyj"_s, u"Tichanowskaja"_s}));
        QCOMPARE(m_store.m_words, (QStringList{u"Selenskyj"_s, u"Tichanowskaja"_s}));
        QVERIFY(!checker.isMisspelled(u"Tichanowskaja"_s));
        QCOMPARE(changed.count(), 1);
        // WHEN the first word is selected and removed
        auto *list = dialog.findChild<QListWidget *>(u"wordList"_s);
        QVERIFY(list);
        list->item(0)->setSelected(true);
        QVERIFY(dialog.removeSelected());
        // THEN it is gone everywhere and flagged again
        QCOMPARE(dialog.words(), QStringList{u"Tichanowskaja"_s});
        QCOMPARE(m_store.m_words, QStringList{u"Tichanowskaja"_s});
        QVERIFY(checker.isMisspelled(u"Selenskyj"_s));
    }

    void shouldRejectBadWordsWithMessage_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("storeFails");
        QTest::addColumn<QString>("message");
        QTest::newRow("robustness: two words") << u"Olaf Scholz"_s << false << u"one word"_s;
        QTest::newRow("robustness: database fails") << u"Tichanowskaja"_s << true << u"Datenbank gesperrt"_s;
    }

    void shouldRejectBadWordsWithMessage()
    {
        // GIVEN the dialog
        QFETCH(QString, word);
        QFETCH(bool, storeFails);
        QFETCH(QString, message);
        m_store.m_fail = storeFails;
        SpellChecker checker(u"de_DE"_s, TestEnvironment::home() + u"/p.txt"_s);
        QVERIFY(checker.setNewsroomStore(&m_store));
        DictionaryDialog dialog(checker, m_files);
        // WHEN the word is added
        // THEN it is refused with a visible message, and nothing changed
        QVERIFY(!dialog.addWord(word));
        QVERIFY2(dialog.errorText().contains(message), qPrintable(dialog.errorText()));
        QCOMPARE(dialog.words(), QStringList{u"Selenskyj"_s});
    }

    void shouldImportWordList()
    {
        // GIVEN a UTF-8 file with a BOM, blank lines, spaces, a duplicate and umlauts
        const QString path = TestEnvironment::home() + u"/import.txt"_s;
        QVERIFY(writeFile(path, "\xEF\xBB\xBFTichanowskaja\r\n\n  Selenskyj \nSch\xC3\xB6nefeld-Nord\nTichanowskaja\n"));
        m_files.fileAnswer = path;
        SpellChecker checker(u"de_DE"_s, TestEnvironment::home() + u"/p.txt"_s);
        QVERIFY(checker.setNewsroomStore(&m_store));
        DictionaryDialog dialog(checker, m_files);
        // WHEN it is imported
        const int added = dialog.importFile();
        // THEN the new words are added once each
        QCOMPARE(added, 2);
        QCOMPARE(m_store.m_words, (QStringList{u"Selenskyj"_s, u"Tichanowskaja"_s, u"Schönefeld-Nord"_s}));
        QCOMPARE(m_files.questions, QStringList{u"Import Word List"_s});
    }

    void shouldReportUnreadableImport()
    {
        // GIVEN a file name that does not exist
        m_files.fileAnswer = TestEnvironment::home() + u"/fehlt.txt"_s;
        SpellChecker checker(u"de_DE"_s, TestEnvironment::home() + u"/p.txt"_s);
        DictionaryDialog dialog(checker, m_files);
        // WHEN imported
        // THEN an error names the file
        QCOMPARE(dialog.importFile(), -1);
        QVERIFY2(dialog.errorText().contains(u"fehlt.txt"_s), qPrintable(dialog.errorText()));
    }

    void shouldDoNothingWhenFileDialogCancelled()
    {
        SpellChecker checker(u"de_DE"_s, TestEnvironment::home() + u"/p.txt"_s);
        DictionaryDialog dialog(checker, m_files);
        QCOMPARE(dialog.importFile(), 0);
        QVERIFY(!dialog.exportFile());
        QCOMPARE(dialog.errorText(), QString());
    }

    void shouldExportWordListAsUtf8()
    {
        // GIVEN a dictionary with umlauts
        m_store.m_words = {u"Selenskyj"_s, u"Özdemir"_s, u"Ärzteschaft-Chef"_s};
        m_files.saveFileAnswer = TestEnvironment::home() + u"/export.txt"_s;
        SpellChecker checker(u"de_DE"_s, TestEnvironment::home() + u"/p.txt"_s);
        QVERIFY(checker.setNewsroomStore(&m_store));
        DictionaryDialog dialog(checker, m_files);
        // WHEN exported
        QVERIFY2(dialog.exportFile(), qPrintable(dialog.errorText()));
        // THEN the file has one word per line, UTF-8, and reads back the same
        const QByteArray data = readFile(m_files.saveFileAnswer);
        QCOMPARE(DictionaryDialog::parseWordList(data).size(), 3);
        QVERIFY2(data.contains("\xC3\x96zdemir\n"), data.constData());
        QVERIFY(data.endsWith('\n'));
    }

    void shouldReportFailedExport()
    {
        // GIVEN a target in a folder that does not exist
        m_files.saveFileAnswer = TestEnvironment::home() + u"/gibt-es-nicht/export.txt"_s;
        SpellChecker checker(u"de_DE"_s, TestEnvironment::home() + u"/p.txt"_s);
        QVERIFY(checker.setNewsroomStore(&m_store));
        DictionaryDialog dialog(checker, m_files);
        // WHEN exported
        // THEN it fails with a message naming the file
        QVERIFY(!dialog.exportFile());
        QVERIFY2(dialog.errorText().contains(u"export.txt"_s), qPrintable(dialog.errorText()));
    }
};

QTEST_MAIN(DictionaryDialogTest)
#include "dictionarydialogtest.moc"
