#include "photo/creditformat.h"

#include <QTest>

using namespace Qt::StringLiterals;

class CreditFormatTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldWriteTheCreditInNewsroomForm_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("credit");
        QTest::addColumn<QStringList>("byline");
        QTest::addColumn<QString>("expected");
        const QString standard(CreditFormat::defaultFormat);
        QTest::newRow("nominal: agency") << standard << u"dpa"_s << QStringList{u"Max Mustermann"_s} << u"Foto: dpa"_s;
        QTest::newRow("nominal: agency with photographer in the credit")
            << standard << u"picture alliance/dpa | Max Mustermann"_s << QStringList{u"Max Mustermann"_s}
            << u"Foto: picture alliance/dpa | Max Mustermann"_s;
        QTest::newRow("nominal: no credit, the photographer")
            << standard << QString() << QStringList{u"Erika Muster"_s} << u"Foto: Erika Muster"_s;
        QTest::newRow("nominal: photographer/agency form")
            << u"Foto: {byline}/{credit}"_s << u"dpa"_s << QStringList{u"Max Mustermann"_s}
            << u"Foto: Max Mustermann/dpa"_s;
        QTest::newRow("nominal: no photographer drops the separator")
            << u"Foto: {byline}/{credit}"_s << u"dpa"_s << QStringList() << u"Foto: dpa"_s;
        QTest::newRow("nominal: photographer already in the credit")
            << u"Foto: {credit} | {byline}"_s << u"picture alliance/dpa | Max Mustermann"_s
            << QStringList{u"Max Mustermann"_s} << u"Foto: picture alliance/dpa | Max Mustermann"_s;
        QTest::newRow("nominal: text after the placeholders stays")
            << u"Foto: {credit} (Archiv)"_s << u"dpa"_s << QStringList() << u"Foto: dpa (Archiv)"_s;
        QTest::newRow("robustness: nothing to say") << standard << QString() << QStringList() << QString();
        QTest::newRow("robustness: a form without placeholder falls back to the default")
            << u"Foto"_s << u"dpa"_s << QStringList() << u"Foto: dpa"_s;
    }

    void shouldWriteTheCreditInNewsroomForm()
    {
        QFETCH(QString, format);
        QFETCH(QString, credit);
        QFETCH(QStringList, byline);
        QFETCH(QString, expected);
        const QString actual = CreditFormat::apply(format, credit, byline);
        QVERIFY2(actual == expected, qPrintable(actual));
    }
};

QTEST_GUILESS_MAIN(CreditFormatTest)
#include "creditformattest.moc"
