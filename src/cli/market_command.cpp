// rungs market JOBS_PATH... [--format text|json|html] [-o OUT]
#include <CLI/CLI.hpp>
#include <memory>

#include "cli/cli_support.h"
#include "cli/commands.h"
#include "rungs/batch.h"
#include "rungs/market.h"

namespace rungs::cli {
namespace {

struct MarketCli {
  std::vector<std::string> paths;
  std::string format = "text";
  std::string out;
};

int run_market(const MarketCli& o) {
  Result<std::vector<std::filesystem::path>> files = batch_documents(o.paths);
  if (!files) return report_error(files.error());
  Result<const Assessor*> engine = load_engine(AssessData{});
  if (!engine) return report_error(engine.error());
  Result<Market> market = build_market(**engine, *files);
  if (!market) return report_error(market.error());
  if (o.format == "json") return write_report(render_market_json(*market), o.out);
  if (o.format == "html") return write_report(render_market_html(*market), o.out);
  return write_report(render_market_text(*market, o.out.empty() ? output_width() : 100), o.out);
}

}  // namespace

void add_market_command(CLI::App& app, Action& action) {
  auto o = std::make_shared<MarketCli>();
  CLI::App* cmd = app.add_subcommand("market", "What job postings ask for at each level: postings placed by title or asked "
                                               "experience, the share naming each skill, must-haves apart, and what rises "
                                               "from one level to the next");
  cmd->add_option("JOBS_PATH", o->paths, "Job descriptions (text, PDF, DOCX, JSON Resume job), files or folders")->required();
  cmd->add_option("--format", o->format, "Output format")->check(CLI::IsMember({"text", "json", "html"}))->capture_default_str();
  cmd->add_option("-o,--output", o->out, "Write to this file instead of standard output");
  cmd->callback([&action, o] { action = [o] { return run_market(*o); }; });
}

}  // namespace rungs::cli
