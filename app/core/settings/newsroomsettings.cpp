#include "settings/newsroomsettings.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
int readInt(const QMap<QString, QString> &values, const NewsroomSettings::IntSetting &setting)
{
    bool ok = false;
    const int value = values.value(setting.key).toInt(&ok);
    return ok ? std::clamp(value, setting.minimum, setting.maximum) : setting.defaultValue;
}

bool readBool(const QMap<QString, QString> &values, const NewsroomSettings::BoolSetting &setting)
{
    const QString value = values.value(setting.key);
    if (value == u"true"_s)
        return true;
    if (value == u"false"_s)
        return false;
    return setting.defaultValue;
}

QString boolText(bool value)
{
    return value ? u"true"_s : u"false"_s;
}
} // namespace

QList<NewsroomSettings::LimitSetting> NewsroomSettings::limitSettings()
{
    // The ranges are ValidationLimits' (the Validator clamps to them). The recommended values are the ones the editor always had (ValidationLimits); the hard
    // ones leave room for a long word or a quote, as a layout can take a little more.
    return {
        {ArticleField::Kicker, QLatin1StringView("limits/kicker"), {40, 60}, 10, 200},
        {ArticleField::Headline, QLatin1StringView("limits/headline"), {90, 120}, 20, 300},
        {ArticleField::Teaser, QLatin1StringView("limits/teaser"), {300, 450}, 50, 2000},
        {ArticleField::PhotoCaption, QLatin1StringView("limits/photoCaption"), {300, 500}, 50, 3000},
        {ArticleField::PhotoAlt, QLatin1StringView("limits/photoAlt"), {150, 250}, 50, 1000},
    };
}

NewsroomSettings::NewsroomSettings()
{
    for (const LimitSetting &setting : limitSettings())
        m_limits.insert(setting.field, setting.defaults);
}

void NewsroomSettings::setLimit(ArticleField field, FieldLimit limit)
{
    for (const LimitSetting &setting : limitSettings()) {
        if (setting.field != field)
            continue;
        limit.recommended = std::clamp(limit.recommended, setting.minimum, setting.maximum);
        limit.hard = std::clamp(limit.hard, limit.recommended, setting.maximum);
        m_limits.insert(field, limit);
    }
}

NewsroomSettings NewsroomSettings::fromMap(const QMap<QString, QString> &values)
{
    NewsroomSettings settings;
    for (const LimitSetting &setting : limitSettings()) {
        // "90/120": recommended/hard. Anything else keeps the defaults.
        const QStringList parts = values.value(setting.key).split(u'/');
        bool okRecommended = false;
        bool okHard = false;
        if (parts.size() == 2) {
            const int recommended = parts.at(0).trimmed().toInt(&okRecommended);
            const int hard = parts.at(1).trimmed().toInt(&okHard);
            if (okRecommended && okHard)
                settings.setLimit(setting.field, {recommended, hard});
        }
    }
    settings.lineColumns = readInt(values, LineColumns);
    settings.longSentences = readBool(values, LongSentences);
    settings.longSentenceWords = readInt(values, LongSentenceWords);
    settings.flesch = readBool(values, Flesch);
    settings.fleschMinimum = readInt(values, FleschMinimum);
    settings.longParagraphs = readBool(values, LongParagraphs);
    settings.longParagraphWords = readInt(values, LongParagraphWords);
    settings.repeatedStarts = readBool(values, RepeatedStarts);
    return settings;
}

QMap<QString, QString> NewsroomSettings::toMap() const
{
    QMap<QString, QString> values;
    for (const LimitSetting &setting : limitSettings()) {
        const FieldLimit value = limit(setting.field);
        values.insert(setting.key, u"%1/%2"_s.arg(value.recommended).arg(value.hard));
    }
    values.insert(LineColumns.key, QString::number(lineColumns));
    values.insert(LongSentences.key, boolText(longSentences));
    values.insert(LongSentenceWords.key, QString::number(longSentenceWords));
    values.insert(Flesch.key, boolText(flesch));
    values.insert(FleschMinimum.key, QString::number(fleschMinimum));
    values.insert(LongParagraphs.key, boolText(longParagraphs));
    values.insert(LongParagraphWords.key, QString::number(longParagraphWords));
    values.insert(RepeatedStarts.key, boolText(repeatedStarts));
    return values;
}

ValidationLimits NewsroomSettings::recommendedLimits() const
{
    ValidationLimits limits;
    limits.kicker = limit(ArticleField::Kicker).recommended;
    limits.headline = limit(ArticleField::Headline).recommended;
    limits.teaser = limit(ArticleField::Teaser).recommended;
    limits.altText = limit(ArticleField::PhotoAlt).recommended;
    return limits.clamped();
}
