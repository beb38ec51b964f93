// The command line: parses arguments with CLI11, runs the chosen command, maps errors to exit
// codes (0 ok, 1 internal, 2 usage, 3 invalid input, 4 storage).
#include <CLI/CLI.hpp>
#include <algorithm>
#include <iostream>

#include "cli/commands.h"
#include "rungs/version.h"

namespace rungs::cli {
namespace {

constexpr int kUsageExit = 2;

}  // namespace

int run(int argc, char** argv) {
  CLI::App app{"rungs: where you stand on a backend career ladder, and what to do next.", "rungs"};
  app.set_version_flag("--version", std::string("rungs ") + kVersion);
  app.footer("Run 'rungs help COMMAND' for a command's options. Exit codes: 0 ok, 2 usage error, "
             "3 invalid input, 4 storage error, 5 below the floor (eval --floor), 1 internal error.");
  Action action;
  add_assess_command(app, action);
  add_match_command(app, action);
  add_path_command(app, action);
  add_profile_command(app, action);
  add_skills_command(app, action);
  add_ladder_command(app, action);
  add_eval_command(app, action);
  add_data_command(app, action);
  add_history_command(app, action);
  add_person_commands(app, action);
  add_store_command(app, action);
  add_serve_command(app, action);
  add_token_command(app, action);
  add_batch_command(app, action);
  add_market_command(app, action);

  // `rungs help [COMMAND...]` is `rungs [COMMAND...] --help`, so each command's help is CLI11's.
  app.add_subcommand("help", "Show help for rungs or a command: rungs help ladder show");
  std::vector<std::string> args(argv + 1, argv + argc);
  if (!args.empty() && args.front() == "help") {
    args.erase(args.begin());
    CLI::App* topic = &app;
    std::string path = "rungs";
    for (const std::string& word : args) {
      CLI::App* next = nullptr;
      for (CLI::App* sub : topic->get_subcommands({})) {
        if (sub->get_name() == word) next = sub;
      }
      if (!next) {
        std::cerr << "rungs: no command '" << word << "'; run 'rungs help' for the commands\n";
        return kUsageExit;
      }
      if (topic != &app) path += " " + topic->get_name();
      topic = next;
    }
    std::cout << (topic == &app ? app.help() : topic->help(path));
    return 0;
  }

  try {
    std::reverse(args.begin(), args.end());  // CLI11 takes a reversed argument vector
    app.parse(args);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "rungs: " << e.what() << "\nRun 'rungs help' for the commands and their options.\n";
    return kUsageExit;
  }
  if (!action) {
    std::cerr << app.help() << "\nrungs: a command is needed\n";
    return kUsageExit;
  }
  return action();
}

}  // namespace rungs::cli
