#include "photo/creditformat.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace CreditFormat {
namespace {
const QRegularExpression &placeholder()
{
    static const QRegularExpression pattern(u"\\{(credit|byline)\\}"_s);
    return pattern;
}
} // namespace

bool isValid(const QString &format)
{
    return placeholder().match(format).hasMatch();
}

QString apply(const QString &format, const QString &credit, const QStringList &byline)
{
    const QString cleanCredit = credit.simplified();
    QStringList names;
    for (const QString &name : byline) {
        const QString clean = name.simplified();
        if (!clean.isEmpty() && !cleanCredit.contains(clean, Qt::CaseInsensitive))
            names << clean;
    }
    const QString creditValue = cleanCredit.isEmpty() ? byline.join(u", "_s).simplified() : cleanCredit;
    const QString bylineValue = cleanCredit.isEmpty() ? QString() : names.join(u", "_s);

    const QString form = isValid(format) ? format : QString(defaultFormat);
    // Literal text and placeholders in turn; an empty placeholder takes the text before it
    // (its separator) along, or the text after it when it is the first one.
    struct Piece {
        QString text;
        bool isPlaceholder = false;
    };
    QList<Piece> pieces;
    qsizetype at = 0;
    for (auto it = placeholder().globalMatch(form); it.hasNext();) {
        const auto match = it.next();
        pieces.append({form.mid(at, match.capturedStart() - at), false});
        pieces.append({match.captured(1) == u"credit"_s ? creditValue : bylineValue, true});
        at = match.capturedEnd();
    }
    pieces.append({form.mid(at), false});

    // The text before the first placeholder is a label ("Foto: "), the text after the last one
    // belongs to the whole line; the text between two is a separator, kept only between values.
    QString result = pieces.constFirst().text;
    QString pending;
    bool seenValue = false;
    for (qsizetype i = 1; i < pieces.size(); ++i) {
        const Piece &piece = pieces.at(i);
        if (!piece.isPlaceholder) {
            if (i == pieces.size() - 1)
                break;
            pending += piece.text;
            continue;
        }
        if (piece.text.isEmpty()) {
            pending.clear();
            continue;
        }
        if (seenValue)
            result += pending;
        pending.clear();
        result += piece.text;
        seenValue = true;
    }
    if (!seenValue)
        return {};
    result += pieces.constLast().text;
    return result.simplified();
}
} // namespace CreditFormat
