#include "about/aboutdialog.h"

#include <QLabel>
#include <QTest>

#include <sonnet_version.h>

using namespace Qt::StringLiterals;

class AboutDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldShowVersionsAndLicence()
    {
        // GIVEN the About dialog
        AboutDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // THEN its text names Newsdesk's, Qt's and Sonnet's versions and the licence
        const QString text = dialog.findChild<QLabel *>(u"aboutText"_s)->text();
        for (const QString &expected : {QStringLiteral(NEWSDESK_VERSION), QString::fromLatin1(qVersion()),
                                        QStringLiteral(SONNET_VERSION_STRING), u"GPL-3.0-or-later"_s}) {
            QVERIFY2(text.contains(expected), qPrintable(expected + u" missing in: "_s + text));
        }
        QVERIFY2(text.contains(u"Qt "_s + QString::fromLatin1(qVersion())), qPrintable(text));
        QVERIFY2(text.contains(u"Sonnet "_s + QStringLiteral(SONNET_VERSION_STRING)), qPrintable(text));
    }
};

QTEST_MAIN(AboutDialogTest)
#include "aboutdialogtest.moc"
