#pragma once

#include "clicommand.h"

#include <memory>
#include <vector>

std::vector<std::unique_ptr<CliCommand>> allCommands();
