#pragma once

#include <QList>
#include <QString>

// One entry of the validation checklist. The field is a name as ArticleFields::name() gives
// it ("headline", "photo.altText"); the model's Validator will produce these (issue 6).
struct ChecklistFinding {
    enum class Severity { Error, Warning, Info };
    QString field;
    Severity severity = Severity::Warning;
    QString message; // translated

    bool operator==(const ChecklistFinding &) const = default;
};
