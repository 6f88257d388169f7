#pragma once

#include <QDialog>

class AppSettings;
class DialogInterface;
class NewsroomConfig;
class NewsroomPage;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;

// Preferences → one page per concern (General, Writing, Export, Storage). Edits stay in the
// dialog until OK or Apply; Cancel leaves AppSettings untouched. Fields that cannot be
// stored (a bad base URL, a database address with a password) disable OK and say why.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    // dialogs: the seam the "Browse…" buttons ask for a folder or file through.
    PreferencesDialog(AppSettings &settings, DialogInterface &dialogs, QWidget *parent = nullptr);

    // The database this window works on, which may not be the preference (--database).
    void setOpenDatabase(const QString &location);
    // Adds the Newsroom page (field limits, Zeilen column width, readability hints), stored in
    // the database for everyone who uses it.
    void setNewsroomConfig(NewsroomConfig *config);

    // Why the current input cannot be applied; empty when it can.
    [[nodiscard]] QString problem() const;

    // False when something could not be stored (the dialog then says why).
    bool apply();
    void accept() override;

private:
    QWidget *createGeneralPage();
    QWidget *createWritingPage();
    QWidget *createExportPage();
    QWidget *createStoragePage();
    void load();
    void validate();
    [[nodiscard]] static QList<int> parseWidths(const QString &text, bool *ok);

    AppSettings &m_settings;
    DialogInterface &m_dialogs;

    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_authorName = nullptr;
    QComboBox *m_uiLanguage = nullptr;
    QComboBox *m_appearance = nullptr;
    QSpinBox *m_readingRate = nullptr;
    QComboBox *m_defaultLanguage = nullptr;
    QCheckBox *m_skipAllCaps = nullptr;
    QCheckBox *m_typographyAsYouType = nullptr;
    QCheckBox *m_typographyOnPaste = nullptr;
    QCheckBox *m_typographyAfterImport = nullptr;
    NewsroomConfig *m_newsroom = nullptr;
    NewsroomPage *m_newsroomPage = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLineEdit *m_templateFolder = nullptr;
    QLineEdit *m_imageWidths = nullptr;
    QCheckBox *m_germanQuotes = nullptr;
    QCheckBox *m_nonBreakingSpaces = nullptr;
    QCheckBox *m_ellipsis = nullptr;
    QLineEdit *m_photoCreditFormat = nullptr;
    QCheckBox *m_keepPhotoGps = nullptr;
    QLineEdit *m_database = nullptr;
    QLabel *m_openDatabase = nullptr;
    QSpinBox *m_autosaveIdle = nullptr;
    QSpinBox *m_autosaveMax = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
