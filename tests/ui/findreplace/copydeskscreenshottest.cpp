#include "../support/dialogstub.h"
#include "actions/appactions.h"
#include "appearance/appearance.h"
#include "editor/articleform.h"
#include "editor/bodyeditor.h"
#include "findreplace/articlefindbar.h"
#include "length/lengthtargetlabel.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "settings/appsettings.h"
#include "testenvironment.h"
#include "storage/repositoryfactory.h"
#include "text/hyphenator.h"

#include <QAction>
#include <QDir>
#include <QImage>
#include <QScrollBar>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The copy desk's tools as a journalist sees them, in German, light and dark: the status bar's
// length display (words, characters, Zeilen) and find and replace with matches in three
// fields. The PNGs land in the build folder (tests/ui/findreplace/shots) for people to look at;
// the test checks that the marks are visible in both looks.
class CopydeskScreenshotTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_settings = std::make_unique<AppSettings>();
        m_settings->setUiLanguage(AppSettings::UiLanguage::German);
        m_translations = std::make_unique<Translations>(*m_settings);
        const QString patterns = Hyphenator::patternFileFor(u"de-DE"_s);
        m_hyphenator = std::make_unique<Hyphenator>(patterns);
        QVERIFY2(m_hyphenator->isValid(), qPrintable(m_hyphenator->errorString()));
    }

    void shouldShowMarksInEveryFieldInBothLooks_data()
    {
        QTest::addColumn<AppSettings::Appearance>("look");
        QTest::newRow("nominal: light") << AppSettings::Appearance::Light;
        QTest::newRow("nominal: dark") << AppSettings::Appearance::Dark;
    }

    void shouldShowMarksInEveryFieldInBothLooks()
    {
        QFETCH(AppSettings::Appearance, look);
        Appearance::apply(look);
        QTemporaryDir dir;
        RepositoryOpening opening = RepositoryFactory::open(dir.filePath(u"news.sqlite"_s));
        QVERIFY2(opening.repository, qPrintable(opening.error));
        Article article;
        article.section = u"Politik"_s;
        article.kicker = u"Ukraine"_s;
        article.headline = u"Kiew meldet neue Angriffe auf die Energieversorgung"_s;
        article.teaser = u"In der Nacht wurde Kiew erneut angegriffen. Die Stadtverwaltung von Kiew spricht von "
                         u"Schäden an zwei Umspannwerken."_s;
        QString body;
        for (int i = 0; i < 6; ++i)
            body += u"<p>Die Übergangsfinanzierung für die Reparaturen in Kiew steht, sagte der Bürgermeister am "
                    u"Morgen. Fahrgäste der Kiewer U-Bahn müssen sich auf Einschränkungen einstellen; in Kiew "
                    u"fallen Züge aus.</p>"_s;
        body += u"<p>Die Stadt zahlt 10&nbsp;% mehr, z.&nbsp;B. für Trans­formatoren.</p>"_s;
        article.bodyHtml = body;
        // A page plan with room for 30 Zeilen ± 2: the status bar says how many are too many.
        article.target = {LengthTarget::Unit::Lines, 30, 2};
        const SaveResult saved = opening.repository->save(article, 0);
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        DialogStub dialogs;
        MainWindow window(opening.repository.get(), &dialogs);
        window.setSettings(m_settings.get());
        window.setHyphenator(m_hyphenator.get());
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openArticle(saved.id));
        window.actions()->findReplaceInArticle->trigger();
        window.findBar()->setSearch(u"Kiew"_s, {false, true, false});
        window.findBar()->setReplacement(u"Kyjiw"_s);
        QVERIFY(window.findBar()->findNext());
        QVERIFY(window.findBar()->findNext());
        QCOMPARE(window.findBar()->fieldCount(), 3);
        QTRY_VERIFY2(window.statusText().contains(u"Zeilen"_s), qPrintable(window.statusText()));
        QCoreApplication::processEvents();

        const auto *target = window.findChild<LengthTargetLabel *>();
        QVERIFY(target);
        QTRY_VERIFY2(target->text().contains(u"zu lang"_s), qPrintable(target->text()));

        const QImage image = window.grab().toImage();
        const QString folder = TestEnvironment::binaryDir() + u"/tests/ui/findreplace/shots"_s;
        QVERIFY(QDir().mkpath(folder));
        const QString name = look == AppSettings::Appearance::Dark ? u"dark"_s : u"light"_s;
        QVERIFY(image.save(folder + u"/copydesk-find-replace-"_s + name + u".png"_s));
        // The length display alone: counts, reading time and the target's verdict in its colour.
        const QImage status = window.statusBar()->grab().toImage();
        QVERIFY(status.save(folder + u"/copydesk-length-target-"_s + name + u".png"_s));
        const QColor verdict = LengthTargetLabel::colour(LengthTargetStatus::State::TooLong,
                                                         look == AppSettings::Appearance::Dark);
        int verdictPixels = 0;
        for (int y = 0; y < status.height(); ++y)
            for (int x = 0; x < status.width(); ++x)
                verdictPixels += QColor(status.pixel(x, y)) == verdict;
        QVERIFY2(verdictPixels > 20, qPrintable(u"%1 pixels in %2"_s.arg(verdictPixels).arg(verdict.name())));
        // View → Show Invisible Characters: the no-break spaces and the soft hyphen are marked.
        window.actions()->showInvisibles->setChecked(true);
        window.form()->bodyEditor()->verticalScrollBar()->setValue(
            window.form()->bodyEditor()->verticalScrollBar()->maximum());
        QCoreApplication::processEvents();
        QVERIFY(window.form()->bodyEditor()->grab().toImage().save(folder + u"/copydesk-invisibles-"_s + name + u".png"_s));
        window.actions()->showInvisibles->setChecked(false);
        // The marks are drawn in a fixed colour, on screen in either look (the current match
        // shows as the field's selection on top of its mark).
        int marks = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                marks += image.pixel(x, y) == qRgb(0xff, 0xeb, 0x3b);
        QVERIFY2(marks > 200, qPrintable(u"%1 mark pixels"_s.arg(marks)));
    }

private:
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<Translations> m_translations;
    std::unique_ptr<Hyphenator> m_hyphenator;
};

QTEST_MAIN(CopydeskScreenshotTest)
#include "copydeskscreenshottest.moc"
