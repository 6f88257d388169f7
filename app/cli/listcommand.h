#pragma once

#include "clicommand.h"

// newsdesk-cli list [--section NAME] [--status STATUS] [--search TEXT] [--trash] [--limit N] [--json]
// Same shape as the other commands on purpose: each command is one small class; see CliCommand.
class ListCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void addOptions(CliOptions &options) const override;
    int run(CliContext &context) override;
};
