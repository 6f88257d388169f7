#pragma once

#include "clicommand.h"

#include <QCoreApplication>

// newsdesk-cli import FILE...
// Each file (IPTC ninjs JSON, an HTML page or fragment, plain text, a Word, OpenDocument or
// RTF document converted by pandoc) becomes a new draft in the database; existing articles are
// never overwritten. What a document lost (comments, images, tables, tracked changes) is
// printed as warnings, the same list the editor's import summary shows. Every file is tried; the exit code is
// that of the first failure: 2 no files given, 4 a file cannot be read or imported, or the
// database fails.
class ImportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void addOptions(CliOptions &options) const override;
    int run(CliContext &context) override;
};
