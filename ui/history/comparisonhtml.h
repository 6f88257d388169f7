#pragma once

#include <QCoreApplication>
#include <QString>

class ArticleComparison;

// Renders an ArticleComparison as tracked changes for a QTextBrowser: inserted words underlined
// on green, deleted words struck through on red, each with its own text colour so that both read
// in the light and the dark look. Spaces and line breaks that were inserted or deleted are made
// visible (␣, ¶), so a whitespace-only change is seen rather than guessed.
class ComparisonHtml
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonHtml)

public:
    enum class Fields { ChangedOnly, All };
    // Whole fields, or long unchanged stretches folded to the paragraphs next to each change
    // (for the narrow versions panel).
    enum class Context { Whole, Folded };

    [[nodiscard]] static QString render(const ArticleComparison &comparison, Fields fields,
                                        Context context = Context::Whole);
    // The legend shown above a comparison.
    [[nodiscard]] static QString legend();
};
