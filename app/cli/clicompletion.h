#pragma once

#include <QString>

#include <vector>

class CliCommand;
class CliOptions;

// Shell completion scripts for newsdesk-cli, written from the same declarations (CliOptions)
// that the parser and the help use. The build writes them once (app/CMakeLists.txt) and
// `cmake --install` puts them where bash-completion and zsh look.
namespace CliCompletionScript {
[[nodiscard]] QString bash(const std::vector<CliCommand *> &commands, const CliOptions &global);
[[nodiscard]] QString zsh(const std::vector<CliCommand *> &commands, const CliOptions &global);
}
