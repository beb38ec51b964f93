// rungs data compile [--ladder F] [--taxonomy F] [--findings F] [--placement F] [--no-onet] [-o OUT]
// rungs data check [FILE]
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>

#include "cli/cli_support.h"
#include "cli/commands.h"
#include "rungs/snapshot.h"

namespace rungs::cli {
namespace {

struct DataOptions {
  std::string ladder;
  std::string taxonomy;
  std::string findings;
  std::string placement;
  bool curated_only = false;
  std::string out;
  std::string file;
};

AssessData data_of(const DataOptions& o) {
  AssessData data;
  data.ladder = o.ladder;
  data.taxonomy = o.taxonomy;
  data.findings = o.findings;
  data.placement = o.placement;
  data.use_onet = !o.curated_only;
  return data;
}

int compile(const DataOptions& o) {
  Result<std::string> bytes = compile_snapshot(data_of(o));
  if (!bytes) return report_error(bytes.error());
  const std::filesystem::path target = o.out.empty() ? snapshot_path_for(data_of(o)) : std::filesystem::path(o.out);
  if (Result<void> written = write_snapshot(target, *bytes); !written) return report_error(written.error());
  std::cout << "compiled " << target.string() << " (" << bytes->size() / 1024 << " KiB)\n";
  return 0;
}

int check(const DataOptions& o) {
  const std::filesystem::path target = o.file.empty() ? snapshot_path_for(data_of(o)) : std::filesystem::path(o.file);
  const SnapshotCheck c = check_snapshot(target);
  if (c.state != SnapshotCheck::State::kFresh) {
    return report_error(Error{ErrorKind::kInvalidInput, c.why, {}});
  }
  std::cout << target.string() << ": fresh; rungs " << c.rungs_version << ", " << c.bytes / 1024
            << " KiB, sources sha256 " << c.source_hash << "\n";
  for (const SnapshotSource& s : c.sources) std::cout << "  " << s.path << " (" << s.size << " bytes)\n";
  return 0;
}

}  // namespace

void add_data_command(CLI::App& app, Action& action) {
  CLI::App* data = app.add_subcommand(
      "data", "Compile the ladder, taxonomy, O*NET list and skill matchers into a snapshot that loads in "
              "milliseconds, or check one");
  data->require_subcommand(1);

  auto c = std::make_shared<DataOptions>();
  CLI::App* compile_cmd = data->add_subcommand(
      "compile", "Compile the data into a snapshot (default: beside the binary for the bundled data, "
                 "else in ~/.cache/rungs/)");
  compile_cmd->add_option("--ladder", c->ladder, "Career ladder file (default: the bundled one)");
  compile_cmd->add_option("--taxonomy", c->taxonomy, "Skill taxonomy (default: the bundled one)");
  compile_cmd->add_option("--findings", c->findings, "Finding rules (default: the bundled ones)");
  compile_cmd->add_option("--placement", c->placement, "Placement weights (default: the bundled ones)");
  compile_cmd->add_flag("--no-onet", c->curated_only, "Leave out the O*NET technology list");
  compile_cmd->add_option("-o,--output", c->out, "Write the snapshot here");
  compile_cmd->callback([&action, c] { action = [c] { return compile(*c); }; });

  auto k = std::make_shared<DataOptions>();
  CLI::App* check_cmd = data->add_subcommand(
      "check", "Check a snapshot: header, checksum, version, and that its sources are unchanged; "
               "exit 3 saying what is wrong");
  check_cmd->add_option("file", k->file, "Snapshot file (default: the bundled data's)");
  check_cmd->add_option("--ladder", k->ladder, "With no FILE: the snapshot of this ladder");
  check_cmd->add_option("--taxonomy", k->taxonomy, "With no FILE: the snapshot of this taxonomy");
  check_cmd->callback([&action, k] { action = [k] { return check(*k); }; });
}

}  // namespace rungs::cli
