#pragma once

#include "clicommand.h"

// newsdesk-cli show ID: every field of an article, dates as 25.10.2024 10:15 (Europe/Berlin).
// Same shape as the other commands on purpose: each command is one small class; see CliCommand.
class ShowCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void addOptions(CliOptions &options) const override;
    int run(CliContext &context) override;
};
