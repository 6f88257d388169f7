#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

// Editorial workflow state; the order is the order of the workflow.
enum class ArticleStatus { Draft, Editing, Approved, Published };

// The lead photo: the original bytes as imported, so that export can resize from the best source.
struct Photo {
    QByteArray data;
    QString mimeType; // image/jpeg, image/png or image/webp
    int width = 0;
    int height = 0;
    QString fileName; // as imported; alt text must not merely repeat it
    QString caption;
    QString credit; // "dpa", shown as "Foto: dpa"
    QString altText;

    [[nodiscard]] bool isEmpty() const { return data.isEmpty(); }
    bool operator==(const Photo &) const = default;
};

// "Mehr zum Thema": another article of the same database, or an external https page.
struct RelatedLink {
    qint64 articleId = 0; // > 0: internal link; 0: external, url and title are used
    QUrl url;
    QString title;

    [[nodiscard]] bool isInternal() const { return articleId > 0; }
    bool operator==(const RelatedLink &) const = default;
};

// A length the desk asks for ("80 Zeilen", "3.500 Zeichen"), with a tolerance in the same unit
// either way; what counts as a Zeile is the newsroom's column width.
struct LengthTarget {
    enum class Unit { None, Lines, Characters, Words };
    Unit unit = Unit::None;
    int amount = 0;
    int tolerance = 0;

    [[nodiscard]] bool isSet() const { return unit != Unit::None && amount > 0; }
    bool operator==(const LengthTarget &) const = default;
};

// One article as the journalist composes it. A value type: copies are cheap (implicit sharing),
// the repository stores and loads it whole, every save becomes a revision.
struct Article {
    qint64 id = 0; // 0 until first stored
    QString section;
    QString kicker;
    QString headline;
    QString teaser;
    // The body in the clean HTML subset that HtmlWriter produces (p, h2, h3, strong, em, a,
    // blockquote, ul/ol/li). It round-trips through QTextDocument without loss.
    QString bodyHtml;
    QStringList authors;
    QString dateline; // place, optional
    QDateTime published; // UTC; invalid while not scheduled
    ArticleStatus status = ArticleStatus::Draft;
    QStringList tags;
    QString language = QStringLiteral("de-DE");
    Photo photo;
    QList<RelatedLink> related;
    // Where an imported article came from: the ninjs uri or NewsML-G2 guid and the source's
    // version of it as delivered, so that a newer version updates this article instead of
    // becoming a duplicate. Empty for articles written here.
    QString sourceUri;
    QString sourceVersion;
    QDateTime embargoed; // UTC "not before"; invalid while there is no embargo. Not the publish time.
    LengthTarget target;
    QDateTime created; // UTC, set by the repository
    QDateTime modified; // UTC, set by the repository
    int revision = 0; // revision this state was loaded from or saved as; 0 = never saved

    bool operator==(const Article &) const = default;
};
