// rungs eval DIR [--format text|json] [--brief] [-o OUT] [--floor FILE] [--ladder FILE] [--taxonomy FILE] [--placement FILE]
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>

#include "cli/cli_support.h"
#include "cli/commands.h"
#include "rungs/eval.h"

namespace rungs::cli {
namespace {

// The exit code when a figure falls below --floor.
constexpr int kBelowFloorExit = 5;

struct EvalOptions {
  std::string dir;
  std::string format = "text";
  std::string out;
  std::string floor;
  std::string ladder;
  std::string taxonomy;
  std::string placement;
  bool brief = false;
};

int run_eval(const EvalOptions& o) {
  std::optional<EvalFloor> floor;
  if (!o.floor.empty()) {
    Result<EvalFloor> read = load_eval_floor(o.floor);
    if (!read) return report_error(read.error());
    floor = std::move(*read);
  }
  AssessData data;
  data.ladder = o.ladder;
  data.taxonomy = o.taxonomy;
  data.placement = o.placement;
  Result<const Assessor*> engine = load_engine(data);
  if (!engine) return report_error(engine.error());
  const Assessor& assessor = **engine;
  Result<EvalResult> result = evaluate_corpus(o.dir, assessor);
  if (!result) return report_error(result.error());
  std::string text = o.format == "json" ? render_eval_json(*result)
                                        : render_eval_text(*result, o.out.empty() ? output_width() : 100, o.brief);
  if (int code = write_report(text, o.out); code != 0) return code;
  if (!floor) return 0;
  std::vector<std::string> below = below_floor(*result, *floor);
  for (const std::string& b : below) std::cerr << "rungs: " << o.dir << ": " << b << "\n";
  return below.empty() ? 0 : kBelowFloorExit;
}

}  // namespace

void add_eval_command(CLI::App& app, Action& action) {
  auto o = std::make_shared<EvalOptions>();
  CLI::App* cmd = app.add_subcommand(
      "eval", "Verdict quality on a labelled corpus: every resume under DIR with a NAME.labels.yaml beside it "
              "(docs/eval-labels.md) is assessed and compared with its labels");
  cmd->add_option("DIR", o->dir, "Folder of resumes and their labels (searched recursively)")->required();
  cmd->add_option("--format", o->format, "Output format")->check(CLI::IsMember({"text", "json"}))->capture_default_str();
  cmd->add_option("-o,--output", o->out, "Write to this file instead of standard output");
  cmd->add_option("--floor", o->floor,
                  "Least figures the corpus must reach (schema rungs.eval-floor/1); exit 5 when one falls below");
  cmd->add_flag("--brief", o->brief, "Text: the figures only, without each resume and its misses");
  cmd->add_option("--ladder", o->ladder, "Career ladder file (default: the bundled india-backend ladder)");
  cmd->add_option("--taxonomy", o->taxonomy, "Skill taxonomy (default: the bundled one)");
  cmd->add_option("--placement", o->placement,
                  "Placement weights (schema rungs.placement/1; default: the bundled data/placement.yaml)");
  cmd->callback([&action, o] { action = [o] { return run_eval(*o); }; });
}

}  // namespace rungs::cli
