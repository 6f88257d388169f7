#include "spelling/spellcheckdialog.h"
#include "spelling/spellchecker.h"

#include "memorynewsroomwordstore.h"
#include "testenvironment.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;

class SpellCheckDialogTest : public QObject
{
    Q_OBJECT

private:
    QString personalFile() const { return TestEnvironment::home() + u"/personal.txt"_s; }

private Q_SLOTS:
    void init()
    {
        QFile::remove(personalFile());
    }

    void shouldWalkFieldsInReadingOrder()
    {
        // GIVEN headline, teaser and body with typos, the teaser clean
        QTextDocument headline, teaser, body;
        headline.setPlainText(u"Bundeskanzlerrin besucht Köln"_s);
        teaser.setPlainText(u"Ein kurzer Besuch."_s);
        body.setPlainText(u"Erster Absatz.\nEin Rechtschreibfeler und die Bundeskanzlerrin."_s);
        SpellChecker checker(u"de_DE"_s, personalFile());
        SpellCheckDialog dialog(checker);
        QSignalSpy done(&dialog, &SpellCheckDialog::checkFinished);
        // WHEN the check starts
        dialog.start({{u"Headline"_s, &headline}, {u"Teaser"_s, &teaser}, {u"Body"_s, &body}});
        // THEN the first word is the headline's, with context and suggestions
        QCOMPARE(dialog.currentFieldLabel(), u"Headline"_s);
        QCOMPARE(dialog.currentWord(), u"Bundeskanzlerrin"_s);
        QVERIFY2(dialog.context().contains(u"<b><u>Bundeskanzlerrin</u></b> besucht Köln"_s), qPrintable(dialog.context()));
        QVERIFY2(dialog.suggestions().contains(u"Bundeskanzlerin"_s), qPrintable(dialog.suggestions().join(u',')));
        // WHEN ignored once
        dialog.ignoreOnce();
        // THEN the teaser is skipped and the body's first typo comes next
        QCOMPARE(dialog.currentFieldLabel(), u"Body"_s);
        QCOMPARE(dialog.currentWord(), u"Rechtschreibfeler"_s);
        QCOMPARE(dialog.currentPosition(), 19);
        // WHEN replaced with a typed correction
        dialog.setReplacement(u"Rechtschreibfehler"_s);
        dialog.replace();
        // THEN the body has it, and the next word follows
        QCOMPARE(body.toPlainText(), u"Erster Absatz.\nEin Rechtschreibfehler und die Bundeskanzlerrin."_s);
        QCOMPARE(dialog.currentWord(), u"Bundeskanzlerrin"_s);
        dialog.ignoreOnce();
        // THEN the check is finished with a summary
        QVERIFY(dialog.isFinished());
        QCOMPARE(done.count(), 1);
        QVERIFY2(dialog.summary().contains(u"3 word(s) found"_s) && dialog.summary().contains(u"1 replaced"_s),
                 qPrintable(dialog.summary()));
        // AND the replacement is one undo step in the body
        body.undo();
        QVERIFY(body.toPlainText().contains(u"Rechtschreibfeler"_s));
    }

    void shouldReplaceAllOccurrencesInAllFields()
    {
        // GIVEN the same typo in two fields
        QTextDocument headline, body;
        headline.setPlainText(u"Die Bundeskanzlerrin reist"_s);
        body.setPlainText(u"Die Bundeskanzlerrin sagte, die Bundeskanzlerrin-Reise sei gut."_s);
        SpellChecker checker(u"de_DE"_s, personalFile());
        SpellCheckDialog dialog(checker);
        dialog.start({{u"Headline"_s, &headline}, {u"Body"_s, &body}});
        QCOMPARE(dialog.currentWord(), u"Bundeskanzlerrin"_s);
        // WHEN "Replace all" with the first suggestion
        dialog.setReplacement(u"Bundeskanzlerin"_s);
        dialog.replaceAll();
        // THEN every whole-word occurrence is replaced, the compound is then judged on its own
        QCOMPARE(headline.toPlainText(), u"Die Bundeskanzlerin reist"_s);
        QCOMPARE(body.toPlainText(), u"Die Bundeskanzlerin sagte, die Bundeskanzlerrin-Reise sei gut."_s);
        QCOMPARE(dialog.currentWord(), u"Bundeskanzlerrin-Reise"_s);
    }

    void shouldIgnoreAndAddForWholeSession()
    {
        // GIVEN two names, each twice
        QTextDocument body;
        body.setPlainText(u"Selenskyj und Tichanowskaja. Dann Selenskyj und Tichanowskaja."_s);
        MemoryNewsroomWordStore store;
        SpellChecker checker(u"de_DE"_s, personalFile());
        QVERIFY(checker.setNewsroomStore(&store));
        SpellCheckDialog dialog(checker);
        dialog.start({{u"Body"_s, &body}});
        // WHEN the first is added to the newsroom dictionary and the second ignored for all
        QCOMPARE(dialog.currentWord(), u"Selenskyj"_s);
        dialog.addToNewsroomDictionary();
        QCOMPARE(dialog.currentWord(), u"Tichanowskaja"_s);
        dialog.ignoreAll();
        // THEN neither comes again, the store has the one, and the check ends
        QVERIFY(dialog.isFinished());
        QCOMPARE(store.m_words, QStringList{u"Selenskyj"_s});
        QVERIFY(checker.isIgnored(u"Tichanowskaja"_s));
    }

    void shouldAddToPersonalDictionary()
    {
        // GIVEN a word unknown to hunspell
        QTextDocument body;
        body.setPlainText(u"Das Wummswort."_s);
        SpellChecker checker(u"de_DE"_s, personalFile());
        SpellCheckDialog dialog(checker);
        dialog.start({{u"Body"_s, &body}});
        // WHEN added to my dictionary
        dialog.addToPersonalDictionary();
        // THEN our file has it and the check is done
        QVERIFY(dialog.isFinished());
        QCOMPARE(checker.personalWords(), QStringList{u"Wummswort"_s});
        QVERIFY(QFile::exists(personalFile()));
    }

    void shouldSayWhenNothingIsWrong()
    {
        // GIVEN clean fields and a field whose document is gone
        QTextDocument headline;
        headline.setPlainText(u"Übergangsfinanzierung für die Straßenbahnhaltestelle"_s);
        auto *gone = new QTextDocument;
        QList<SpellCheckField> fields{{u"Headline"_s, &headline}, {u"Caption"_s, gone}};
        delete gone;
        SpellChecker checker(u"de_DE"_s, personalFile());
        SpellCheckDialog dialog(checker);
        // WHEN checked
        dialog.start(fields);
        // THEN it finishes at once with a clear summary; buttons are harmless
        QVERIFY(dialog.isFinished());
        QCOMPARE(dialog.summary(), u"No spelling mistakes found."_s);
        dialog.replace();
        dialog.ignoreAll();
        QCOMPARE(dialog.currentWord(), QString());
    }
};

QTEST_MAIN(SpellCheckDialogTest)
#include "spellcheckdialogtest.moc"
