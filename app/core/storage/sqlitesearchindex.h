#pragma once

#include "sqldialect.h"
#include "storage/articlesnapshot.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

// SQLite's full-text index of articles (FTS5, trigram tokenizer, contentless). Since schema 4
// an article is several rows of the index: slot 0 holds headline, teaser, tags and caption,
// slots 1… hold pieces of the body, each with the hash of its text in article_search_pieces,
// so that a save re-indexes only the pieces whose text changed. Row id = article id × slots
// + slot.
class SqliteSearchIndex
{
    Q_DECLARE_TR_FUNCTIONS(SqliteSearchIndex)

public:
    static constexpr qint64 slots = 4096;

    // The body split into pieces of whole paragraphs. Boundaries depend on the paragraphs'
    // own text, not on their position, so an edit in one paragraph changes one piece only.
    [[nodiscard]] static QStringList bodyChunks(const QString &body);
    // Brings the article's rows up to date with the document; false with *error set.
    static bool update(QSqlDatabase &database, qint64 id, const ArticleSnapshot::SearchDocument &document, QString *error);
    // SQL that deletes every row of the article (:id), and that inserts the article as one
    // piece (for whole-database copies, which re-index on the next save).
    [[nodiscard]] static QString deleteStatement();
    [[nodiscard]] static QString insertStatement();
    // The join, filter and order that find articles by a query of terms.
    [[nodiscard]] static SqlDialect::SearchCondition condition(const QString &query);
};
