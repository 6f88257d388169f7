#pragma once

#include "clicommand.h"

#include <QCoreApplication>

#include <vector>

// newsdesk-cli help [COMMAND]: the overview, or one command's generated help (the same text as
// COMMAND --help).
class HelpCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(HelpCommand)

public:
    // commands: every command, this one included; filled by the caller.
    explicit HelpCommand(const std::vector<CliCommand *> &commands);

    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void addOptions(CliOptions &options) const override;
    int run(CliContext &context) override;

private:
    const std::vector<CliCommand *> &m_commands;
};
