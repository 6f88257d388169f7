#include "editor/articleform.h"
#include "windowundertest.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {
// A 1366×768 laptop screen minus a panel and a title bar.
constexpr QSize smallScreen(1366, 720);

QString describe(const QWidget *widget)
{
    QString name = widget->objectName();
    for (const QWidget *parent = widget->parentWidget(); name.isEmpty() && parent; parent = parent->parentWidget())
        name = u"in "_s + parent->objectName();
    return QString::fromLatin1(widget->metaObject()->className()) + u" "_s + name;
}

QString textOf(const QWidget *widget)
{
    if (auto *label = qobject_cast<const QLabel *>(widget))
        return label->text();
    if (auto *button = qobject_cast<const QAbstractButton *>(widget))
        return button->text();
    if (auto *combo = qobject_cast<const QComboBox *>(widget))
        return combo->currentText();
    return {};
}

// The room a combo box has for its current entry (what the style elides the text to), and what
// the entry needs.
QPair<int, int> comboTextRoom(const QComboBox *combo)
{
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.editable = combo->isEditable();
    option.frame = combo->hasFrame();
    const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
    return {field.width(), combo->fontMetrics().horizontalAdvance(combo->currentText())};
}

// Every text the journalist reads or types in, on what is shown now: labels, buttons and
// check boxes at least as wide as they ask for, combo boxes showing their whole entry, text
// fields wide enough for a dozen characters.
QStringList clippedWidgets(const QWidget *root)
{
    QStringList problems;
    const auto widgets = root->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (!widget->isVisible() || widget->window() != root->window())
            continue;
        const QString text = textOf(widget);
        if (auto *label = qobject_cast<const QLabel *>(widget)) {
            // Word-wrapped labels get their height from the width; pictures are scaled on purpose.
            if (label->wordWrap() || text.isEmpty() || !label->pixmap().isNull())
                continue;
            if (label->width() < label->sizeHint().width())
                problems.append(u"%1 „%2“: %3 < %4 px"_s.arg(describe(widget), text)
                                    .arg(label->width())
                                    .arg(label->sizeHint().width()));
        } else if (qobject_cast<const QAbstractButton *>(widget) && !qobject_cast<const QToolButton *>(widget)) {
            if (!text.isEmpty() && widget->width() < widget->sizeHint().width())
                problems.append(u"%1 „%2“: %3 < %4 px"_s.arg(describe(widget), text)
                                    .arg(widget->width())
                                    .arg(widget->sizeHint().width()));
        } else if (auto *combo = qobject_cast<const QComboBox *>(widget)) {
            const auto [room, needed] = comboTextRoom(combo);
            if (room < needed)
                problems.append(u"%1 „%2“: %3 < %4 px"_s.arg(describe(widget), text).arg(room).arg(needed));
        } else if (qobject_cast<const QPlainTextEdit *>(widget) || qobject_cast<const QDateTimeEdit *>(widget)
                   || qobject_cast<const QLineEdit *>(widget)) {
            if (qobject_cast<const QComboBox *>(widget->parentWidget()))
                continue; // an editable combo's own line edit: checked with the combo
            const int readable = widget->fontMetrics().averageCharWidth() * 12;
            if (widget->width() < readable)
                problems.append(u"%1: %2 < %3 px"_s.arg(describe(widget)).arg(widget->width()).arg(readable));
        }
    }
    return problems;
}

void addLanguageRows()
{
    QTest::addColumn<AppSettings::UiLanguage>("language");
    QTest::newRow("nominal: German") << AppSettings::UiLanguage::German;
    QTest::newRow("nominal: English") << AppSettings::UiLanguage::English;
}

// The chain of widgets Tab visits from `first`, as object names, `steps` fields long.
QStringList tabChain(QWidget *first, int steps, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QStringList names;
    first->setFocus(Qt::TabFocusReason);
    names.append(QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : u"(none)"_s);
    // A few presses more than fields, for the date's sections; never an endless loop.
    for (int presses = 0; names.size() <= steps && presses < steps + 20; ++presses) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, modifiers);
        QWidget *focus = QApplication::focusWidget();
        const QString name = focus ? (focus->objectName().isEmpty() ? describe(focus) : focus->objectName()) : u"(none)"_s;
        // Tab walks the sections of the date (day, month, year, hour, minute) first, as in every
        // Qt program: that is one field.
        if (name != names.constLast() || !qobject_cast<QDateTimeEdit *>(focus))
            names.append(name);
    }
    return names;
}
} // namespace

// What the journalist sees on a 1366×768 laptop, in both languages: the whole window fits,
// nothing is cut off, and the keyboard walks the form in reading order.
class WindowLayoutTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldFitA1366x768Screen_data() { addLanguageRows(); }

    void shouldFitA1366x768Screen()
    {
        // GIVEN the window with the sample article, in the language of the row
        QFETCH(AppSettings::UiLanguage, language);
        WindowUnderTest ui(language);
        QCOMPARE(ui.isGerman(), language == AppSettings::UiLanguage::German);
        ui.window->resize(smallScreen);
        ui.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(ui.window.get()));
        ui.window->start();
        QVERIFY(ui.window->form()->hasArticle());
        // WHEN Qt computes the smallest size the window can take, menus and status bar included
        const QSize minimum = ui.window->minimumSizeHint();
        // THEN it fits the screen, and every part says how much it takes when it does not
        QStringList parts;
        const auto *splitter = ui.window->findChild<QSplitter *>(u"mainSplitter"_s);
        QVERIFY(splitter);
        for (int i = 0; i < splitter->count(); ++i)
            parts.append(u"%1 %2"_s.arg(splitter->widget(i)->objectName())
                             .arg(splitter->widget(i)->minimumSizeHint().width()));
        QVERIFY2(minimum.width() <= smallScreen.width() && minimum.height() <= smallScreen.height(),
                 qPrintable(u"minimum %1×%2 (%3)"_s.arg(minimum.width()).arg(minimum.height()).arg(parts.join(u", "_s))));
        QCOMPARE(ui.window->size(), smallScreen);
    }

    void shouldShowEveryTextInFullAt1366_data() { addLanguageRows(); }

    void shouldShowEveryTextInFullAt1366()
    {
        // GIVEN the window at 1366×720 with its first layout (no remembered splitter)
        QFETCH(AppSettings::UiLanguage, language);
        WindowUnderTest ui(language);
        ui.window->resize(smallScreen);
        ui.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(ui.window.get()));
        ui.window->start();
        auto *side = ui.window->findChild<QTabWidget *>(u"sidePanel"_s);
        QVERIFY(side);
        // THEN every tab of the side panel has its title on screen, no scroll arrows
        const auto *splitter = ui.window->findChild<QSplitter *>(u"mainSplitter"_s);
        QVERIFY2(side->tabBar()->sizeHint().width() <= side->tabBar()->width(),
                 qPrintable(u"tabs need %1 px, have %2 (splitter %3, form at least %4)"_s
                                .arg(side->tabBar()->sizeHint().width())
                                .arg(side->tabBar()->width())
                                .arg(QString::number(splitter->sizes().value(0)) + u"|"_s
                                     + QString::number(splitter->sizes().value(1)) + u"|"_s
                                     + QString::number(splitter->sizes().value(2)))
                                .arg(splitter->widget(1)->minimumSizeHint().width())));
        // AND on every page of the side panel no text is cut off, in the form either (the spell
        // checker's count in the status bar may still change: the layout follows it)
        const auto collect = [&] {
            QStringList found;
            for (int tab = 0; tab < side->count(); ++tab) {
                side->setCurrentIndex(tab);
                QCoreApplication::processEvents();
                for (const QString &problem : clippedWidgets(ui.window.get()))
                    if (!found.contains(problem))
                        found.append(problem);
            }
            return found;
        };
        QStringList problems;
        QTRY_VERIFY2((problems = collect()).isEmpty(), qPrintable(problems.join(u"\n"_s)));
    }

    void shouldGiveTheFormTheMostRoom_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("nominal: 1366×720") << smallScreen;
        QTest::newRow("nominal: 1920×1040") << QSize(1920, 1040);
    }

    void shouldGiveTheFormTheMostRoom()
    {
        // GIVEN a first start at the row's size, German
        QFETCH(QSize, size);
        WindowUnderTest ui(AppSettings::UiLanguage::German);
        ui.window->resize(size);
        ui.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(ui.window.get()));
        ui.window->start();
        // THEN the form is the widest of the three parts and the list shows its headlines
        const auto *splitter = ui.window->findChild<QSplitter *>(u"mainSplitter"_s);
        const QList<int> sizes = splitter->sizes();
        const QString shown = u"%1 | %2 | %3"_s.arg(sizes.value(0)).arg(sizes.value(1)).arg(sizes.value(2));
        QVERIFY2(sizes.size() == 3 && sizes[1] > sizes[0] && sizes[1] > sizes[2], qPrintable(shown));
        QVERIFY2(sizes[1] >= size.width() * 40 / 100, qPrintable(shown));
        QVERIFY2(sizes[0] >= 260, qPrintable(shown));
    }

    void shouldTabThroughTheFormInReadingOrder_data() { addLanguageRows(); }

    void shouldTabThroughTheFormInReadingOrder()
    {
        // GIVEN the sample article (scheduled, so the date field takes part) with the photo tab
        QFETCH(AppSettings::UiLanguage, language);
        WindowUnderTest ui(language);
        ui.window->resize(smallScreen);
        ui.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(ui.window.get()));
        ui.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(ui.window.get()));
        ui.window->start();
        auto *side = ui.window->findChild<QTabWidget *>(u"sidePanel"_s);
        side->setCurrentIndex(0);
        QVERIFY(ui.window->form()->article().published.isValid());
        // WHEN Tab is pressed from the first field of the form
        const QStringList expected = {u"sectionCombo"_s,  u"statusCombo"_s,   u"languageCombo"_s, u"scheduledCheck"_s,
                                      u"publishedEdit"_s, u"embargoCheck"_s, u"kickerEdit"_s,    u"headlineEdit"_s,  u"teaserEdit"_s,
                                      u"authorsEdit"_s,   u"datelineEdit"_s,  u"tagsEdit"_s,      u"targetUnit"_s,    u"bodyEdit"_s,
                                      u"sidePanelTabs"_s, u"choosePhotoButton"_s, u"removePhotoButton"_s,
                                      u"captionEdit"_s,   u"creditEdit"_s,    u"altTextEdit"_s};
        const QStringList chain = tabChain(ui.window->form()->fieldWidget(ArticleField::Section),
                                           int(expected.size()) - 1);
        // THEN it visits the fields in the order they are read; Tab in the body leaves it (the
        // body has tabChangesFocus: the formatting toolbar is reached by its shortcuts and the
        // Format menu, list indentation by the list actions)
        QVERIFY2(chain == expected, qPrintable(u"got:      "_s + chain.join(u", "_s) + u"\nexpected: "_s
                                               + expected.join(u", "_s)));
        // AND Shift+Tab walks the same way back
        QStringList back = tabChain(ui.window->findChild<QWidget *>(u"altTextEdit"_s), int(expected.size()) - 1,
                                    Qt::ShiftModifier);
        std::reverse(back.begin(), back.end());
        QVERIFY2(back == expected, qPrintable(u"back:     "_s + back.join(u", "_s)));
    }
};

QTEST_MAIN(WindowLayoutTest)
#include "windowlayouttest.moc"
