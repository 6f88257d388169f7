#pragma once

#include "clicommand.h"

// newsdesk-cli stats ID: words, characters and reading time of an article.
class StatsCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void addOptions(CliOptions &options) const override;
    int run(CliContext &context) override;
};
