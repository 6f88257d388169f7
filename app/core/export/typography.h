#pragma once

#include <QString>

// German typesetting for plain text: „…“ and ‚…‘ for straight quotes, ’ for apostrophes, …
// for three dots, – for a spaced hyphen, and non-breaking spaces where a line must not break
// ("25. Oktober", "10 %", "S. 5", "z. B."). It works on text, never on markup: callers apply
// it to text nodes and leave attributes, URLs and JSON-LD alone.
class Typography
{
public:
    explicit Typography(bool enabled = true);

    [[nodiscard]] bool isEnabled() const { return m_enabled; }

    // `previous` is the character before `text` in the same paragraph (the text of an
    // earlier inline element), so that a quote right after "<em>" is still recognised as
    // opening or closing correctly; QChar() means the paragraph starts here.
    [[nodiscard]] QString apply(const QString &text, QChar previous = QChar()) const;

private:
    bool m_enabled;
};
