#pragma once

#include <QString>

// Typesetting for plain text, following the article's language: straight quotes become the
// language's quotation marks (German „…“ and ‚…‘; Swiss German «…» and ‹…›, as Swiss
// typesetting wants; English “…” and ‘…’), ’ for apostrophes, … for three dots. German text
// also gets – for a spaced hyphen and non-breaking spaces where a line must not break
// ("25. Oktober", "10 %", "S. 5", "z. B."). It works on text, never on markup: callers apply
// it to text nodes and leave attributes, URLs and JSON-LD alone.
class Typography
{
public:
    enum class Style {
        German, // de, de-DE, de-AT and every other German but Swiss
        SwissGerman, // de-CH, de-LI: guillemets pointing outwards, no spaces inside
        English, // en-*
        Neutral, // other languages: only the ellipsis, their quotes are their own business
    };

    explicit Typography(bool enabled = true, Style style = Style::German);

    // The style for a BCP 47 tag ("de-CH", "de_AT", "en-GB"); unknown languages get Neutral.
    [[nodiscard]] static Style styleFor(const QString &languageTag);

    [[nodiscard]] bool isEnabled() const { return m_enabled; }
    [[nodiscard]] Style style() const { return m_style; }

    // `previous` is the character before `text` in the same paragraph (the text of an
    // earlier inline element), so that a quote right after "<em>" is still recognised as
    // opening or closing correctly; QChar() means the paragraph starts here.
    [[nodiscard]] QString apply(const QString &text, QChar previous = QChar()) const;

    // What the text just typed should become: the same rules as apply(), decided at the
    // keystroke. `paragraph` is the paragraph's text, `cursor` the position right after the
    // character just typed. The result replaces `length` characters at `position` with
    // `text`; an invalid result (position < 0) leaves the text as it is. Inside a URL or an
    // e-mail address nothing changes.
    struct Change {
        qsizetype position = -1;
        qsizetype length = 0;
        QString text;
        [[nodiscard]] bool isValid() const { return position >= 0; }
    };
    [[nodiscard]] Change afterTyping(QStringView paragraph, qsizetype cursor) const;

    // How many places apply() changed, for "12 changes": each run of changed characters is
    // one ("..." to "…", " - " to " – ", a quote, a no-break space).
    [[nodiscard]] static int countChanges(QStringView original, QStringView typeset);

private:
    bool m_enabled;
    Style m_style;
};
