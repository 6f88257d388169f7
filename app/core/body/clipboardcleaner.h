#pragma once

#include <QString>

class PandocConverter;
class QMimeData;

// What other programs put on the clipboard, made into the body's clean structure (UI-free, so
// that the body editor, the import of HTML files and the tests share it). It knows the habits
// of the programs journalists copy from:
// - Word ("HTML Format", like its "Save as Web Page"): list items are <p class=MsoListParagraph
//   style='mso-list:l0 level1 lfo1'> with the bullet or number typed in inside
//   <![if !supportLists]>; they become real <ul>/<ol>, nested by level. MsoTitle is a heading,
//   MsoQuote a quote.
// - Google Docs: everything wrapped in <b style="font-weight:normal" id="docs-internal-guid-…">,
//   bold as font-weight:700 spans; the wrapper goes, the spans are read by their style.
// - LibreOffice Writer: <h1 class="western">, <ol><li><p>…, <font> tags: already structure.
// - A news web page: navigation, asides, share bars, ads, figures, scripts, hidden tracking
//   spans and forms are removed before anything else looks at it.
// Then the one clean-body path (BodyDocument::sanitize) keeps p, h2, h3, blockquote, lists,
// strong, em and safe links; fonts, colours and inline styles are gone.
class ClipboardCleaner
{
public:
    // Any foreign HTML in, clean body HTML out.
    [[nodiscard]] static QString cleanHtml(const QString &html);

    // The steps, for tests.
    [[nodiscard]] static QString convertWordLists(const QString &html);
    [[nodiscard]] static QString removeJunk(const QString &html);

    struct Paste {
        QString html; // clean body HTML to insert; empty: insert `text` as it is
        QString text;
    };
    // The richest format the clipboard offers: HTML, else RTF (converted by pandoc, when it is
    // installed), else plain text.
    [[nodiscard]] static Paste forBody(const QMimeData &data, const PandocConverter &pandoc);
    // For a single-line field: plain text with line breaks folded into spaces (HTML only on the
    // clipboard: its text).
    [[nodiscard]] static QString forSingleLine(const QMimeData &data);
    [[nodiscard]] static QString foldLines(const QString &text);
    // Dragged files (a file manager's URLs): they are for the window's import, not text.
    [[nodiscard]] static bool holdsFiles(const QMimeData &data);
};
