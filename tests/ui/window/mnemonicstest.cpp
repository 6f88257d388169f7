#include "about/aboutdialog.h"
#include "actions/appactions.h"
#include "conflict/conflictdialog.h"
#include "editor/articleform.h"
#include "export/exportcontroller.h"
#include "preferences/preferencesdialog.h"
#include "spelling/dictionarydialog.h"
#include "spelling/spellcheckdialog.h"
#include "windowundertest.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {
// The letter Alt presses for a text, as Qt reads it ("&&" is a literal ampersand); empty if
// the text has none.
QString mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// What is pressed with Alt in one scope (a menu, the window, a dialog): a letter used twice,
// and an actionable text without a letter, are both problems.
class Scope
{
public:
    explicit Scope(QString name)
        : m_name(std::move(name))
    {
    }

    void add(const QString &text, const QString &what)
    {
        const QString shown = QString(text).replace(u"&&"_s, u"+"_s).remove(u'&');
        const QString letter = mnemonicOf(text);
        if (letter.isEmpty()) {
            m_problems.append(u"%1: %2 „%3“ has no mnemonic"_s.arg(m_name, what, shown));
            return;
        }
        if (m_seen.contains(letter)) {
            const QString clash = u"%1: „%2“ and „%3“ both use Alt+%4"_s.arg(m_name, m_seen.value(letter), shown,
                                                                                 letter.toUpper());
            if (!m_problems.contains(clash))
                m_problems.append(clash);
            return;
        }
        m_seen.insert(letter, shown);
    }

    // Labels with a buddy, buttons and check boxes visible (would be visible) under `root`,
    // and every tab title of its tab bars. Tool buttons show actions, which are checked in
    // their menus; a dialog's standard buttons (OK, Cancel) answer Enter and Escape.
    void addWidgets(const QWidget *root)
    {
        const auto widgets = root->findChildren<QWidget *>();
        for (const QWidget *widget : widgets) {
            if (!widget->isVisibleTo(root))
                continue;
            if (auto *label = qobject_cast<const QLabel *>(widget)) {
                if (label->buddy())
                    add(label->text(), u"label"_s);
            } else if (auto *button = qobject_cast<const QAbstractButton *>(widget)) {
                if (qobject_cast<const QToolButton *>(button) || button->text().isEmpty())
                    continue;
                if (auto *box = qobject_cast<const QDialogButtonBox *>(button->parentWidget());
                    box && box->standardButton(const_cast<QAbstractButton *>(button)) != QDialogButtonBox::NoButton)
                    continue;
                add(button->text(), QString::fromLatin1(button->metaObject()->className()));
            } else if (auto *tabs = qobject_cast<const QTabBar *>(widget)) {
                for (int i = 0; i < tabs->count(); ++i)
                    add(tabs->tabText(i), u"tab"_s);
            }
        }
    }

    [[nodiscard]] QStringList problems() const { return m_problems; }

private:
    QString m_name;
    QHash<QString, QString> m_seen;
    QStringList m_problems;
};

// Every page of every tab widget under `root` in turn, each one a scope of its own together
// with what is around it.
QStringList widgetProblems(QWidget *root, const QString &name)
{
    QStringList problems;
    const auto append = [&problems](const QStringList &more) {
        for (const QString &problem : more)
            if (!problems.contains(problem))
                problems.append(problem);
    };
    const auto tabWidgets = root->findChildren<QTabWidget *>();
    QList<QTabWidget *> shown;
    for (QTabWidget *tabs : tabWidgets)
        if (tabs->isVisibleTo(root))
            shown.append(tabs);
    if (shown.isEmpty()) {
        Scope scope(name);
        scope.addWidgets(root);
        return scope.problems();
    }
    for (QTabWidget *tabs : std::as_const(shown)) {
        const int current = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            Scope scope(name + u" ("_s + QString(tabs->tabText(i)).remove(u'&') + u")"_s);
            scope.addWidgets(root);
            append(scope.problems());
        }
        tabs->setCurrentIndex(current);
    }
    return problems;
}

void addLanguageRows()
{
    QTest::addColumn<AppSettings::UiLanguage>("language");
    QTest::newRow("nominal: German") << AppSettings::UiLanguage::German;
    QTest::newRow("nominal: English") << AppSettings::UiLanguage::English;
}
} // namespace

// Everything that can be reached with Alt+letter, in German and English: no letter twice in
// what is on screen at once, and no actionable text without one.
class MnemonicsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldGiveEveryMenuItemItsOwnLetter_data() { addLanguageRows(); }

    void shouldGiveEveryMenuItemItsOwnLetter()
    {
        // GIVEN the window in the row's language
        QFETCH(AppSettings::UiLanguage, language);
        WindowUnderTest ui(language);
        ui.window->start();
        // WHEN the menu bar and each of its menus are read
        QStringList problems;
        Scope bar(u"menu bar"_s);
        const auto menus = ui.window->menuBar()->actions();
        for (QAction *menuAction : menus) {
            bar.add(menuAction->text(), u"menu"_s);
            QMenu *menu = menuAction->menu();
            QVERIFY(menu);
            Scope items(u"menu "_s + QString(menuAction->text()).remove(u'&'));
            const auto actions = menu->actions();
            for (const QAction *action : actions) {
                if (!action->isSeparator() && action->isVisible())
                    items.add(action->text(), u"item"_s);
            }
            problems += items.problems();
        }
        problems += bar.problems();
        // THEN no letter is used twice in one menu or in the bar, and every item has one
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
    }

    void shouldOpenPreferencesFromTheKeyboard()
    {
        // GIVEN the window (the offscreen platform, like plain X11, has no Preferences key)
        WindowUnderTest ui(AppSettings::UiLanguage::German);
        ui.window->start();
        // WHEN its actions are read
        const QAction *preferences = ui.window->findChild<QAction *>(u"actionPreferences"_s);
        QVERIFY(preferences);
        // THEN Preferences has a key, and no other action of the window shares it
        QVERIFY(!preferences->shortcut().isEmpty());
        const auto actions = ui.window->findChildren<QAction *>();
        for (const QAction *other : actions) {
            if (other != preferences)
                QVERIFY2(!other->shortcuts().contains(preferences->shortcut()), qPrintable(other->objectName()));
        }
    }

    void shouldGiveEveryFieldOfTheWindowItsOwnLetter_data() { addLanguageRows(); }

    void shouldGiveEveryFieldOfTheWindowItsOwnLetter()
    {
        // GIVEN the window with the sample article
        QFETCH(AppSettings::UiLanguage, language);
        WindowUnderTest ui(language);
        ui.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(ui.window.get()));
        ui.window->start();
        // WHEN the labels, buttons and tabs on screen are read with each side panel page shown
        const QStringList problems = widgetProblems(ui.window.get(), u"main window"_s);
        // THEN no letter is used twice at once and every field has one
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
    }

    void shouldGiveEveryDialogItsOwnLetters_data()
    {
        QTest::addColumn<AppSettings::UiLanguage>("language");
        QTest::addColumn<QString>("dialog");
        for (const QString &dialog : {u"preferences"_s, u"spell check"_s, u"dictionary"_s, u"conflict"_s,
                                      u"export progress"_s, u"about"_s}) {
            QTest::addRow("nominal: German %s", qPrintable(dialog)) << AppSettings::UiLanguage::German << dialog;
            QTest::addRow("nominal: English %s", qPrintable(dialog)) << AppSettings::UiLanguage::English << dialog;
        }
    }

    void shouldGiveEveryDialogItsOwnLetters()
    {
        // GIVEN the window with the sample article and the row's dialog, as the window opens it
        QFETCH(AppSettings::UiLanguage, language);
        QFETCH(QString, dialog);
        WindowUnderTest ui(language);
        ui.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(ui.window.get()));
        ui.window->start();
        const Article article = ui.window->form()->article();
        QStringList problems;
        const auto check = [&](QWidget *shown) {
            QVERIFY2(shown, qPrintable(dialog));
            problems = widgetProblems(shown, dialog);
        };
        if (dialog == u"preferences"_s) {
            ui.window->actions()->preferences->trigger();
            check(ui.window->lastDialog());
        } else if (dialog == u"about"_s) {
            ui.window->actions()->about->trigger();
            check(ui.window->lastDialog());
        } else if (dialog == u"spell check"_s) {
            ui.window->actions()->checkSpelling->trigger();
            check(ui.window->spellCheckDialog());
        } else if (dialog == u"dictionary"_s) {
            ui.window->actions()->newsroomDictionary->trigger();
            check(ui.window->findChild<QDialog *>(u"dictionaryDialog"_s));
        } else if (dialog == u"conflict"_s) {
            Article theirs = article;
            theirs.headline += u" (geändert)"_s;
            theirs.revision += 1;
            ConflictDialog conflict(article, theirs, ui.window.get());
            check(&conflict);
        } else if (dialog == u"export progress"_s) {
            // The batch export's progress dialog exists while the batch runs: read it then.
            QTemporaryDir out;
            ui.dialogs.folderAnswer = out.path();
            bool seen = false;
            connect(ui.window->exporter(), &ExportController::progressed, this, [&] {
                if (seen)
                    return;
                seen = true;
                check(ui.window->exporter()->progressDialog());
            });
            ui.window->actions()->exportAll->trigger();
            QVERIFY2(seen, "the batch export showed no progress");
        }
        // THEN no letter is used twice on one page and every control has one
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
    }
};

QTEST_MAIN(MnemonicsTest)
#include "mnemonicstest.moc"
