#pragma once

#include "export/exportlabels.h"

#include <QString>
#include <QStringList>

class Typography;

// The text pieces of an exported page, apart from the page's layout (PageBuilder): the
// language tag, escaping, the typeset body and the lists of names and tags.
namespace PageText {
// A language tag that validators accept; anything else falls back to German.
[[nodiscard]] QString languageTag(const QString &language);
// Escapes for text and double-quoted attributes alike. Line and paragraph separators become
// spaces (no markup in attributes); the whole page is cleaned of forbidden code points later.
[[nodiscard]] QString escape(QStringView text);

// The sanitized body with typography applied to its text nodes only, and its plain text
// (block ends as line breaks) for counting words.
struct Body {
    QString html;
    QString plainText;
};
[[nodiscard]] Body typesetBody(const QString &bodyHtml, const Typography &typography);

// "Anna, Ben und Cem": names joined the way the page's language writes them.
[[nodiscard]] QString joinNames(const QStringList &names, const ExportLabels &labels);
// Items with their white space simplified; empty ones dropped.
[[nodiscard]] QStringList cleanList(const QStringList &items);
}
