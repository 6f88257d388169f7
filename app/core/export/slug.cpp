#include "slug.h"

using namespace Qt::StringLiterals;

namespace {
// German transliteration first: the Unicode decomposition would turn "ü" into "u", which
// changes words ("Müll" -> "Mull") where "ue" keeps them recognisable.
QString transliterate(QChar c)
{
    // A table on purpose, though its rows look alike: one transliteration per line is easiest to check.
    switch (c.unicode()) {
    case u'ä': return u"ae"_s;
    case u'ö': return u"oe"_s;
    case u'ü': return u"ue"_s;
    case u'Ä': return u"Ae"_s;
    case u'Ö': return u"Oe"_s;
    case u'Ü': return u"Ue"_s;
    case u'ß': return u"ss"_s;
    case 0x1E9E: return u"SS"_s; // capital sharp s
    case u'æ': return u"ae"_s;
    case u'Æ': return u"Ae"_s;
    case u'ø': return u"oe"_s;
    case u'Ø': return u"Oe"_s;
    case u'œ': return u"oe"_s;
    case u'Œ': return u"Oe"_s;
    case u'ł': return u"l"_s;
    case u'Ł': return u"L"_s;
    case u'đ': return u"d"_s;
    case u'Đ': return u"D"_s;
    default: break;
    }
    // "é" decomposes to "e" + combining accent; the accent is dropped below.
    return QString(c).normalized(QString::NormalizationForm_KD);
}

bool isAsciiAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}
} // namespace

QString Slug::fromHeadline(const QString &headline)
{
    QString slug;
    slug.reserve(headline.size());
    bool pendingSeparator = false;
    for (const QChar c : headline) {
        // An apostrophe joins ("Deutschland's" -> "Deutschlands"), it does not separate.
        if (c == u'\'' || c == u'’' || c.category() == QChar::Mark_NonSpacing)
            continue;
        const QString pieces = c.isLetterOrNumber() ? transliterate(c) : QString();
        bool wrote = false;
        for (const QChar p : pieces) {
            if (!isAsciiAlnum(p))
                continue;
            if (pendingSeparator && !slug.isEmpty())
                slug += u'-';
            pendingSeparator = false;
            slug += p;
            wrote = true;
        }
        // Letters of other scripts are dropped without splitting the word they stand in.
        if (!wrote && !c.isLetterOrNumber())
            pendingSeparator = true;
    }
    if (slug.size() > maxLength) {
        // Cut at a word boundary so that the name does not end in half a word.
        const qsizetype cut = slug.lastIndexOf(u'-', maxLength);
        slug.truncate(cut > maxLength / 2 ? cut : maxLength);
    }
    return slug.isEmpty() ? u"artikel"_s : slug;
}
