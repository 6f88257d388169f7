#pragma once

#include <QList>
#include <QString>

struct Article;
class SpellChecker;

// A misspelled word in one field of an article. Line and column are 1-based (the body's
// lines are its paragraphs, list items and headings); position is the 0-based offset in the
// field's plain text.
struct Misspelling {
    QString field; // "kicker", "headline", "teaser", "body", "caption", "alttext"
    QString word;
    int position = 0;
    int line = 1;
    int column = 1;
    bool operator==(const Misspelling &) const = default;
};

// The check behind `newsdesk-cli check` and the validation checklist: every text field of the
// article in reading order, with the same SpellChecker (and so the same dictionaries) as the
// editor.
namespace ArticleSpelling {
// Field ids in reading order.
[[nodiscard]] QStringList fields();
// Translated label for a field id ("Headline").
[[nodiscard]] QString fieldLabel(const QString &field);
// The field's plain text as checked (the body without markup).
[[nodiscard]] QString fieldText(const Article &article, const QString &field);
[[nodiscard]] QList<Misspelling> checkArticle(const Article &article, SpellChecker &checker);
}
