#pragma once

#include "clicommand.h"

// newsdesk-cli check ARTICLE: every misspelled word with field, line and column; exit 1 if any.
class CheckCommand : public CliCommand
{
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void addOptions(CliOptions &options) const override;
    int run(CliContext &context) override;
};
