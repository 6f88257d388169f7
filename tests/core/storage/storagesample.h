#pragma once

#include "article.h"

#include <QDateTime>
#include <QTimeZone>
#include <QUrl>

// The article every repository test saves and loads (repositorycontracttest for both backends,
// postgresrepositorytest for PostgreSQL's own cases): every field set, German text with
// umlauts and ß, and what the snapshot JSON must escape.
namespace StorageSample {
inline Article article()
{
    Article article;
    article.section = QStringLiteral("Wirtschaft");
    article.kicker = QStringLiteral("Haushalt");
    article.headline = QStringLiteral("Übergangsfinanzierung für Straßenbahnen gesichert");
    // Quotes, backslash, control characters and an emoji: the snapshot JSON must escape them.
    article.teaser = QStringLiteral("Der Stadtrat beschließt größere Zuschüsse für den Nahverkehr. \"Zitat\" \\ Tab\t\u0001 😀\nZeile");
    article.bodyHtml = QStringLiteral(
        "<p>Die <strong>Übergangsfinanzierung</strong> steht.</p><h2>Grüße aus Köln</h2>"
        "<p>Weiß der Kämmerer mehr? Er schweigt &amp; lächelt.</p>");
    article.authors = {QStringLiteral("Jörg Müller"), QStringLiteral("Anna Weiß")};
    article.dateline = QStringLiteral("Köln");
    article.published = QDateTime(QDate(2024, 10, 25), QTime(8, 15), QTimeZone::UTC);
    article.status = ArticleStatus::Editing;
    article.tags = {QStringLiteral("Nahverkehr"), QStringLiteral("Haushalt")};
    article.related = {RelatedLink{0, QUrl(QStringLiteral("https://www.example.de/straßenbahn")), QStringLiteral("Mehr über Straßenbahnen")}};
    article.sourceUri = QStringLiteral("urn:newsml:dpa.com:20241025:241025-99-123456");
    article.sourceVersion = QStringLiteral("3");
    article.embargoed = QDateTime(QDate(2024, 10, 25), QTime(9, 0), QTimeZone::UTC);
    article.target = {LengthTarget::Unit::Lines, 80, 3};
    return article;
}
} // namespace StorageSample
