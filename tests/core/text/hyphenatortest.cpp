#include "text/hyphenator.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// libhyphen with Debian's hyphen-de patterns through our wrapper. The patterns must be
// installed (package hyphen-de): a missing file fails here, it never skips.
class HyphenatorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_file = Hyphenator::patternFileFor(u"de-DE"_s, &error);
        QVERIFY2(!m_file.isEmpty(), qPrintable(error));
        m_hyphenator = std::make_unique<Hyphenator>(m_file);
        QVERIFY2(m_hyphenator->isValid(), qPrintable(m_hyphenator->errorString()));
    }

    void shouldFindTheGermanPatternsForEveryGermanVariant_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::newRow("nominal: de-DE") << u"de-DE"_s;
        QTest::newRow("nominal: de-AT") << u"de-AT"_s;
        QTest::newRow("nominal: de_CH") << u"de_CH"_s;
        QTest::newRow("nominal: plain de") << u"de"_s;
    }

    void shouldFindTheGermanPatternsForEveryGermanVariant()
    {
        QFETCH(QString, tag);
        QString error;
        const QString file = Hyphenator::patternFileFor(tag, &error);
        QVERIFY2(QFileInfo(file).canonicalFilePath() == QFileInfo(m_file).canonicalFilePath(),
                 qPrintable(file + u" / "_s + error));
    }

    void shouldSayClearlyWhenPatternsAreMissing()
    {
        // GIVEN a language without patterns and a file that does not exist
        QString error;
        // THEN both say so, naming what was looked for
        QVERIFY(Hyphenator::patternFileFor(u"xx-YY"_s, &error).isEmpty());
        QVERIFY2(error.contains(u"hyph_xx_YY.dic"_s) && error.contains(u"/usr/share/hyphen"_s), qPrintable(error));
        const Hyphenator missing(u"/nonexistent/hyph_de_DE.dic"_s);
        QVERIFY(!missing.isValid());
        QVERIFY2(missing.errorString().contains(u"/nonexistent/hyph_de_DE.dic"_s), qPrintable(missing.errorString()));
        QVERIFY(missing.hyphenationPoints(u"Übergangsfinanzierung").isEmpty());
    }

    void shouldBreakGermanWordsAtSyllables_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("hyphenated");
        // Issue 17's example: never "Üb-ergang".
        QTest::newRow("nominal: Übergangsfinanzierung") << u"Übergangsfinanzierung"_s << u"Über-gangs-fi-nan-zie-rung"_s;
        QTest::newRow("nominal: capital umlaut at the start, lower case patterns")
            << u"ÜBERGANG"_s << u"ÜBER-GANG"_s;
        QTest::newRow("nominal: decomposed Ü keeps its offsets")
            << u"U\u0308bergang"_s << u"U\u0308ber-gang"_s;
        QTest::newRow("nominal: ß") << u"Straßenbahn"_s << u"Stra-ßen-bahn"_s;
        QTest::newRow("robustness: two letters at either end at least") << u"Abend"_s << u"Abend"_s;
        QTest::newRow("robustness: short word") << u"und"_s << u"und"_s;
        QTest::newRow("robustness: a digit makes it no word") << u"A380"_s << u"A380"_s;
        QTest::newRow("robustness: other script") << u"Київ"_s << u"Київ"_s;
    }

    void shouldBreakGermanWordsAtSyllables()
    {
        QFETCH(QString, word);
        QFETCH(QString, hyphenated);
        QCOMPARE(m_hyphenator->hyphenated(word), hyphenated);
    }

    // hyphen-de ships no test list; its own examples are the whole words written into the
    // pattern file (".me1di1en.": exceptions and foreign words, each with every break an odd
    // digit). Each must come out of our wrapper as the file spells it.
    void shouldHyphenateThePatternFilesOwnWords()
    {
        QFile file(m_file);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        const QByteArray bytes = file.readAll();
        const QString text = QString::fromLatin1(bytes); // the file says ISO8859-1 on line 1
        QVERIFY(text.startsWith(u"ISO8859-1"_s));
        static const QRegularExpression wholeWord(u"^\\.(\\d?[^\\s.]+\\d?)\\.$"_s, QRegularExpression::MultilineOption);
        int checked = 0;
        QStringList wrong;
        for (auto it = wholeWord.globalMatch(text); it.hasNext();) {
            const QString pattern = it.next().captured(1);
            if (pattern.contains(u'/')) // non-standard (letter-changing) patterns are not used
                continue;
            QString word;
            QString expected;
            for (const QChar c : pattern) {
                if (c.isDigit()) {
                    // Odd: a break. Within two letters of either end we never break (German
                    // minimum, as the file's LEFTHYPHENMIN says for compounds).
                    if (c.digitValue() % 2 == 1 && word.size() >= 2)
                        expected += u'-';
                    continue;
                }
                word += c;
                expected += c;
            }
            // Undo a break closer than two letters to the end.
            static const QRegularExpression lateBreak(u"-(\\w)$"_s);
            expected.replace(lateBreak, u"\\1"_s);
            ++checked;
            const QString actual = m_hyphenator->hyphenated(word);
            if (actual != expected)
                wrong.append(word);
            // Capitalised, as at the start of a sentence or as a noun: the same breaks.
            const QString capital = word.left(1).toUpper() + word.mid(1);
            QCOMPARE(m_hyphenator->hyphenated(capital).toLower(), actual);
        }
        QVERIFY2(checked == 568, qPrintable(QString::number(checked)));
        // Where the file contradicts itself, a stronger pattern elsewhere in it wins, as in TeX:
        // ".ku1ri" breaks "ku-rier" although ".kuri6er." alone would not, ".ge1ne1ri" and
        // "ri1er" give "ge-ne-ri-er". These 19 of 568 are libhyphen's answer, not our wrapper's.
        const QStringList conflicts{
            u"generier"_s, u"kurier"_s, u"sophien"_s, u"adagios"_s, u"ambiance"_s, u"anette"_s, u"baseball"_s,
            u"danielle"_s, u"danielles"_s, u"entente"_s, u"exposure"_s, u"georgette"_s, u"georgetown"_s,
            u"madeleine"_s, u"musette"_s, u"nationbuilding"_s, u"saloons"_s, u"terminalmode"_s, u"values"_s};
        QVERIFY2(wrong == conflicts, qPrintable(wrong.join(u", "_s)));
    }

private:
    QString m_file;
    std::unique_ptr<Hyphenator> m_hyphenator; // loading takes seconds: once per test run
};

QTEST_GUILESS_MAIN(HyphenatorTest)
#include "hyphenatortest.moc"
