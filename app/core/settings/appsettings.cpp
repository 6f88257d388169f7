#include "settings/appsettings.h"

#include "language/languages.h"
#include "photo/creditformat.h"
#include "storage/repositoryfactory.h"

#include <QDir>
#include <QMetaMethod>
#include <QUrlQuery>

#include <algorithm>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
template<typename Enum>
Enum enumFromString(const QString &text, Enum fallback, std::initializer_list<std::pair<Enum, QLatin1StringView>> names)
{
    for (const auto &[value, name] : names) {
        if (text == name) {
            return value;
        }
    }
    return fallback;
}

template<typename Enum>
QLatin1StringView enumToString(Enum value, std::initializer_list<std::pair<Enum, QLatin1StringView>> names)
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value) {
            return name;
        }
    }
    return names.begin()->second;
}

// Stored as words, not numbers, so that the file stays readable and survives a reordered enum.
const std::initializer_list<std::pair<AppSettings::UiLanguage, QLatin1StringView>> uiLanguageNames{
    {AppSettings::UiLanguage::System, "system"_L1},
    {AppSettings::UiLanguage::German, "de"_L1},
    {AppSettings::UiLanguage::English, "en"_L1},
};
const std::initializer_list<std::pair<AppSettings::Appearance, QLatin1StringView>> appearanceNames{
    {AppSettings::Appearance::System, "system"_L1},
    {AppSettings::Appearance::Light, "light"_L1},
    {AppSettings::Appearance::Dark, "dark"_L1},
};
// What earlier versions stored under "general/<name>" comes back as "General/<name>" (see the
// keys in the header): read there when the new key was never written, so nothing set is lost.
QVariant valueOrLegacy(const QSettings &settings, QLatin1StringView key, QLatin1StringView legacyName,
                       const QVariant &fallback = {})
{
    if (settings.contains(key))
        return settings.value(key);
    return settings.value(u"General/"_s + legacyName, fallback);
}
} // namespace

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
{
    // Every "…Changed" signal, also of settings added later, emits modified() too.
    const QMetaMethod any = metaObject()->method(metaObject()->indexOfSignal("modified()"));
    for (int i = metaObject()->methodOffset(); i < metaObject()->methodCount(); ++i) {
        const QMetaMethod method = metaObject()->method(i);
        if (method.methodType() == QMetaMethod::Signal && method != any && method.name().endsWith("Changed"))
            connect(this, method, this, any);
    }
}

QString AppSettings::authorName() const
{
    return valueOrLegacy(m_settings, AuthorNameKey, "authorName"_L1, systemUserFullName()).toString().trimmed();
}

void AppSettings::setAuthorName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed == authorName()) {
        return;
    }
    m_settings.setValue(AuthorNameKey, trimmed);
    Q_EMIT authorNameChanged(trimmed);
}

AppSettings::UiLanguage AppSettings::uiLanguage() const
{
    return enumFromString(valueOrLegacy(m_settings, UiLanguageKey, "uiLanguage"_L1).toString(), UiLanguage::System, uiLanguageNames);
}

void AppSettings::setUiLanguage(UiLanguage language)
{
    if (language == uiLanguage()) {
        return;
    }
    m_settings.setValue(UiLanguageKey, QString(enumToString(language, uiLanguageNames)));
    Q_EMIT uiLanguageChanged(language);
}

AppSettings::Appearance AppSettings::appearance() const
{
    return enumFromString(valueOrLegacy(m_settings, AppearanceKey, "appearance"_L1).toString(), Appearance::System, appearanceNames);
}

void AppSettings::setAppearance(Appearance appearance)
{
    if (appearance == this->appearance()) {
        return;
    }
    m_settings.setValue(AppearanceKey, QString(enumToString(appearance, appearanceNames)));
    Q_EMIT appearanceChanged(appearance);
}

int AppSettings::readingRate() const
{
    return readInt(ReadingRate);
}

void AppSettings::setReadingRate(int wordsPerMinute)
{
    writeInt(ReadingRate, wordsPerMinute, &AppSettings::readingRateChanged);
}

QString AppSettings::defaultLanguage() const
{
    const QString language = Languages::dictionary(m_settings.value(DefaultLanguageKey, QString(DefaultLanguageDefault)).toString());
    return supportedLanguages().contains(language) ? language : QString(DefaultLanguageDefault);
}

QString AppSettings::newsroomGerman() const
{
    const QString tag = Languages::normalize(defaultLanguage());
    return tag.startsWith(u"de-"_s) ? tag : Languages::defaultGerman.toString();
}

void AppSettings::setDefaultLanguage(const QString &anySpelling)
{
    const QString language = Languages::dictionary(anySpelling);
    if (!supportedLanguages().contains(language) || language == defaultLanguage()) {
        return;
    }
    m_settings.setValue(DefaultLanguageKey, language);
    Q_EMIT defaultLanguageChanged(language);
}

// The accessors share one shape on purpose: a getter and setter per key; readBool()/writeBool() hold the logic.
bool AppSettings::skipAllCapsWords() const
{
    return readBool(SkipAllCapsWords);
}

void AppSettings::setSkipAllCapsWords(bool skip)
{
    writeBool(SkipAllCapsWords, skip, &AppSettings::skipAllCapsWordsChanged);
}

bool AppSettings::typographyAsYouType() const
{
    return readBool(TypographyAsYouType);
}

void AppSettings::setTypographyAsYouType(bool on)
{
    writeBool(TypographyAsYouType, on, &AppSettings::typographyAsYouTypeChanged);
}

bool AppSettings::typographyOnPaste() const
{
    return readBool(TypographyOnPaste);
}

void AppSettings::setTypographyOnPaste(bool on)
{
    writeBool(TypographyOnPaste, on, &AppSettings::typographyOnPasteChanged);
}

bool AppSettings::typographyAfterImport() const
{
    return readBool(TypographyAfterImport);
}

void AppSettings::setTypographyAfterImport(bool on)
{
    writeBool(TypographyAfterImport, on, &AppSettings::typographyAfterImportChanged);
}

bool AppSettings::showInvisibles() const
{
    return readBool(ShowInvisibles);
}

void AppSettings::setShowInvisibles(bool on)
{
    writeBool(ShowInvisibles, on, &AppSettings::showInvisiblesChanged);
}

QUrl AppSettings::exportBaseUrl() const
{
    const QUrl url(m_settings.value(ExportBaseUrlKey, QString(ExportBaseUrlDefault)).toString());
    return isValidBaseUrl(url) ? url : QUrl(QString(ExportBaseUrlDefault));
}

bool AppSettings::setExportBaseUrl(const QUrl &url)
{
    if (!isValidBaseUrl(url)) {
        return false;
    }
    if (url != exportBaseUrl()) {
        m_settings.setValue(ExportBaseUrlKey, url.toString());
        Q_EMIT exportBaseUrlChanged(url);
    }
    return true;
}

QString AppSettings::exportTemplateFolder() const
{
    return m_settings.value(ExportTemplateFolderKey).toString();
}

void AppSettings::setExportTemplateFolder(const QString &folder)
{
    const QString cleaned = folder.trimmed().isEmpty() ? QString() : QDir::cleanPath(folder.trimmed());
    if (cleaned == exportTemplateFolder()) {
        return;
    }
    m_settings.setValue(ExportTemplateFolderKey, cleaned);
    Q_EMIT exportTemplateFolderChanged(cleaned);
}

QList<int> AppSettings::imageWidths() const
{
    if (!m_settings.contains(ImageWidthsKey)) {
        return defaultImageWidths();
    }
    QList<int> widths;
    const QStringList stored = m_settings.value(ImageWidthsKey).toStringList();
    for (const QString &text : stored) {
        bool ok = false;
        const int width = text.trimmed().toInt(&ok);
        if (ok) {
            widths.append(width);
        }
    }
    return normalizedWidths(widths);
}

void AppSettings::setImageWidths(const QList<int> &widths)
{
    const QList<int> normalized = normalizedWidths(widths);
    if (normalized == imageWidths()) {
        return;
    }
    QStringList stored;
    for (int width : normalized) {
        stored.append(QString::number(width));
    }
    m_settings.setValue(ImageWidthsKey, stored);
    Q_EMIT imageWidthsChanged(normalized);
}

bool AppSettings::germanQuotes() const
{
    return readBool(GermanQuotes);
}

void AppSettings::setGermanQuotes(bool on)
{
    writeBool(GermanQuotes, on, &AppSettings::germanQuotesChanged);
}

bool AppSettings::nonBreakingSpaces() const
{
    return readBool(NonBreakingSpaces);
}

void AppSettings::setNonBreakingSpaces(bool on)
{
    writeBool(NonBreakingSpaces, on, &AppSettings::nonBreakingSpacesChanged);
}

bool AppSettings::ellipsis() const
{
    return readBool(Ellipsis);
}

void AppSettings::setEllipsis(bool on)
{
    writeBool(Ellipsis, on, &AppSettings::ellipsisChanged);
}

QString AppSettings::database() const
{
    // A password typed into the file by hand is dropped, never handed on.
    return withoutPassword(m_settings.value(DatabaseKey).toString().trimmed());
}

bool AppSettings::setDatabase(const QString &location, QString *error)
{
    const QString trimmed = location.trimmed();
    const QString problem = databaseProblem(trimmed);
    if (!problem.isEmpty()) {
        if (error) {
            *error = problem;
        }
        return false;
    }
    const QString stored = isPostgresUrl(trimmed) || trimmed.isEmpty() ? trimmed : QDir::cleanPath(trimmed);
    if (stored != database()) {
        m_settings.setValue(DatabaseKey, stored);
        Q_EMIT databaseChanged(stored);
    }
    return true;
}

int AppSettings::autosaveIdleDelay() const
{
    return readInt(AutosaveIdleDelay);
}

void AppSettings::setAutosaveIdleDelay(int seconds)
{
    writeInt(AutosaveIdleDelay, seconds, &AppSettings::autosaveIdleDelayChanged);
}

int AppSettings::autosaveMaxInterval() const
{
    return readInt(AutosaveMaxInterval);
}

void AppSettings::setAutosaveMaxInterval(int seconds)
{
    writeInt(AutosaveMaxInterval, seconds, &AppSettings::autosaveMaxIntervalChanged);
}

QList<QString> AppSettings::supportedLanguages()
{
    QList<QString> dictionaries;
    for (const Languages::Language &language : Languages::offered())
        dictionaries.append(language.dictionary);
    return dictionaries;
}

QList<int> AppSettings::defaultImageWidths()
{
    return {480, 800, 1200};
}

QString AppSettings::defaultDatabasePath()
{
    return RepositoryFactory::defaultLocation();
}

QString AppSettings::systemUserFullName()
{
    const passwd *entry = ::getpwuid(::getuid());
    if (!entry || !entry->pw_gecos) {
        return {};
    }
    // GECOS is "Full Name,Room,Phone,...": only the first field is the name. System accounts
    // repeat the login name there ("root"): that is no byline.
    const QString name = QString::fromLocal8Bit(entry->pw_gecos).section(u',', 0, 0).trimmed();
    if (entry->pw_name && name.compare(QString::fromLocal8Bit(entry->pw_name), Qt::CaseInsensitive) == 0)
        return {};
    return name;
}

bool AppSettings::isValidBaseUrl(const QUrl &url)
{
    return url.isValid() && (url.scheme() == "https"_L1 || url.scheme() == "http"_L1) && !url.host().isEmpty()
        && url.fragment().isEmpty();
}

bool AppSettings::isPostgresUrl(const QString &location)
{
    return location.startsWith("postgresql://"_L1, Qt::CaseInsensitive)
        || location.startsWith("postgres://"_L1, Qt::CaseInsensitive);
}

QString AppSettings::databaseProblem(const QString &location)
{
    if (!isPostgresUrl(location)) {
        if (location.contains(u"://"_s)) {
            return tr("Unknown database address. Use an SQLite file path or a postgresql:// URL.");
        }
        return {};
    }
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        return tr("The PostgreSQL address is not valid. Example: postgresql://user@host:5432/newsdesk");
    }
    if (!url.password().isEmpty() || QUrlQuery(url).hasQueryItem(u"password"_s)) {
        return tr("The database address contains a password. Newsdesk never stores passwords: remove it "
                  "and put the password into ~/.pgpass or the file the PGPASSFILE environment variable names.");
    }
    return {};
}

QString AppSettings::withoutPassword(const QString &location)
{
    if (!isPostgresUrl(location)) {
        return location;
    }
    QUrl url(location);
    url.setPassword(QString());
    QUrlQuery query(url);
    query.removeAllQueryItems(u"password"_s);
    url.setQuery(query.isEmpty() ? QString() : query.query());
    return url.toString();
}

int AppSettings::readInt(const IntSetting &setting) const
{
    bool ok = false;
    const int value = m_settings.value(setting.key, setting.defaultValue).toInt(&ok);
    return ok ? setting.clamped(value) : setting.defaultValue;
}

void AppSettings::writeInt(const IntSetting &setting, int value, void (AppSettings::*changed)(int))
{
    const int clamped = setting.clamped(value);
    if (clamped == readInt(setting)) {
        return;
    }
    m_settings.setValue(setting.key, clamped);
    Q_EMIT(this->*changed)(clamped);
}

QString AppSettings::photoCreditFormat() const
{
    const QString format = m_settings.value(PhotoCreditFormatKey).toString().simplified();
    return CreditFormat::isValid(format) ? format : QString(CreditFormat::defaultFormat);
}

void AppSettings::setPhotoCreditFormat(const QString &format)
{
    const QString cleaned = CreditFormat::isValid(format.simplified()) ? format.simplified()
                                                                       : QString(CreditFormat::defaultFormat);
    if (cleaned == photoCreditFormat())
        return;
    m_settings.setValue(PhotoCreditFormatKey, cleaned);
    Q_EMIT photoCreditFormatChanged(cleaned);
}

bool AppSettings::keepPhotoGps() const
{
    return readBool(KeepPhotoGps);
}

void AppSettings::setKeepPhotoGps(bool keep)
{
    writeBool(KeepPhotoGps, keep, &AppSettings::keepPhotoGpsChanged);
}

bool AppSettings::readBool(const BoolSetting &setting) const
{
    return m_settings.value(setting.key, setting.defaultValue).toBool();
}

void AppSettings::writeBool(const BoolSetting &setting, bool value, void (AppSettings::*changed)(bool))
{
    if (value == readBool(setting)) {
        return;
    }
    m_settings.setValue(setting.key, value);
    Q_EMIT(this->*changed)(value);
}

QList<int> AppSettings::normalizedWidths(const QList<int> &widths)
{
    QList<int> result;
    for (int width : widths) {
        result.append(ImageWidth.clamped(width));
    }
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    if (result.size() > MaxImageWidthCount) {
        result.resize(MaxImageWidthCount);
    }
    return result.isEmpty() ? defaultImageWidths() : result;
}
