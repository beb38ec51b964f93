// rungs path --from ROLE --to ROLE [--resume FILE] [--ladder FILE] [--format text|json] [-o OUT]
#include <CLI/CLI.hpp>
#include <memory>

#include "cli/cli_support.h"
#include "cli/commands.h"
#include "rungs/assess.h"
#include "rungs/ingest.h"
#include "rungs/report_view.h"

namespace rungs::cli {
namespace {

struct PathOptions {
  std::string from;
  std::string to;
  std::string resume;
  std::string ladder;
  std::string format = "text";
  std::string out;
};

int run_path(const PathOptions& o) {
  if (o.from.empty() && o.resume.empty()) {
    return report_error(Error{ErrorKind::kUsage, "path needs --from ROLE, or --resume FILE to start from the placed role", {}});
  }
  AssessData data;
  data.ladder = o.ladder;
  Result<const Assessor*> engine = load_engine(data);
  if (!engine) return report_error(engine.error());
  const Assessor& assessor = **engine;
  std::optional<Profile> profile;
  if (!o.resume.empty()) {
    Result<Profile> read = read_profile(o.resume);
    if (!read) return report_error(read.error());
    profile = std::move(*read);
  }
  Result<Route> route = assessor.route(o.from, o.to, profile ? &*profile : nullptr, current_month());
  if (!route) return report_error(route.error());
  std::string text = o.format == "json" ? render_route_json(*route)
                                        : render_route_text(*route, assessor.ladder(),
                                                            o.out.empty() ? output_width() : 100);
  return write_report(text, o.out);
}

}  // namespace

void add_path_command(CLI::App& app, Action& action) {
  auto o = std::make_shared<PathOptions>();
  CLI::App* cmd = app.add_subcommand(
      "path", "The route from one role to another, shortest by months, with each step's focus, "
              "checkpoints and certifications, and the close alternatives");
  cmd->add_option("--from", o->from, "Starting role id (default with --resume: the placed role)");
  cmd->add_option("--to", o->to, "Target role id")->required();
  cmd->add_option("--resume", o->resume,
                  "A resume: start from its placed role and scale each step by what it already shows");
  cmd->add_option("--ladder", o->ladder, "Career ladder file (default: the bundled india-backend ladder)");
  cmd->add_option("--format", o->format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  cmd->add_option("-o,--output", o->out, "Write to this file instead of standard output");
  cmd->callback([&action, o] { action = [o] { return run_path(*o); }; });
}

}  // namespace rungs::cli
