#pragma once

#include "import/articleimporter.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class ArticleRepository;

// Stores what ArticleImporter read, file after file, the way a desk wants agency copy:
// - an item is known by its source identity (ninjs "uri", NewsML-G2 "guid"): the same identity
//   with a newer version becomes a new revision of the same article, never a duplicate; the
//   same or an older version is skipped with a message;
// - when the journalist edited the article since the last import, the incoming version is kept
//   as a revision of its own and the journalist's text stays current: the history shows both;
// - related items named by source identity are resolved against the same batch and against
//   everything imported before, in any file order (finish()); what stays unresolved is named.
// The editor's ImportController and `newsdesk-cli import` both use it. With dryRun nothing is
// written; the outcome is what a real run would do, as far as the database tells.
class ImportBatch
{
    Q_DECLARE_TR_FUNCTIONS(ImportBatch)

public:
    enum class Outcome { Imported, Updated, Skipped, Refused, Failed };

    // One article of one file (or one refused file).
    struct Entry {
        QString file;
        Outcome outcome = Outcome::Failed;
        qint64 articleId = 0;
        QString headline;
        QString message; // translated: why skipped/refused/failed, or what an update did
        QStringList warnings; // translated
        QStringList unresolved; // related items whose identity matched nothing, "title (uri)"
    };

    explicit ImportBatch(ArticleRepository *repository, bool dryRun = false);

    // Stores the articles of one file; returns the indexes of the entries it added.
    QList<qsizetype> add(const QString &file, const ArticleImporter::Result &result);
    // Resolves the related items still pending and saves the articles they belong to.
    void finish();

    [[nodiscard]] const QList<Entry> &entries() const { return m_entries; }
    [[nodiscard]] int count(Outcome outcome) const;
    // "3 imported, 1 updated, 2 skipped"
    [[nodiscard]] QString summaryLine() const;

    // Compares two source versions: numbers as numbers ("10" > "9"), otherwise as text.
    [[nodiscard]] static int compareVersions(const QString &a, const QString &b);

private:
    // An article whose related items were not all found when it was stored.
    struct Pending {
        qsizetype entry = 0;
        QList<RelatedLink> base; // the web links the file gave
        QList<PendingLink> links; // by source identity, in the file's order
        QList<qint64> ids; // resolved article per link; 0 = not yet
    };

    [[nodiscard]] Entry store(const QString &file, const ImportedItem &item);
    [[nodiscard]] qint64 lookup(const QString &sourceUri);
    [[nodiscard]] bool editedSinceImport(const Article &current);
    // The related list: web links and resolved items, each at its place in the file.
    [[nodiscard]] static QList<RelatedLink> assemble(const Pending &pending);

    ArticleRepository *m_repository;
    bool m_dryRun;
    QList<Entry> m_entries;
    QHash<QString, qint64> m_batch; // source identity -> article id, this batch
    QList<Pending> m_pending;
    qint64 m_dryRunIds = 0;
};
