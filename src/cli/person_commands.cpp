// rungs forget PERSON | rungs export PERSON [-o OUT]: a person's right to erasure and to their
// data (India's DPDP Act 2023), over everything the store keeps about them.
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>

#include "cli/cli_support.h"
#include "cli/commands.h"
#include "rungs/history.h"
#include "rungs/store.h"

namespace rungs::cli {
namespace {

struct PersonOptions {
  std::string person;
  std::string store;
  std::string out;
};

int run_forget(const PersonOptions& o) {
  Result<std::unique_ptr<Store>> store = open_store(o.store, StoreOpen::kExisting);
  if (!store) return report_error(store.error());
  Result<StoreCounts> gone = (*store)->forget(o.person);
  if (!gone) return report_error(gone.error());
  std::cout << "Forgot " << o.person << ": " << (gone->people + gone->documents + gone->assessments) << " rows ("
            << gone->people << " person, " << gone->documents << (gone->documents == 1 ? " document, " : " documents, ")
            << gone->assessments << (gone->assessments == 1 ? " assessment" : " assessments") << ") deleted from "
            << (*store)->name() << "\n";
  return 0;
}

int run_export(const PersonOptions& o) {
  Result<std::unique_ptr<Store>> store = open_store(o.store, StoreOpen::kExisting);
  if (!store) return report_error(store.error());
  Result<std::vector<StoredAssessment>> history = (*store)->history(o.person);
  if (!history) return report_error(history.error());
  Result<std::string> json = render_export_json(*history);
  if (!json) return report_error(json.error());
  return write_report(*json, o.out);
}

CLI::App* add_person_command(CLI::App& app, const char* name, const char* help, std::shared_ptr<PersonOptions> o) {
  CLI::App* cmd = app.add_subcommand(name, help);
  cmd->add_option("PERSON", o->person, "The person's id")->required();
  cmd->add_option("--store", o->store, "A SQLite file or postgresql:// URL (default: $RUNGS_STORE, else $XDG_DATA_HOME/rungs/rungs.db)");
  return cmd;
}

}  // namespace

void add_person_commands(CLI::App& app, Action& action) {
  auto forget = std::make_shared<PersonOptions>();
  add_person_command(app, "forget", "Delete everything stored about a person and say how many rows went", forget)
      ->callback([&action, forget] { action = [forget] { return run_forget(*forget); }; });
  auto exported = std::make_shared<PersonOptions>();
  CLI::App* cmd = add_person_command(app, "export", "Everything stored about a person, as JSON (rungs.export/1)", exported);
  cmd->add_option("-o,--output", exported->out, "Write to this file instead of standard output");
  cmd->callback([&action, exported] { action = [exported] { return run_export(*exported); }; });
}

}  // namespace rungs::cli
