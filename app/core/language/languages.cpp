#include "language/languages.h"

#include <QLocale>
#include <QStringList>

#include <Sonnet/Speller>

using namespace Qt::StringLiterals;

namespace {
// ISO 639-2 (bibliographic and terminology) codes that old systems and library records send.
QString twoLetterCode(const QString &primary)
{
    static const QList<std::pair<QString, QString>> codes{
        {u"ger"_s, u"de"_s}, {u"deu"_s, u"de"_s}, {u"gsw"_s, u"de"_s}, {u"eng"_s, u"en"_s},
        {u"fre"_s, u"fr"_s}, {u"fra"_s, u"fr"_s}, {u"ita"_s, u"it"_s}, {u"spa"_s, u"es"_s},
        {u"dut"_s, u"nl"_s}, {u"nld"_s, u"nl"_s}, {u"pol"_s, u"pl"_s}, {u"tur"_s, u"tr"_s},
    };
    for (const auto &[three, two] : codes) {
        if (primary == three)
            return two;
    }
    return primary;
}

bool isAlpha(QStringView s)
{
    for (const QChar c : s) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')))
            return false;
    }
    return !s.isEmpty();
}

bool isDigits(QStringView s)
{
    for (const QChar c : s) {
        if (!c.isDigit())
            return false;
    }
    return !s.isEmpty();
}
} // namespace

const QList<Languages::Language> &Languages::all()
{
    using S = Typography::Style;
    static const QList<Language> table{
        {u"de-DE"_s, u"de_DE"_s, QT_TR_NOOP("German (Germany)"), S::German, true},
        {u"de-AT"_s, u"de_AT"_s, QT_TR_NOOP("German (Austria)"), S::German, true},
        {u"de-CH"_s, u"de_CH"_s, QT_TR_NOOP("German (Switzerland)"), S::SwissGerman, true},
        {u"en-US"_s, u"en_US"_s, QT_TR_NOOP("English (US)"), S::English, true},
        {u"en-GB"_s, u"en_GB"_s, QT_TR_NOOP("English (UK)"), S::English, true},
        // Recognised on import and named in messages; the newsroom does not write in them.
        {u"fr-FR"_s, u"fr_FR"_s, QT_TR_NOOP("French"), S::Neutral, false},
        {u"it-IT"_s, u"it_IT"_s, QT_TR_NOOP("Italian"), S::Neutral, false},
        {u"es-ES"_s, u"es_ES"_s, QT_TR_NOOP("Spanish"), S::Neutral, false},
    };
    return table;
}

QList<Languages::Language> Languages::offered()
{
    QList<Language> result;
    for (const Language &language : all()) {
        if (language.offered)
            result.append(language);
    }
    return result;
}

QString Languages::normalize(const QString &any, QStringView newsroomGerman)
{
    const QStringList parts = any.trimmed().replace(u'_', u'-').split(u'-');
    const QString first = parts.constFirst().toLower();
    if (!isAlpha(first) || first.size() < 2 || first.size() > 3)
        return {};
    const QString primary = twoLetterCode(first);
    QString region;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString &part = parts.at(i);
        if (part.size() == 4 && isAlpha(part))
            continue; // a script ("Latn"): German and English are written in one
        if ((part.size() == 2 && isAlpha(part)) || (part.size() == 3 && isDigits(part))) {
            if (region.isEmpty())
                region = part.toUpper();
            continue;
        }
        if (!isAlpha(part) && !isDigits(part) && !part.isEmpty())
            return {}; // not a tag at all ("de-D E", "de/DE")
        // Variants and extensions ("1996", "x-private") do not change the dictionary.
    }
    if (first == u"gsw"_s)
        region = u"CH"_s;
    if (primary == u"de"_s && region == u"LI"_s)
        region = u"CH"_s; // Liechtenstein writes Swiss German
    const QString german = newsroomGerman.isEmpty() ? defaultGerman.toString() : newsroomGerman.toString();
    if (region.isEmpty()) {
        if (primary == u"de"_s)
            return german;
        for (const Language &language : all()) {
            if (language.tag.startsWith(primary + u'-'))
                return language.tag;
        }
        return primary;
    }
    const QString tag = primary + u'-' + region;
    for (const Language &language : all()) {
        if (language.tag == tag)
            return tag;
    }
    // Region first, as some old systems write it: "AT-de", "US-en".
    const QString swapped = region.toLower() + u'-' + primary.toUpper();
    for (const Language &language : all()) {
        if (parts.size() == 2 && language.tag == swapped)
            return swapped;
    }
    // German of Belgium, Luxembourg, South Tyrol: spelled as the newsroom spells German.
    if (primary == u"de"_s)
        return german;
    return tag;
}

const Languages::Language *Languages::find(const QString &any, QStringView newsroomGerman)
{
    const QString tag = normalize(any, newsroomGerman);
    for (const Language &language : all()) {
        if (language.tag == tag)
            return &language;
    }
    return nullptr;
}

QString Languages::label(const QString &any)
{
    if (const Language *language = find(any))
        return tr(language->label);
    const QString tag = normalize(any);
    if (tag.isEmpty())
        return any.trimmed();
    const QLocale locale(tag);
    if (locale.language() == QLocale::C || locale.language() == QLocale::AnyLanguage)
        return tag;
    return QLocale::languageToString(locale.language());
}

QString Languages::dictionary(const QString &any, QStringView newsroomGerman)
{
    const Language *language = find(any, newsroomGerman);
    return language ? language->dictionary : QString();
}

Typography::Style Languages::quoteStyle(const QString &any)
{
    if (const Language *language = find(any))
        return language->quotes;
    // English of Australia or India: set as English, though no dictionary row names it.
    if (normalize(any).startsWith(u"en-"_s))
        return Typography::Style::English;
    return Typography::Style::Neutral;
}

bool Languages::hasDictionary(const QString &any, QStringView newsroomGerman)
{
    const QString name = dictionary(any, newsroomGerman);
    if (name.isEmpty())
        return false;
    return Sonnet::Speller().availableLanguages().contains(name);
}

QString Languages::noDictionaryMessage(const QString &any)
{
    return tr("No dictionary for %1").arg(label(any));
}
