#pragma once

#include "article.h"
#include "import/importeditem.h"
#include "import/pandocconverter.h"
#include "import/pandochtmlreader.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

// Turns a file into a new draft: IPTC ninjs JSON, an HTML page or fragment, plain text, or a
// Word (.docx), OpenDocument (.odt) or RTF document (converted by pandoc, PandocConverter, and
// read by PandocHtmlReader). For HTML and plain text the first line is the headline and the
// rest the body; a document's headline and teaser come from its structure. What comes
// back is never stored yet: id, revision and timestamps are empty, the status is Draft (an
// imported story goes through this newsroom's desk like any other), so that saving it
// creates a new article and never overwrites one.
class ArticleImporter
{
    Q_DECLARE_TR_FUNCTIONS(ArticleImporter)

public:
    enum class Format { Ninjs, NewsmlG2, Html, PlainText, Docx, Odt, Rtf };

    // The kinds of file the importer reads, in one place: the file dialog's filter, the
    // detection by extension and the CLI's help come from here. A new kind (NewsML-G2) adds a
    // row here and a branch in importBytes().
    struct Kind {
        Format format;
        const char *name; // translated through ArticleImporter's context
        QStringList suffixes; // lower case, no dot
    };
    [[nodiscard]] static const QList<Kind> &kinds();
    [[nodiscard]] static QString kindName(Format format);
    // "All supported files (*.json *.html …);;Word documents (*.docx);;…" for QFileDialog.
    [[nodiscard]] static QString fileDialogFilter();
    [[nodiscard]] static bool isDocument(Format format)
    {
        return format == Format::Docx || format == Format::Odt || format == Format::Rtf;
    }

    struct Result {
        // The first article; a NewsML-G2 news message may carry more (items).
        std::optional<Article> article;
        // Every article of the file with its source identity, pending links and photo
        // reference; items.first().article == *article.
        QList<ImportedItem> items;
        Format format = Format::PlainText;
        QString error; // translated
        QStringList warnings; // translated: everything dropped or changed, each with its reason
        DocumentReport document; // documents only: what the summary lists
        QStringList checklistNotes; // translated: what the article's checklist should remind of
        [[nodiscard]] bool ok() const { return article.has_value(); }
    };

    // How a document's tracked changes are settled: its final text (Accept, the default) or
    // the text before the changes (Reject).
    void setTrackedChanges(PandocHtmlReader::TrackedChanges changes) { m_changes = changes; }
    void setPandoc(const PandocConverter &pandoc) { m_pandoc = pandoc; }
    [[nodiscard]] const PandocConverter &pandoc() const { return m_pandoc; }
    // Polled during a long conversion; set from another thread to stop it.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    static constexpr qint64 maxFileBytes = 96 * 1024 * 1024;

    // What a bare "de" means (Languages::normalize): the newsroom's German, de-DE by default.
    void setNewsroomGerman(const QString &tag) { m_newsroomGerman = tag; }

    // A photo referenced by a relative href or a file: URL is read from `folder` (the imported
    // file's own folder) and never from outside it; remote photos are never fetched.
    [[nodiscard]] Result importFile(const QString &path) const;
    [[nodiscard]] Result importBytes(const QByteArray &bytes, const QString &fileName, const QString &folder = {}) const;

    // What a file that no reader takes looks like ("a PDF document", "a JPEG image", "XML of
    // another kind (root element <rss>)"); empty when it is one of kinds(). By content, so
    // that a renamed file is told for what it is.
    [[nodiscard]] static QString unsupportedKind(const QByteArray &bytes, const QString &fileName);

    // By extension first (kinds()), then by content.
    [[nodiscard]] static Format detectFormat(const QByteArray &bytes, const QString &fileName);
    // UTF-8 (with or without BOM); text that is not valid UTF-8 is read as Windows-1252, as
    // text files saved by older Windows editors are.
    [[nodiscard]] static QString decodeText(const QByteArray &bytes);

private:
    [[nodiscard]] Result importDocument(const QByteArray &bytes, Format format) const;
    void resolvePhoto(ImportedItem &item, const QString &folder, QStringList &warnings) const;

    PandocHtmlReader::TrackedChanges m_changes = PandocHtmlReader::TrackedChanges::Accept;
    PandocConverter m_pandoc;
    const std::atomic_bool *m_cancel = nullptr;
    QString m_newsroomGerman = QStringLiteral("de-DE");
};
