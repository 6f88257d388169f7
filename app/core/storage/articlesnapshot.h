#pragma once

#include "article.h"

#include <QByteArray>
#include <QString>

#include <optional>

// The stored form of an article: compact JSON of every field except the photo bytes (those live
// once in the photos table, shared by all revisions and the journal). Revisions are full
// snapshots in this form, so a revision can be loaded without replaying anything.
namespace ArticleSnapshot {
// Written by hand rather than through QJsonObject: autosave serializes 20,000-word bodies every
// few seconds, and building a QJsonObject copies and converts them twice.
[[nodiscard]] QString toJson(const Article &article);
// nullopt when the JSON is not an article snapshot (error says why, untranslated detail).
[[nodiscard]] std::optional<Article> fromJson(const QByteArray &json, QString *error = nullptr);

// The body as plain text for search and word counts. Article bodies are always the clean
// subset HtmlWriter writes, so a tag stripper is exact here and orders of magnitude cheaper
// than parsing into a QTextDocument on every save.
[[nodiscard]] QString bodyText(QStringView html);
// Words of teaser and body, as ReadingTime counts them.
[[nodiscard]] int words(const Article &article);

// What the full-text index holds of an article.
struct SearchDocument {
    QString headline;
    QString teaser;
    QString body;
    QString tags;
    QString caption;
};
[[nodiscard]] SearchDocument searchDocument(const Article &article);

[[nodiscard]] QString timestamp(const QDateTime &utc); // ISO 8601 UTC with milliseconds
[[nodiscard]] QDateTime fromTimestamp(const QString &text);
}
