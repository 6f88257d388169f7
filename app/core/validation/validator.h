#pragma once

#include "settings/newsroomsettings.h"
#include "text/linecounter.h"
#include "validation/finding.h"
#include "validation/validationlimits.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

struct Article;
class QUrl;

// Checks an article before it goes out: a required headline, recommended lengths, a complete
// photo, placeholders left in the text, empty subheadings and broken related links. It never
// changes the article; the editor shows the findings and the CLI's `check` turns them into
// exit codes.
class Validator
{
    Q_DECLARE_TR_FUNCTIONS(Validator)

public:
    explicit Validator(const ValidationLimits &limits = {});

    [[nodiscard]] ValidationLimits limits() const { return m_limits; }
    [[nodiscard]] QList<Finding> validate(const Article &article) const;
    // The newsroom's rules: its recommended limits replace the ones given to the constructor,
    // and its hard limits, the article's length target and the readability hints are checked
    // too (LengthChecks, ReadabilityChecks), Zeilen and syllables with `lines`.
    void setNewsroomSettings(const NewsroomSettings &settings, const LineCounter &lines = LineCounter());

    // Characters as the editor's counters show them (TextLength::characters): user-perceived
    // characters (grapheme clusters) of the trimmed text. A decomposed "ü" (u + combining diaeresis, common in text
    // pasted from macOS) or an emoji counts once, as the journalist sees it.
    [[nodiscard]] static int characterCount(const QString &text);

    // The form in which two related URLs count as the same link: scheme http/https and
    // www-less host ignored, fragment and trailing slash dropped.
    [[nodiscard]] static QString normalizedUrl(const QUrl &url);

private:
    ValidationLimits m_limits;
    std::optional<NewsroomSettings> m_newsroom;
    LineCounter m_lines;
};
