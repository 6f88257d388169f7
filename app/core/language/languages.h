#pragma once

#include "export/typography.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Every language the product knows, in one table: the BCP 47 tag an article stores, the
// hunspell dictionary that checks it, the label the UI shows and the quotation marks its
// typography sets. The form's language combo, Preferences, the spell checker, typography,
// export and the ninjs reader all ask here; no other file keeps a language list.
//
// Tags arrive spelled every way (ninjs "de", NewsML-G2 "de-DE", a Unix locale "de_DE", an
// old system's "DE-de", ISO 639-2 "ger"/"deu", "de-Latn-DE"); normalize() makes one tag of
// each. A bare "de" is the newsroom's own German (a preference, de-DE by default), a bare
// "en" is US English.
class Languages
{
    Q_DECLARE_TR_FUNCTIONS(Languages)

public:
    struct Language {
        QString tag; // BCP 47, canonical case: "de-DE"
        QString dictionary; // hunspell/Sonnet name: "de_DE"
        const char *label; // translated through Languages' context
        Typography::Style quotes;
        bool offered; // in the language combos; the others are recognised on import only
    };

    static constexpr QStringView defaultGerman = u"de-DE";

    [[nodiscard]] static const QList<Language> &all();
    // The rows offered in the combos, in the combos' order.
    [[nodiscard]] static QList<Language> offered();

    // Any common spelling → the table's tag ("DE-de" → "de-DE", "ger" → newsroomGerman).
    // A well-formed tag of a language outside the table comes back in canonical case
    // ("IT_it" → "it-IT"); text that is no language tag at all comes back empty.
    [[nodiscard]] static QString normalize(const QString &any, QStringView newsroomGerman = defaultGerman);

    // The row of a tag in any spelling; nullptr for a language outside the table.
    [[nodiscard]] static const Language *find(const QString &any, QStringView newsroomGerman = defaultGerman);

    // "German (Germany)", translated; for a language outside the table its English name from
    // QLocale ("Italian"), so that a message can still name it.
    [[nodiscard]] static QString label(const QString &any);
    // The dictionary name to hand to Sonnet; empty for a language without a table row.
    [[nodiscard]] static QString dictionary(const QString &any, QStringView newsroomGerman = defaultGerman);
    [[nodiscard]] static Typography::Style quoteStyle(const QString &any);

    // Whether a working dictionary is installed for the language (asks Sonnet).
    [[nodiscard]] static bool hasDictionary(const QString &any, QStringView newsroomGerman = defaultGerman);
    // "No dictionary for Italian": the one sentence that status bar, checklist and CLI use.
    [[nodiscard]] static QString noDictionaryMessage(const QString &any);
};
