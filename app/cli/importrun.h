#pragma once

#include <QCoreApplication>
#include <QStringList>

struct CliContext;

// The work of `newsdesk-cli import`, apart from its option parsing: every file through
// ArticleImporter and ImportBatch (identity, updates, related items), one line per file and
// article, then "N imported, M updated, K skipped".
//
// A missing SQLite database is created with the editor's schema and no sample articles, when
// its folder exists (a typo in a folder name should not quietly start an archive elsewhere).
// With dryRun nothing is written and no database is created: the lines say what would happen.
//
// Exit codes: 0 every file imported, updated or skipped as already there; 2 bad usage; 4 a
// file was refused (an unknown kind, a damaged or hostile file; the others still go in) or the
// database cannot be opened or a save failed.
class ImportRun
{
    Q_DECLARE_TR_FUNCTIONS(ImportRun)

public:
    static int run(CliContext &context, const QStringList &files, bool dryRun);
    // For --help.
    [[nodiscard]] static QString exitCodes();
};
