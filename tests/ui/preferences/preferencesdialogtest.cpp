#include "articlerepository.h"
#include "i18n/translations.h"
#include "preferences/preferencesdialog.h"
#include "settings/appsettings.h"
#include "settings/newsroomconfig.h"
#include "storage/repositoryfactory.h"
#include "testenvironment.h"

#include "../support/dialogstub.h"

#include <QCheckBox>
#include <QDir>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
template<typename T>
T *field(const QDialog &dialog, const QString &name)
{
    auto *widget = dialog.findChild<T *>(name);
    if (!widget) {
        qFatal("no field %s", qPrintable(name));
    }
    return widget;
}

// The "Browse…" button in the row of the line edit `name`.
QPushButton *browseButtonOf(const QDialog &dialog, const QString &name)
{
    auto *edit = field<QLineEdit>(dialog, name);
    const auto buttons = dialog.findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (button->parentWidget()->focusProxy() == edit) {
            return button;
        }
    }
    qFatal("no browse button beside %s", qPrintable(name));
    return nullptr;
}

QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) != u'&') {
                return text.at(i + 1).toLower();
            }
            ++i;
        }
    }
    return {};
}

QString mnemonicText(const QWidget *widget)
{
    if (const auto *label = qobject_cast<const QLabel *>(widget)) {
        return label->buddy() ? label->text() : QString();
    }
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
        return button->text();
    }
    return {};
}
} // namespace

class PreferencesDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QSettings().clear();
    }

    void shouldStoreChangedValuesOnOk()
    {
        // GIVEN default settings and the dialog
        AppSettings settings;
        DialogStub dialogs;
        PreferencesDialog dialog(settings, dialogs);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        // WHEN the user edits fields on every page and presses OK
        auto *author = field<QLineEdit>(dialog, u"authorName"_s);
        author->clear();
        QTest::keyClicks(author, u"Erika Mustermann"_s);
        field<QComboBox>(dialog, u"uiLanguage"_s)->setCurrentIndex(2);
        field<QComboBox>(dialog, u"appearance"_s)->setCurrentIndex(2);
        field<QComboBox>(dialog, u"defaultLanguage"_s)->setCurrentIndex(2);
        field<QSpinBox>(dialog, u"readingRate"_s)->setValue(250);
        field<QCheckBox>(dialog, u"typographyOnPaste"_s)->setChecked(true);
        field<QCheckBox>(dialog, u"skipAllCapsWords"_s)->setChecked(false);
        field<QLineEdit>(dialog, u"exportBaseUrl"_s)->setText(u"https://zeitung.example/lokales/"_s);
        field<QLineEdit>(dialog, u"imageWidths"_s)->setText(u"1600, 320 ,800"_s);
        field<QCheckBox>(dialog, u"nonBreakingSpaces"_s)->setChecked(false);
        field<QLineEdit>(dialog, u"database"_s)->setText(u"postgresql://redaktion@db.example/newsdesk"_s);
        field<QSpinBox>(dialog, u"autosaveMaxInterval"_s)->setValue(120);
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);

        // THEN AppSettings holds them and the dialog closed accepted
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(settings.authorName(), u"Erika Mustermann"_s);
        QCOMPARE(settings.uiLanguage(), AppSettings::UiLanguage::English);
        QCOMPARE(settings.appearance(), AppSettings::Appearance::Dark);
        QCOMPARE(settings.defaultLanguage(), u"de_CH"_s);
        QCOMPARE(settings.readingRate(), 250);
        QVERIFY(settings.typographyOnPaste());
        QVERIFY(!settings.skipAllCapsWords());
        QCOMPARE(settings.exportBaseUrl(), QUrl(u"https://zeitung.example/lokales/"_s));
        QCOMPARE(settings.imageWidths(), (QList<int>{320, 800, 1600}));
        QVERIFY(!settings.nonBreakingSpaces());
        QCOMPARE(settings.database(), u"postgresql://redaktion@db.example/newsdesk"_s);
        QCOMPARE(settings.autosaveMaxInterval(), 120);
    }

    void shouldStoreTheColumnWidthForTheNewsroomNotForOnePerson()
    {
        // GIVEN a newsroom database and a personal column width of 40 that an earlier build
        // stored in the preferences file
        QTemporaryDir dir;
        RepositoryOpening opening = RepositoryFactory::open(dir.filePath(u"redaktion.sqlite"_s));
        QVERIFY2(opening.repository, qPrintable(opening.error));
        NewsroomConfig newsroom(opening.repository.get());
        QSettings().setValue(u"copydesk/lineColumns"_s, 40);
        AppSettings settings;
        DialogStub dialogs;
        PreferencesDialog dialog(settings, dialogs);
        // THEN without the newsroom the dialog has no column width at all (not on Writing)
        QVERIFY(!dialog.findChild<QSpinBox *>(u"lineColumns"_s));

        // WHEN the Newsroom page is added
        dialog.setNewsroomConfig(&newsroom);
        // THEN it shows the newsroom's width, not the stale personal one
        auto *columns = field<QSpinBox>(dialog, u"lineColumns"_s);
        QVERIFY2(dialog.findChild<QWidget *>(u"newsroomPage"_s)->isAncestorOf(columns), "not on the Newsroom page");
        QCOMPARE(columns->value(), 34);

        // WHEN 28 is entered and OK pressed
        columns->setValue(28);
        dialog.accept();
        // THEN the database holds 28 for everyone, and the personal value is left as it was, unread
        const auto stored = opening.repository->newsroomSettings();
        QVERIFY2(stored, qPrintable(opening.repository->lastError()));
        QVERIFY2(stored->value(u"copydesk/lineColumns"_s) == u"28"_s, qPrintable(stored->value(u"copydesk/lineColumns"_s)));
        QCOMPARE(newsroom.settings().lineColumns, 28);
        QCOMPARE(QSettings().value(u"copydesk/lineColumns"_s).toInt(), 40);
    }

    void shouldShowTheColumnWidthOnTheNewsroomPageInGerman()
    {
        // GIVEN the German interface and the newsroom's defaults
        AppSettings settings;
        settings.setUiLanguage(AppSettings::UiLanguage::German);
        const Translations translations(settings);
        NewsroomConfig newsroom(nullptr);
        DialogStub dialogs;
        PreferencesDialog dialog(settings, dialogs);
        dialog.setNewsroomConfig(&newsroom);
        // WHEN the Redaktion page is shown
        auto *tabs = dialog.findChild<QTabWidget *>();
        auto *page = dialog.findChild<QWidget *>(u"newsroomPage"_s);
        tabs->setCurrentWidget(page);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // THEN the width is there, labelled in German with its unit, whole on screen
        QCOMPARE(tabs->tabText(tabs->currentIndex()), u"&Redaktion"_s);
        auto *columns = field<QSpinBox>(dialog, u"lineColumns"_s);
        QVERIFY(columns->isVisible());
        QCOMPARE(columns->text(), u"34 Zeichen"_s);
        auto *label = qobject_cast<QLabel *>(columns->parentWidget()->findChild<QFormLayout *>()->labelForField(columns));
        QVERIFY(label);
        QCOMPARE(label->text(), u"Spaltenbre&ite:"_s);
        QVERIFY2(page->rect().contains(columns->geometry().translated(columns->parentWidget()->mapTo(page, QPoint()))),
                 "the field is cut off");
        // The screenshot for the issue, for a person to look at.
        const QString shots = TestEnvironment::binaryDir() + u"/shots"_s;
        QDir().mkpath(shots);
        QVERIFY(dialog.grab().save(shots + u"/preferences-redaktion-de-light.png"_s));
    }

    void shouldStayOpenWhenTheNewsroomSettingsCannotBeStored()
    {
        // GIVEN the Newsroom page of a newsroom whose settings cannot be written (on PostgreSQL:
        // a writer or editor; here: no database at all)
        AppSettings settings;
        DialogStub dialogs;
        PreferencesDialog dialog(settings, dialogs);
        NewsroomConfig newsroom(nullptr);
        dialog.setNewsroomConfig(&newsroom);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // WHEN a new width is entered and OK pressed
        field<QSpinBox>(dialog, u"lineColumns"_s)->setValue(28);
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        // THEN the dialog stays open and says so, instead of closing as if it were stored
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        auto *problem = field<QLabel>(dialog, u"problem"_s);
        QVERIFY2(problem->isVisible() && problem->text().contains(u"could not be saved"_s), qPrintable(problem->text()));
        QCOMPARE(newsroom.settings().lineColumns, 34);
    }

    void shouldLeaveSettingsAloneOnCancel()
    {
        AppSettings settings;
        settings.setReadingRate(200);
        DialogStub dialogs;
        PreferencesDialog dialog(settings, dialogs);
        dialog.show();
        field<QSpinBox>(dialog, u"readingRate"_s)->setValue(400);
        field<QLineEdit>(dialog, u"authorName"_s)->setText(u"Jemand Anderes"_s);
        field<QCheckBox>(dialog, u"ellipsis"_s)->setChecked(false);

        QTest::keyClick(&dialog, Qt::Key_Escape);

        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(settings.readingRate(), 200);
        QCOMPARE(settings.authorName(), AppSettings::systemUserFullName());
        QVERIFY(settings.ellipsis());
    }

    void shouldRefuseInvalidInput_data()
    {
        QTest::addColumn<QString>("fieldName");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("robustness: base URL without scheme") << u"exportBaseUrl"_s << u"www.example.de/artikel/"_s << u"https://"_s;
        QTest::newRow("robustness: ftp base URL") << u"exportBaseUrl"_s << u"ftp://example.de/"_s << u"https://"_s;
        QTest::newRow("robustness: image width too small") << u"imageWidths"_s << u"100, 800"_s << u"160"_s;
        QTest::newRow("robustness: image width not a number") << u"imageWidths"_s << u"800, groß"_s << u"160"_s;
        QTest::newRow("robustness: database password") << u"database"_s << u"postgresql://u:geheim@db/newsdesk"_s << u"password"_s;
    }

    void shouldRefuseInvalidInput()
    {
        QFETCH(QString, fieldName);
        QFETCH(QString, text);
        QFETCH(QString, messagePart);
        // GIVEN the dialog with one invalid field
        AppSettings settings;
        DialogStub dialogs;
        PreferencesDialog dialog(settings, dialogs);
        dialog.show();
        field<QLineEdit>(dialog, fieldName)->setText(text);
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        // THEN OK is disabled, the problem is shown, and accepting stores nothing
        QVERIFY(!ok->isEnabled());
        const auto *problem = dialog.findChild<QLabel *>(u"problem"_s);
        QVERIFY2(problem->isVisible() && problem->text().contains(messagePart), qPrintable(problem->text()));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(settings.exportBaseUrl(), QUrl(u"https://www.example.de/artikel/"_s));
        QCOMPARE(settings.database(), QString());
        // WHEN the field is corrected THEN OK comes back
        field<QLineEdit>(dialog, fieldName)->setText(fieldName == "imageWidths"_L1 ? u"800"_s : QString());
        if (fieldName == "exportBaseUrl"_L1) {
            field<QLineEdit>(dialog, fieldName)->setText(u"https://example.de/"_s);
        }
        QVERIFY2(ok->isEnabled(), qPrintable(dialog.problem()));
    }

    void shouldAskForTheTemplateFolderThroughTheDialogSeam()
    {
        // GIVEN the preferences with a template folder, and a seam that answers another one
        AppSettings settings;
        settings.setExportTemplateFolder(u"/srv/alt"_s);
        DialogStub dialogs;
        dialogs.folderAnswer = u"/srv/vorlagen"_s;
        PreferencesDialog dialog(settings, dialogs);
        // WHEN "Browse…" beside the template folder is clicked
        browseButtonOf(dialog, u"exportTemplateFolder"_s)->click();
        // THEN the folder dialog started at the folder shown, and its answer is stored on Apply
        QCOMPARE(dialogs.fileDialogs, QStringList{u"Export Template Folder"_s});
        QCOMPARE(dialogs.startPaths, QStringList{u"/srv/alt"_s});
        QCOMPARE(field<QLineEdit>(dialog, u"exportTemplateFolder"_s)->text(), u"/srv/vorlagen"_s);
        dialog.apply();
        QCOMPARE(settings.exportTemplateFolder(), u"/srv/vorlagen"_s);
    }

    void shouldChooseAnExistingDatabaseFileWithoutOverwriteWarning()
    {
        // GIVEN the preferences and a seam that answers an existing database file
        AppSettings settings;
        DialogStub dialogs;
        dialogs.saveFileAnswer = u"/srv/redaktion.sqlite"_s;
        PreferencesDialog dialog(settings, dialogs);
        // WHEN "Browse…" beside the database is clicked
        browseButtonOf(dialog, u"database"_s)->click();
        // THEN the file is asked for without "replace it?" (it is opened, not overwritten),
        // starting at the default database, and the field takes the answer
        QCOMPARE(dialogs.fileDialogs, QStringList{u"SQLite Database File"_s});
        QCOMPARE(dialogs.overwrites.size(), 1);
        QVERIFY(dialogs.overwrites.constFirst() == DialogInterface::Overwrite::DontConfirm);
        QCOMPARE(dialogs.startPaths, QStringList{AppSettings::defaultDatabasePath()});
        QCOMPARE(field<QLineEdit>(dialog, u"database"_s)->text(), u"/srv/redaktion.sqlite"_s);
    }

    void shouldGiveEveryFieldAUniqueMnemonic_data()
    {
        QTest::addColumn<AppSettings::UiLanguage>("language");
        QTest::newRow("nominal: English") << AppSettings::UiLanguage::English;
        QTest::newRow("nominal: German") << AppSettings::UiLanguage::German;
    }

    void shouldGiveEveryFieldAUniqueMnemonic()
    {
        QFETCH(AppSettings::UiLanguage, language);
        AppSettings settings;
        settings.setUiLanguage(language);
        const Translations translations(settings);
        DialogStub dialogs;
        PreferencesDialog dialog(settings, dialogs);
        NewsroomConfig newsroom(nullptr); // the defaults: enough for the Newsroom page's labels
        dialog.setNewsroomConfig(&newsroom);
        auto *tabs = dialog.findChild<QTabWidget *>();

        // Tab titles are reachable from every page, so they count on each.
        QMap<QChar, QString> global;
        for (int i = 0; i < tabs->count(); ++i) {
            const QChar key = mnemonic(tabs->tabText(i));
            QVERIFY2(!key.isNull(), qPrintable(tabs->tabText(i)));
            QVERIFY2(!global.contains(key), qPrintable(tabs->tabText(i) + u" / "_s + global.value(key)));
            global.insert(key, tabs->tabText(i));
        }
        for (int i = 0; i < tabs->count(); ++i) {
            QMap<QChar, QString> used = global;
            const auto *form = tabs->widget(i)->findChild<QFormLayout *>();
            for (int row = 0; row < form->rowCount(); ++row) {
                const auto *label = form->itemAt(row, QFormLayout::LabelRole);
                const auto *fieldItem = form->itemAt(row, QFormLayout::FieldRole);
                if (label && label->widget()) {
                    QVERIFY2(qobject_cast<QLabel *>(label->widget())->buddy(),
                             qPrintable(qobject_cast<QLabel *>(label->widget())->text()));
                }
                if (fieldItem && qobject_cast<QCheckBox *>(fieldItem->widget())) {
                    QVERIFY2(!mnemonic(qobject_cast<QCheckBox *>(fieldItem->widget())->text()).isNull(),
                             qPrintable(qobject_cast<QCheckBox *>(fieldItem->widget())->text()));
                }
            }
            const auto widgets = tabs->widget(i)->findChildren<QWidget *>();
            for (const QWidget *widget : widgets) {
                const QString text = mnemonicText(widget);
                const QChar key = mnemonic(text);
                if (key.isNull()) {
                    continue;
                }
                QVERIFY2(!used.contains(key), qPrintable(text + u" / "_s + used.value(key)));
                used.insert(key, text);
            }
        }
    }

    void shouldTabThroughTheFormInReadingOrder()
    {
        // GIVEN the Writing page
        AppSettings settings;
        DialogStub dialogs;
        PreferencesDialog dialog(settings, dialogs);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *tabs = dialog.findChild<QTabWidget *>();
        tabs->setCurrentIndex(1);
        auto *first = field<QComboBox>(dialog, u"defaultLanguage"_s);
        first->setFocus();
        QTRY_VERIFY(first->hasFocus());
        // WHEN the user presses Tab repeatedly
        QStringList visited;
        for (int i = 0; i < 5; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            visited.append(QApplication::focusWidget()->objectName());
        }
        // THEN focus moves down the form, top to bottom
        const QStringList expected{u"skipAllCapsWords"_s, u"typographyAsYouType"_s, u"typographyOnPaste"_s,
                                   u"typographyAfterImport"_s, u"readingRate"_s};
        QVERIFY2(visited.mid(0, 5) == expected, qPrintable(visited.join(u", "_s)));
    }
};

QTEST_MAIN(PreferencesDialogTest)
#include "preferencesdialogtest.moc"
