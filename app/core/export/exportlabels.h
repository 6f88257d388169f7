#pragma once

#include "i18n/germanformat.h"

#include <QString>

// The words an exported page is made of (PageBuilder).
// Page labels follow the article's language, not the editor's: a German article exported
// from an English desktop still says "Lesezeit". Not tr(): they are content, not UI.
struct ExportLabels {
    bool german = true;

    [[nodiscard]] QString readingTime(int minutes) const
    {
        // The editor's German form ("Lesezeit: 3 Min."): one spelling everywhere.
        return german ? QStringLiteral("Lesezeit: %1 Min.").arg(minutes) : QStringLiteral("Reading time: %1 min").arg(minutes);
    }
    [[nodiscard]] QString by() const { return german ? QStringLiteral("Von") : QStringLiteral("By"); }
    [[nodiscard]] QString andWord() const { return german ? QStringLiteral("und") : QStringLiteral("and"); }
    [[nodiscard]] QString photo() const { return german ? QStringLiteral("Foto:") : QStringLiteral("Photo:"); }
    [[nodiscard]] QString related() const { return german ? QStringLiteral("Mehr zum Thema") : QStringLiteral("Related"); }
    [[nodiscard]] QString untitled() const { return german ? QStringLiteral("Ohne Überschrift") : QStringLiteral("Untitled"); } // as the editor's list
    [[nodiscard]] QString dateTimeFormat() const
    {
        return german ? GermanFormat::DateTimePattern.toString() : QStringLiteral("yyyy-MM-dd HH:mm");
    }
    [[nodiscard]] QString dateFormat() const { return german ? GermanFormat::DatePattern.toString() : QStringLiteral("yyyy-MM-dd"); }
};
