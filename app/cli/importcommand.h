#pragma once

#include "clicommand.h"

#include <QCoreApplication>

// newsdesk-cli import [--dry-run] FILE...
// Each file (IPTC ninjs JSON, NewsML-G2, an HTML page or fragment, plain text, a Word,
// OpenDocument or RTF document converted by pandoc) becomes a draft, or a new revision of the
// article it updates (ImportBatch); ImportRun does the work and documents the exit codes.
// Same shape as the other commands on purpose: each command is one small class; see CliCommand.
// (The Exporter subclasses look alike for the same reason.)
class ImportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void addOptions(CliOptions &options) const override;
    int run(CliContext &context) override;
};
