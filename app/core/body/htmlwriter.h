#pragma once

#include <QString>

class QTextDocument;
class QTextBlock;

// The one writer of clean HTML. It walks a QTextDocument's blocks and fragments and emits only
// semantic tags: p, h2, h3, blockquote, ul/ol/li, strong, em, a (http, https, mailto) and br.
// Every text piece is escaped; fonts, colours, sizes, images, tables and unsafe links are
// dropped, and so are empty paragraphs (QTextDocument does not keep them either). Its output is the article body's storage form, the preview's and the export's body,
// and it loads back into a QTextDocument (BodyDocument::load) without loss.
class HtmlWriter
{
public:
    struct Options {
        bool newlineBetweenBlocks = true; // one block a line; off for compact JSON fields
        // An empty subheading is kept in a live document (validation points at it) but not in
        // cleaned input: Qt's importer makes no block of an empty <h2></h2>, wherever it stands,
        // so one that broken markup left behind would vanish at the next cleaning (found by
        // bodysanitizefuzz: at the end, and after a list that an unclosed <h1> ran into).
        bool keepEmptySubheadings = true;
    };

    [[nodiscard]] static QString write(const QTextDocument &document);
    [[nodiscard]] static QString write(const QTextDocument &document, const Options &options);

    // Escapes text for element content and double-quoted attribute values.
    [[nodiscard]] static QString escape(QStringView text);
    // Whether a link target may appear in published HTML: http, https and mailto only.
    [[nodiscard]] static bool isSafeHref(const QString &href);
    // Heading level of a block as the body knows it: 2, 3, or 0 for no heading.
    [[nodiscard]] static int headingLevel(const QTextBlock &block);
    [[nodiscard]] static bool isBlockQuote(const QTextBlock &block);
};
