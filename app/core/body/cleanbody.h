#pragma once

#include <QStringView>

// A strict, allocation-light check whether HTML already is in the clean form HtmlWriter
// writes: only p, h2, h3, blockquote, ul/ol/li, strong, em, br and a with one safe href, no
// other attribute, entities only &amp; &lt; &gt; &quot;, correctly nested. Stored bodies
// nearly always are, so batch export can skip re-parsing them in a QTextDocument (the
// dominant cost); anything the check does not accept goes through BodyDocument::sanitize.
namespace CleanBody {
[[nodiscard]] bool isClean(QStringView html);
}
