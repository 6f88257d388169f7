#include "preferences/preferencesdialog.h"

#include "dialogs/dialoginterface.h"
#include "language/languages.h"
#include "preferences/newsroompage.h"
#include "settings/appsettings.h"
#include "settings/newsroomconfig.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// A line edit with a "Browse…" button beside it, as one row of a form.
QWidget *withBrowseButton(QLineEdit *edit, QPushButton *button, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(button);
    row->setFocusProxy(edit);
    return row;
}
} // namespace

PreferencesDialog::PreferencesDialog(AppSettings &settings, DialogInterface &dialogs, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_dialogs(dialogs)
{
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(createGeneralPage(), tr("&General"));
    m_tabs->addTab(createWritingPage(), tr("&Writing"));
    m_tabs->addTab(createExportPage(), tr("E&xport"));
    m_tabs->addTab(createStoragePage(), tr("&Storage"));

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"problem"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &PreferencesDialog::apply);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    load();
    for (QLineEdit *edit : {m_baseUrl, m_imageWidths, m_database}) {
        connect(edit, &QLineEdit::textChanged, this, &PreferencesDialog::validate);
    }
    validate();
}

void PreferencesDialog::setOpenDatabase(const QString &location)
{
    m_openDatabase->setText(tr("Open now: %1").arg(location));
    m_openDatabase->setVisible(!location.isEmpty());
}

// Widgets are created in reading order, top to bottom, so the default focus chain is the
// tab order a reader expects; every label carries a mnemonic and is the buddy of its field.
QWidget *PreferencesDialog::createGeneralPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);

    m_authorName = new QLineEdit(page);
    m_authorName->setObjectName(u"authorName"_s);
    m_authorName->setPlaceholderText(tr("First and last name"));
    form->addRow(tr("A&uthor name:"), m_authorName);

    m_uiLanguage = new QComboBox(page);
    m_uiLanguage->setObjectName(u"uiLanguage"_s);
    m_uiLanguage->addItem(tr("System language"), QVariant::fromValue(AppSettings::UiLanguage::System));
    // Each language is named in itself, so that someone who cannot read the current one finds it.
    m_uiLanguage->addItem(u"Deutsch"_s, QVariant::fromValue(AppSettings::UiLanguage::German));
    m_uiLanguage->addItem(u"English"_s, QVariant::fromValue(AppSettings::UiLanguage::English));
    form->addRow(tr("&Interface language:"), m_uiLanguage);

    m_appearance = new QComboBox(page);
    m_appearance->setObjectName(u"appearance"_s);
    m_appearance->addItem(tr("Follow the system"), QVariant::fromValue(AppSettings::Appearance::System));
    m_appearance->addItem(tr("Light"), QVariant::fromValue(AppSettings::Appearance::Light));
    m_appearance->addItem(tr("Dark"), QVariant::fromValue(AppSettings::Appearance::Dark));
    form->addRow(tr("A&ppearance:"), m_appearance);

    auto *note = new QLabel(tr("A new interface language applies to windows opened afterwards."), page);
    note->setWordWrap(true);
    form->addRow(note);
    return page;
}

QWidget *PreferencesDialog::createWritingPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);

    m_defaultLanguage = new QComboBox(page);
    m_defaultLanguage->setObjectName(u"defaultLanguage"_s);
    for (const Languages::Language &language : Languages::offered()) {
        m_defaultLanguage->addItem(Languages::hasDictionary(language.tag)
                                       ? Languages::label(language.tag)
                                       : tr("%1 (no dictionary)").arg(Languages::label(language.tag)),
                                   language.dictionary);
    }
    form->addRow(tr("Article &language:"), m_defaultLanguage);

    // One block per setting on purpose, alike in shape: widget, object name, tooltip, row in reading order.
    m_skipAllCaps = new QCheckBox(tr("Skip words in ca&pitals (abbreviations such as NATO)"), page);
    m_skipAllCaps->setObjectName(u"skipAllCapsWords"_s);
    form->addRow(m_skipAllCaps);

    m_typographyAsYouType = new QCheckBox(tr("T&ypography as you type (quotes, dashes, no-break spaces)"), page);
    m_typographyAsYouType->setObjectName(u"typographyAsYouType"_s);
    m_typographyAsYouType->setToolTip(tr("Sets “quotes”, – and … in the article's language while you type; "
                                         "Ctrl+Z right after a change takes it back."));
    form->addRow(m_typographyAsYouType);
    m_typographyOnPaste = new QCheckBox(tr("Typography for p&asted text too"), page);
    m_typographyOnPaste->setObjectName(u"typographyOnPaste"_s);
    m_typographyOnPaste->setToolTip(tr("Pasted text gets the same quotes, dashes and no-break spaces, as an undo "
                                       "step of its own. Imported agency copy is stored as it came."));
    form->addRow(m_typographyOnPaste);
    m_typographyAfterImport = new QCheckBox(tr("Typography right after an i&mport, as a version of its own"), page);
    m_typographyAfterImport->setObjectName(u"typographyAfterImport"_s);
    m_typographyAfterImport->setToolTip(tr("An imported article is stored as it came first; the typography is then "
                                           "saved as the next version. Without this, the window offers it."));
    form->addRow(m_typographyAfterImport);

    m_readingRate = new QSpinBox(page);
    m_readingRate->setObjectName(u"readingRate"_s);
    m_readingRate->setRange(AppSettings::ReadingRate.minimum, AppSettings::ReadingRate.maximum);
    m_readingRate->setSingleStep(10);
    m_readingRate->setSuffix(tr(" words per minute"));
    form->addRow(tr("&Reading rate:"), m_readingRate);
    return page;
}

QWidget *PreferencesDialog::createExportPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);

    m_baseUrl = new QLineEdit(page);
    m_baseUrl->setObjectName(u"exportBaseUrl"_s);
    m_baseUrl->setPlaceholderText(QString(AppSettings::ExportBaseUrlDefault));
    form->addRow(tr("&Base URL:"), m_baseUrl);

    m_templateFolder = new QLineEdit(page);
    m_templateFolder->setObjectName(u"exportTemplateFolder"_s);
    m_templateFolder->setPlaceholderText(tr("Built-in template"));
    auto *browseFolder = new QPushButton(tr("B&rowse…"), page);
    connect(browseFolder, &QPushButton::clicked, this, [this] {
        const QString folder =
            m_dialogs.getExistingDirectory(this, tr("Export Template Folder"), m_templateFolder->text());
        if (!folder.isEmpty()) {
            m_templateFolder->setText(folder);
        }
    });
    auto *templateLabel = new QLabel(tr("Te&mplate folder:"), page);
    templateLabel->setBuddy(m_templateFolder);
    form->addRow(templateLabel, withBrowseButton(m_templateFolder, browseFolder, page));

    m_imageWidths = new QLineEdit(page);
    m_imageWidths->setObjectName(u"imageWidths"_s);
    m_imageWidths->setToolTip(tr("Widths in pixels, separated by commas, each from %1 to %2.")
                                  .arg(AppSettings::ImageWidth.minimum)
                                  .arg(AppSettings::ImageWidth.maximum));
    form->addRow(tr("&Image widths (px):"), m_imageWidths);

    m_germanQuotes = new QCheckBox(tr("German &quotation marks („…“)"), page);
    m_germanQuotes->setObjectName(u"germanQuotes"_s);
    form->addRow(m_germanQuotes);
    m_nonBreakingSpaces = new QCheckBox(tr("Non-brea&king spaces (e.g. before units, in “z. B.”)"), page);
    m_nonBreakingSpaces->setObjectName(u"nonBreakingSpaces"_s);
    form->addRow(m_nonBreakingSpaces);
    m_ellipsis = new QCheckBox(tr("&Ellipsis character (… instead of ...)"), page);
    m_ellipsis->setObjectName(u"ellipsis"_s);
    form->addRow(m_ellipsis);

    m_photoCreditFormat = new QLineEdit(page);
    m_photoCreditFormat->setObjectName(u"photoCreditFormat"_s);
    m_photoCreditFormat->setToolTip(tr("How a credit taken from a photo's metadata is written. {credit} is the "
                                       "agency's credit line, {byline} the photographer; e.g. "
                                       "“Foto: {credit}” or “Foto: {byline}/{credit}”."));
    form->addRow(tr("Photo &credit form:"), m_photoCreditFormat);
    m_keepPhotoGps = new QCheckBox(tr("Keep the GPS p&osition in exported photos"), page);
    m_keepPhotoGps->setObjectName(u"keepPhotoGps"_s);
    m_keepPhotoGps->setToolTip(tr("Off by default: a photo's position can point to a source. Serial numbers, "
                                  "maker notes, thumbnails and software history are always removed."));
    form->addRow(m_keepPhotoGps);
    return page;
}

QWidget *PreferencesDialog::createStoragePage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);

    m_database = new QLineEdit(page);
    m_database->setObjectName(u"database"_s);
    m_database->setPlaceholderText(AppSettings::defaultDatabasePath());
    // Wide enough for a full postgresql:// address or a typical home-folder path.
    m_database->setMinimumWidth(m_database->fontMetrics().averageCharWidth() * 45);
    m_database->setToolTip(tr("An SQLite file, or a PostgreSQL address such as postgresql://user@host/newsdesk "
                              "(without password: use ~/.pgpass)."));
    auto *browseFile = new QPushButton(tr("B&rowse…"), page);
    connect(browseFile, &QPushButton::clicked, this, [this] {
        const QString current = m_database->text().isEmpty() ? AppSettings::defaultDatabasePath() : m_database->text();
        const QString file = m_dialogs.getSaveFileName(this, tr("SQLite Database File"), current,
                                                       tr("SQLite databases (*.sqlite *.db);;All files (*)"),
                                                       DialogInterface::Overwrite::DontConfirm);
        if (!file.isEmpty()) {
            m_database->setText(file);
        }
    });
    auto *databaseLabel = new QLabel(tr("&Database:"), page);
    databaseLabel->setBuddy(m_database);
    form->addRow(databaseLabel, withBrowseButton(m_database, browseFile, page));
    auto *restart = new QLabel(tr("A different database is opened at the next start."), page);
    restart->setWordWrap(true);
    form->addRow(restart);
    m_openDatabase = new QLabel(page);
    m_openDatabase->setObjectName(u"openDatabase"_s);
    m_openDatabase->setWordWrap(true);
    m_openDatabase->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openDatabase->setVisible(false);
    form->addRow(m_openDatabase);

    m_autosaveIdle = new QSpinBox(page);
    m_autosaveIdle->setObjectName(u"autosaveIdleDelay"_s);
    m_autosaveIdle->setRange(AppSettings::AutosaveIdleDelay.minimum, AppSettings::AutosaveIdleDelay.maximum);
    m_autosaveIdle->setSuffix(tr(" s"));
    form->addRow(tr("Save after a &pause in typing of:"), m_autosaveIdle);

    m_autosaveMax = new QSpinBox(page);
    m_autosaveMax->setObjectName(u"autosaveMaxInterval"_s);
    m_autosaveMax->setRange(AppSettings::AutosaveMaxInterval.minimum, AppSettings::AutosaveMaxInterval.maximum);
    m_autosaveMax->setSuffix(tr(" s"));
    form->addRow(tr("Save while typing at least &every:"), m_autosaveMax);
    return page;
}

void PreferencesDialog::load()
{
    m_authorName->setText(m_settings.authorName());
    m_uiLanguage->setCurrentIndex(m_uiLanguage->findData(QVariant::fromValue(m_settings.uiLanguage())));
    m_appearance->setCurrentIndex(m_appearance->findData(QVariant::fromValue(m_settings.appearance())));
    m_defaultLanguage->setCurrentIndex(m_defaultLanguage->findData(m_settings.defaultLanguage()));
    m_skipAllCaps->setChecked(m_settings.skipAllCapsWords());
    m_typographyAsYouType->setChecked(m_settings.typographyAsYouType());
    m_typographyOnPaste->setChecked(m_settings.typographyOnPaste());
    m_typographyAfterImport->setChecked(m_settings.typographyAfterImport());
    m_readingRate->setValue(m_settings.readingRate());
    m_baseUrl->setText(m_settings.exportBaseUrl().toString());
    m_templateFolder->setText(m_settings.exportTemplateFolder());
    QStringList widths;
    for (int width : m_settings.imageWidths()) {
        widths.append(QString::number(width));
    }
    m_imageWidths->setText(widths.join(u", "_s));
    m_germanQuotes->setChecked(m_settings.germanQuotes());
    m_nonBreakingSpaces->setChecked(m_settings.nonBreakingSpaces());
    m_ellipsis->setChecked(m_settings.ellipsis());
    m_photoCreditFormat->setText(m_settings.photoCreditFormat());
    m_keepPhotoGps->setChecked(m_settings.keepPhotoGps());
    m_database->setText(m_settings.database());
    m_autosaveIdle->setValue(m_settings.autosaveIdleDelay());
    m_autosaveMax->setValue(m_settings.autosaveMaxInterval());
}

QList<int> PreferencesDialog::parseWidths(const QString &text, bool *ok)
{
    QList<int> widths;
    *ok = true;
    const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        bool numberOk = false;
        const int width = part.trimmed().toInt(&numberOk);
        if (!numberOk || width < AppSettings::ImageWidth.minimum || width > AppSettings::ImageWidth.maximum) {
            *ok = false;
        }
        widths.append(width);
    }
    if (widths.isEmpty() || widths.size() > AppSettings::MaxImageWidthCount) {
        *ok = false;
    }
    return widths;
}

QString PreferencesDialog::problem() const
{
    if (!AppSettings::isValidBaseUrl(QUrl(m_baseUrl->text().trimmed(), QUrl::StrictMode))) {
        return tr("The base URL must be a complete web address starting with https:// or http://.");
    }
    bool widthsOk = false;
    (void)parseWidths(m_imageWidths->text(), &widthsOk);
    if (!widthsOk) {
        return tr("Image widths: enter one to %1 numbers from %2 to %3, separated by commas.")
            .arg(AppSettings::MaxImageWidthCount)
            .arg(AppSettings::ImageWidth.minimum)
            .arg(AppSettings::ImageWidth.maximum);
    }
    return AppSettings::databaseProblem(m_database->text().trimmed());
}

void PreferencesDialog::validate()
{
    const QString text = problem();
    m_problem->setText(text);
    // A red that keeps its contrast on both the light and the dark palette.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QPalette problemPalette = m_problem->palette();
    problemPalette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x7a) : QColor(0xa9, 0x32, 0x26));
    m_problem->setPalette(problemPalette);
    m_problem->setVisible(!text.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(text.isEmpty());
}

bool PreferencesDialog::apply()
{
    if (!problem().isEmpty()) {
        return false;
    }
    m_settings.setAuthorName(m_authorName->text());
    m_settings.setUiLanguage(m_uiLanguage->currentData().value<AppSettings::UiLanguage>());
    m_settings.setAppearance(m_appearance->currentData().value<AppSettings::Appearance>());
    m_settings.setDefaultLanguage(m_defaultLanguage->currentData().toString());
    m_settings.setSkipAllCapsWords(m_skipAllCaps->isChecked());
    m_settings.setTypographyAsYouType(m_typographyAsYouType->isChecked());
    m_settings.setTypographyOnPaste(m_typographyOnPaste->isChecked());
    m_settings.setTypographyAfterImport(m_typographyAfterImport->isChecked());
    m_settings.setReadingRate(m_readingRate->value());
    m_settings.setExportBaseUrl(QUrl(m_baseUrl->text().trimmed(), QUrl::StrictMode));
    m_settings.setExportTemplateFolder(m_templateFolder->text());
    bool widthsOk = false;
    m_settings.setImageWidths(parseWidths(m_imageWidths->text(), &widthsOk));
    m_settings.setGermanQuotes(m_germanQuotes->isChecked());
    m_settings.setNonBreakingSpaces(m_nonBreakingSpaces->isChecked());
    m_settings.setEllipsis(m_ellipsis->isChecked());
    m_settings.setPhotoCreditFormat(m_photoCreditFormat->text());
    m_settings.setKeepPhotoGps(m_keepPhotoGps->isChecked());
    m_settings.setDatabase(m_database->text());
    m_settings.setAutosaveIdleDelay(m_autosaveIdle->value());
    m_settings.setAutosaveMaxInterval(m_autosaveMax->value());
    // Show what was stored (trimmed, sorted widths, …) rather than what was typed.
    load();
    // Only an administrator may change the newsroom's rules (the page is read-only for the
    // others); when the server still refuses, the dialog stays open with its answer instead of
    // closing as if they were stored.
    if (m_newsroom && m_newsroom->mayChange() && !m_newsroom->save(m_newsroomPage->settings())) {
        m_problem->setText(tr("The newsroom settings could not be saved: %1").arg(m_newsroom->errorString()));
        m_problem->show();
        return false;
    }
    return true;
}

void PreferencesDialog::setNewsroomConfig(NewsroomConfig *config)
{
    m_newsroom = config;
    if (!config)
        return;
    config->reload(); // a colleague may have changed them since the start
    if (!m_newsroomPage) {
        m_newsroomPage = new NewsroomPage(this);
        m_tabs->insertTab(2, m_newsroomPage, tr("&Newsroom"));
    }
    m_newsroomPage->setSettings(config->settings());
    if (!config->mayChange())
        m_newsroomPage->setReadOnly(tr("Only the newsroom's administrator can change them. Your role: %1.")
                                        .arg(config->roleLabel()));
}

void PreferencesDialog::accept()
{
    if (apply()) {
        QDialog::accept();
    }
}
