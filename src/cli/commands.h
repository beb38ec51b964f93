// The CLI's commands. Each `add_*` registers a subcommand on the app; when it is chosen, parsing
// stores in `action` the function that runs it and returns the exit code.
#ifndef RUNGS_CLI_COMMANDS_H_
#define RUNGS_CLI_COMMANDS_H_

#include <functional>
#include <string>

namespace CLI {
class App;
}

namespace rungs::cli {

using Action = std::function<int()>;

// rungs ladder show|roles|validate [FILE]
void add_ladder_command(CLI::App& app, Action& action);

// rungs match RESUME JOB [--format text|json] [--format-in FORMAT] [-o OUT]
void add_match_command(CLI::App& app, Action& action);

// rungs path --from ROLE --to ROLE [--resume FILE] [--ladder FILE] [--format text|json] [-o OUT]
void add_path_command(CLI::App& app, Action& action);

// rungs profile FILE [--format text|json] [--format-in FORMAT] [-o OUT]
void add_profile_command(CLI::App& app, Action& action);

// rungs assess FILE [--target ROLE] [--ladder FILE] [--format text|json|markdown] ...
void add_assess_command(CLI::App& app, Action& action);

// rungs skills FILE [--format text|json] [--format-in FORMAT] [--taxonomy FILE] [--no-onet] [-o OUT]
void add_skills_command(CLI::App& app, Action& action);

// rungs eval DIR [--format text|json] [-o OUT] [--floor FILE] [--ladder FILE] [--taxonomy FILE]
void add_eval_command(CLI::App& app, Action& action);

// rungs data compile [--ladder F] [--taxonomy F] [-o OUT] | rungs data check [FILE]
void add_data_command(CLI::App& app, Action& action);

// rungs history [PERSON] [--diff [A B]] [--format text|json|html] [-o OUT] [--store URL]
void add_history_command(CLI::App& app, Action& action);

// rungs forget PERSON | rungs export PERSON [-o OUT], each with [--store URL]
void add_person_commands(CLI::App& app, Action& action);

// rungs store check [--store URL]
void add_store_command(CLI::App& app, Action& action);

// rungs serve [--port N] [--bind ADDR] [--store URL] [--threads N] [--auth]
void add_serve_command(CLI::App& app, Action& action);

// rungs token create --name NAME | list | revoke NAME, each with [--store URL]
void add_token_command(CLI::App& app, Action& action);

// rungs batch PATH... [--jd JOB] [--target ROLE] [--jobs N] [--format ndjson|csv|html] [-o OUT]
void add_batch_command(CLI::App& app, Action& action);

// rungs market JOBS_PATH... [--format text|json|html] [-o OUT]
void add_market_command(CLI::App& app, Action& action);

// Runs the command line; returns the process exit code (DESIGN.md: 0, 1, 2, 3, 4; eval --floor adds 5).
int run(int argc, char** argv);

}  // namespace rungs::cli

#endif  // RUNGS_CLI_COMMANDS_H_
