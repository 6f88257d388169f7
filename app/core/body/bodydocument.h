#pragma once

#include <QString>

class QTextDocument;

// Loading article bodies into QTextDocuments and cleaning foreign HTML (pastes from Word or
// web pages, imported articles) down to the structure HtmlWriter keeps.
namespace BodyDocument {
// Replaces the document's content with the body, keeping only the allowed structure.
void load(QTextDocument &document, const QString &html);
// Any HTML in, the clean subset out: what is left after a paste or an import.
[[nodiscard]] QString sanitize(const QString &html);
// The body as plain text, blocks separated by newlines (word counts, spelling, ninjs).
[[nodiscard]] QString toPlainText(const QString &html);
}
