// The CLI's commands. Each `add_*` registers a subcommand on the app; when it is chosen, parsing
// stores in `action` the function that runs it and returns the exit code.
#ifndef RUNGS_CLI_COMMANDS_H_
#define RUNGS_CLI_COMMANDS_H_

#include <functional>

namespace CLI {
class App;
}

namespace rungs::cli {

using Action = std::function<int()>;

// rungs ladder show|roles|validate [FILE]
void add_ladder_command(CLI::App& app, Action& action);

// Runs the command line; returns the process exit code (DESIGN.md: 0, 1, 2, 3, 4).
int run(int argc, char** argv);

}  // namespace rungs::cli

#endif  // RUNGS_CLI_COMMANDS_H_
