#pragma once

#include "clicommand.h"

#include <QCoreApplication>

#include <vector>

// newsdesk-cli completion bash|zsh: prints the shell completion script, generated from the
// commands' declarations. The build runs it to make the installed files.
// Same shape as HelpCommand on purpose: each command is one small class over the command list; see CliCommand.
class CompletionCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CompletionCommand)

public:
    // commands: every command, this one included; filled by the caller.
    explicit CompletionCommand(const std::vector<CliCommand *> &commands);

    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void addOptions(CliOptions &options) const override;
    int run(CliContext &context) override;

private:
    const std::vector<CliCommand *> &m_commands;
};
