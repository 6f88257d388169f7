#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QStringList>

// The credit line in the newsroom's form, from what the photo says: "Foto: dpa" from the credit
// "dpa", "Foto: picture alliance/dpa | Max Mustermann" from that credit. The form is a
// preference: a text with the placeholders {credit} (the agency's credit line, or the
// photographer when the photo names no agency) and {byline} (the photographers, unless the
// credit already names them). A placeholder with nothing to say is left out together with the
// separator before it, so "Foto: {byline}/{credit}" gives "Foto: dpa" without a photographer.
namespace CreditFormat {
inline constexpr QLatin1StringView defaultFormat{"Foto: {credit}"};

[[nodiscard]] QString apply(const QString &format, const QString &credit, const QStringList &byline);
// A form that names at least one placeholder.
[[nodiscard]] bool isValid(const QString &format);
} // namespace CreditFormat
