#pragma once

#include "article.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What a document held that the article does not keep, for the import summary: so that nobody
// publishes a reviewer's comment or a rejected sentence by accident.
struct DocumentReport {
    int trackedChanges = 0; // insertions and deletions (a move is one of each)
    bool changesAccepted = true; // the document's final text (insertions kept, deletions gone)
    QStringList comments; // "Author: text"
    QStringList images; // one description per image, in document order
    int tables = 0; // their text is kept as paragraphs
    int footnotes = 0; // appended as paragraphs "[1] …"
    bool markupInText = false; // the text holds "<script" or similar: kept as visible text
    QByteArray firstImage; // the first image's bytes, the lead photo if the journalist agrees
    QString firstImageName;
    qint64 pandocMs = 0;
};

// Reads the standalone HTML page pandoc writes for a .docx/.odt/.rtf (PandocConverter) into
// the parts of an article: the title block's title, subtitle, authors and abstract; the body
// with tracked changes accepted (or rejected), comments, footnote markers and images taken
// out and reported; then the one clean-body writer (BodyDocument::sanitize). Headline and
// teaser are taken only where the document makes them clear: a Title (or a first Heading 1)
// is the headline, a Subtitle or an abstract the teaser, and a first paragraph that is bold
// throughout the headline when there is none, else the teaser.
class PandocHtmlReader
{
    Q_DECLARE_TR_FUNCTIONS(PandocHtmlReader)

public:
    enum class TrackedChanges { Accept, Reject };

    struct Result {
        Article article; // headline, teaser, authors, bodyHtml
        DocumentReport report;
    };

    [[nodiscard]] static Result read(const QString &html, TrackedChanges changes = TrackedChanges::Accept);
};
