#pragma once

#include "readingtime.h"
#include "session/autosaver.h"

#include <QLatin1StringView>
#include <QList>
#include <QObject>
#include <QSettings>
#include <QString>
#include <QUrl>

// The one owner of Newsdesk's settings. Every key lives here with its default and its range,
// values are clamped on read (a hand-edited file cannot break the editor) and on write, and
// each setting has its own change signal. Created in main() and passed to whoever needs it.
class AppSettings : public QObject
{
    Q_OBJECT

public:
    enum class UiLanguage { System, German, English };
    Q_ENUM(UiLanguage)
    enum class Appearance { System, Light, Dark };
    Q_ENUM(Appearance)

    struct IntSetting {
        QLatin1StringView key;
        int defaultValue;
        int minimum;
        int maximum;
        [[nodiscard]] constexpr int clamped(int value) const
        {
            return value < minimum ? minimum : (value > maximum ? maximum : value);
        }
    };
    struct BoolSetting {
        QLatin1StringView key;
        bool defaultValue;
    };

    // Not in a group "general": QSettings writes that as the INI file's [%General] section and
    // the next process reads it back as "General/…", so these were lost at every restart.
    static constexpr QLatin1StringView AuthorNameKey{"author/name"};
    static constexpr QLatin1StringView UiLanguageKey{"interface/language"};
    static constexpr QLatin1StringView AppearanceKey{"interface/appearance"};
    static constexpr IntSetting ReadingRate{QLatin1StringView("writing/readingRate"), ReadingTime::defaultWordsPerMinute,
                                            ReadingTime::minWordsPerMinute, ReadingTime::maxWordsPerMinute};
    static constexpr QLatin1StringView DefaultLanguageKey{"writing/defaultLanguage"};
    static constexpr QLatin1StringView DefaultLanguageDefault{"de_DE"};
    static constexpr QLatin1StringView ExportBaseUrlKey{"export/baseUrl"};
    static constexpr QLatin1StringView ExportBaseUrlDefault{"https://www.example.de/artikel/"};
    static constexpr QLatin1StringView ExportTemplateFolderKey{"export/templateFolder"};
    static constexpr QLatin1StringView ImageWidthsKey{"export/imageWidths"};
    static constexpr IntSetting ImageWidth{QLatin1StringView("export/imageWidths"), 800, 160, 4000};
    static constexpr int MaxImageWidthCount = 8;
    static constexpr BoolSetting GermanQuotes{QLatin1StringView("typography/germanQuotes"), true};
    static constexpr BoolSetting NonBreakingSpaces{QLatin1StringView("typography/nonBreakingSpaces"), true};
    static constexpr BoolSetting Ellipsis{QLatin1StringView("typography/ellipsis"), true};
    static constexpr QLatin1StringView DatabaseKey{"storage/database"};
    static constexpr IntSetting AutosaveIdleDelay{QLatin1StringView("storage/autosaveIdleDelay"),
                                                   Autosaver::defaultIdleInterval / 1000, 1, 30};
    static constexpr IntSetting AutosaveMaxInterval{QLatin1StringView("storage/autosaveMaxInterval"),
                                                     Autosaver::defaultMaxInterval / 1000, 1, 300};
    // No column width for Zeilen here: it is the newsroom's (NewsroomSettings::LineColumns), and
    // a personal "copydesk/lineColumns" left in a file by an earlier build is not read.
    static constexpr BoolSetting SkipAllCapsWords{QLatin1StringView("spelling/skipAllCapsWords"), true};
    // Quotes, dashes, ellipses and no-break spaces set while typing (TypographyTyping).
    static constexpr BoolSetting TypographyAsYouType{QLatin1StringView("writing/typographyAsYouType"), true};
    // Pasted text gets the same typography, as an undo step of its own.
    static constexpr BoolSetting TypographyOnPaste{QLatin1StringView("writing/typographyOnPaste"), false};
    // An article just imported gets the typography at once, saved as a version of its own, so
    // that the agency's text stays in the history as it came (else the window offers it).
    static constexpr BoolSetting TypographyAfterImport{QLatin1StringView("writing/typographyAfterImport"), false};
    // View → Show Invisible Characters.
    static constexpr BoolSetting ShowInvisibles{QLatin1StringView("view/showInvisibles"), false};
    // The credit taken from a photo's metadata, in the newsroom's form (see CreditFormat);
    // empty or without a placeholder means CreditFormat::defaultFormat, "Foto: {credit}".
    static constexpr QLatin1StringView PhotoCreditFormatKey{"photo/creditFormat"};
    // Exported photos keep their GPS position (MetadataStripRules' one optional rule).
    static constexpr BoolSetting KeepPhotoGps{QLatin1StringView("export/keepPhotoGps"), false};

    // What the window remembers by itself (no preference, no range, no signal of its own):
    // its layout, and the last article with the database that id belongs to.
    static constexpr QLatin1StringView WindowGeometryKey{"window/geometry"};
    static constexpr QLatin1StringView WindowStateKey{"window/state"};
    static constexpr QLatin1StringView MainSplitterKey{"window/mainSplitter"};
    static constexpr QLatin1StringView SideTabKey{"window/sideTab"};
    static constexpr QLatin1StringView LastArticleKey{"window/lastArticle"}; // id in the database below
    static constexpr QLatin1StringView LastDatabaseKey{"window/lastDatabase"}; // the id is only valid there

    // Uses the application's QSettings (organisation and application name set in main).
    explicit AppSettings(QObject *parent = nullptr);

    // One of the window keys above.
    [[nodiscard]] QVariant windowValue(QLatin1StringView key) const { return m_settings.value(key); }
    void setWindowValue(QLatin1StringView key, const QVariant &value) { m_settings.setValue(key, value); }

    [[nodiscard]] QString authorName() const;
    void setAuthorName(const QString &name);
    [[nodiscard]] UiLanguage uiLanguage() const;
    void setUiLanguage(UiLanguage language);
    [[nodiscard]] Appearance appearance() const;
    void setAppearance(Appearance appearance);

    // One getter and setter per key on purpose, alike in shape: each key's change signal is declared below.
    [[nodiscard]] int readingRate() const;
    void setReadingRate(int wordsPerMinute);
    [[nodiscard]] QString defaultLanguage() const;
    void setDefaultLanguage(const QString &language);
    // What a bare "de" in imported copy means: the default language when it is a German, else
    // de-DE (Languages::normalize).
    [[nodiscard]] QString newsroomGerman() const;
    [[nodiscard]] bool skipAllCapsWords() const;
    void setSkipAllCapsWords(bool skip);
    [[nodiscard]] bool typographyAsYouType() const;
    void setTypographyAsYouType(bool on);
    [[nodiscard]] bool typographyOnPaste() const;
    void setTypographyOnPaste(bool on);
    [[nodiscard]] bool typographyAfterImport() const;
    void setTypographyAfterImport(bool on);
    [[nodiscard]] bool showInvisibles() const;
    void setShowInvisibles(bool on);

    [[nodiscard]] QUrl exportBaseUrl() const;
    // Refuses (returns false, keeps the old value) anything but an absolute http(s) URL with a host.
    bool setExportBaseUrl(const QUrl &url);
    [[nodiscard]] QString exportTemplateFolder() const;
    void setExportTemplateFolder(const QString &folder);
    // Sorted, without duplicates, each within ImageWidth's range, never empty.
    [[nodiscard]] QList<int> imageWidths() const;
    void setImageWidths(const QList<int> &widths);
    [[nodiscard]] bool germanQuotes() const;
    void setGermanQuotes(bool on);
    [[nodiscard]] bool nonBreakingSpaces() const;
    void setNonBreakingSpaces(bool on);
    [[nodiscard]] bool ellipsis() const;
    void setEllipsis(bool on);

    // An SQLite file path or a postgresql:// URL; empty means the default file
    // (defaultDatabasePath()). Never contains a password.
    [[nodiscard]] QString database() const;
    // Refuses (returns false, sets *error) a URL that carries a password.
    bool setDatabase(const QString &location, QString *error = nullptr);
    [[nodiscard]] int autosaveIdleDelay() const;
    void setAutosaveIdleDelay(int seconds);
    [[nodiscard]] int autosaveMaxInterval() const;
    void setAutosaveMaxInterval(int seconds);

    [[nodiscard]] QString photoCreditFormat() const;
    void setPhotoCreditFormat(const QString &format);
    [[nodiscard]] bool keepPhotoGps() const;
    void setKeepPhotoGps(bool keep);

    [[nodiscard]] static QList<QString> supportedLanguages();
    [[nodiscard]] static QList<int> defaultImageWidths();
    [[nodiscard]] static QString defaultDatabasePath();
    // The full name of the OS user (GECOS field), the author name's default; empty if unknown.
    [[nodiscard]] static QString systemUserFullName();
    [[nodiscard]] static bool isValidBaseUrl(const QUrl &url);
    [[nodiscard]] static bool isPostgresUrl(const QString &location);
    // Why a database location is refused, or an empty string when it is fine.
    [[nodiscard]] static QString databaseProblem(const QString &location);
    // The location with any password removed (for values written by hand into the file).
    [[nodiscard]] static QString withoutPassword(const QString &location);

Q_SIGNALS:
    // After any setting's own signal below: for whoever applies many settings at once.
    void modified();
    void authorNameChanged(const QString &name);
    void uiLanguageChanged(AppSettings::UiLanguage language);
    void appearanceChanged(AppSettings::Appearance appearance);
    void readingRateChanged(int wordsPerMinute);
    void defaultLanguageChanged(const QString &language);
    void skipAllCapsWordsChanged(bool skip);
    void typographyAsYouTypeChanged(bool on);
    void typographyOnPasteChanged(bool on);
    void typographyAfterImportChanged(bool on);
    void showInvisiblesChanged(bool on);
    void exportBaseUrlChanged(const QUrl &url);
    void exportTemplateFolderChanged(const QString &folder);
    void imageWidthsChanged(const QList<int> &widths);
    void germanQuotesChanged(bool on);
    void nonBreakingSpacesChanged(bool on);
    void ellipsisChanged(bool on);
    void databaseChanged(const QString &location);
    void autosaveIdleDelayChanged(int seconds);
    void autosaveMaxIntervalChanged(int seconds);
    void photoCreditFormatChanged(const QString &format);
    void keepPhotoGpsChanged(bool keep);

private:
    [[nodiscard]] int readInt(const IntSetting &setting) const;
    void writeInt(const IntSetting &setting, int value, void (AppSettings::*changed)(int));
    [[nodiscard]] bool readBool(const BoolSetting &setting) const;
    void writeBool(const BoolSetting &setting, bool value, void (AppSettings::*changed)(bool));
    [[nodiscard]] static QList<int> normalizedWidths(const QList<int> &widths);

    QSettings m_settings;
};
