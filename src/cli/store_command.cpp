// rungs store check [--store URL]: the store's integrity, and what it holds.
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>

#include "cli/cli_support.h"
#include "cli/commands.h"
#include "rungs/store.h"

namespace rungs::cli {
namespace {

int run_store_check(const std::string& location) {
  Result<std::unique_ptr<Store>> store = open_store(location, StoreOpen::kExisting);
  if (!store) return report_error(store.error());
  Result<StoreCheck> check = (*store)->check();
  if (!check) return report_error(check.error());
  std::cout << (*store)->name() << ": schema version " << check->schema_version << ", " << check->counts.people
            << (check->counts.people == 1 ? " person, " : " people, ") << check->counts.documents
            << (check->counts.documents == 1 ? " document, " : " documents, ") << check->counts.assessments
            << (check->counts.assessments == 1 ? " assessment" : " assessments") << "\n";
  if (check->problems.empty()) {
    std::cout << "ok\n";
    return 0;
  }
  for (const std::string& problem : check->problems) std::cout << "problem: " << problem << "\n";
  return report_error(Error{ErrorKind::kStorage,
                            (*store)->name() + ": " + std::to_string(check->problems.size()) + " integrity problems", {}});
}

}  // namespace

void add_store_command(CLI::App& app, Action& action) {
  auto location = std::make_shared<std::string>();
  CLI::App* store = app.add_subcommand("store", "The store of saved assessments");
  store->require_subcommand(1);
  CLI::App* check = store->add_subcommand("check", "Integrity checks of the store, and counts of what it holds");
  check->add_option("--store", *location, "A SQLite file or postgresql:// URL (default: $RUNGS_STORE, else $XDG_DATA_HOME/rungs/rungs.db)");
  check->callback([&action, location] { action = [location] { return run_store_check(*location); }; });
}

}  // namespace rungs::cli
