#pragma once

#include "clicommand.h"

#include <QCoreApplication>

// newsdesk-cli replace --find TEXT --with TEXT [--match-case] [--whole-words] [--regex]
// [--dry-run] [ID...]: the copy desk's "every 'Kiew' becomes 'Kyjiw'" across articles. A dry
// run prints a diff of what would change; a real run saves each changed article as a new
// revision (exit 4 if one cannot be saved, e.g. on an edit conflict).
class ReplaceCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReplaceCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void addOptions(CliOptions &options) const override;
    int run(CliContext &context) override;
};
