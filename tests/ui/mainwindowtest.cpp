#include "mainwindow.h"

#include <QTest>

class MainWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldShowTranslatableTitle()
    {
        MainWindow window(nullptr, nullptr);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Newsdesk"));
    }
};

QTEST_MAIN(MainWindowTest)
#include "mainwindowtest.moc"
