#pragma once

#include "clicommand.h"

#include <QCoreApplication>

// newsdesk-cli copy --from LOCATION --to LOCATION: moves a local archive into the shared
// PostgreSQL database and back (DatabaseCopier), printing counts and per-article checksums of
// both sides. Exit 0 only when the copy is complete and verified.
// Same shape as the other commands on purpose: each command is one small class; see CliCommand.
class CopyCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CopyCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void addOptions(CliOptions &options) const override;
    int run(CliContext &context) override;
};
