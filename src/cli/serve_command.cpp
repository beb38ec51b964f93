// rungs serve [--port N] [--bind ADDR] [--store URL] [--threads N] [--auth] [--time-limit S]
#include <CLI/CLI.hpp>
#include <cstdlib>
#include <iostream>
#include <memory>

#include "cli/cli_support.h"
#include "cli/commands.h"
#include "rungs/server.h"

namespace rungs::cli {
namespace {

struct ServeOptions {
  ServerOptions server;
  std::string ladder;
  std::string taxonomy;
};

int run_serve(ServeOptions& o) {
  if (const char* env = std::getenv("RUNGS_STORE"); o.server.store.empty() && env != nullptr && *env != '\0') {
    o.server.store = env;
  }
  o.server.use_store = !o.server.store.empty();
  AssessData data;
  data.ladder = o.ladder;
  data.taxonomy = o.taxonomy;
  Result<const Assessor*> engine = load_engine(data);
  if (!engine) return report_error(engine.error());
  Result<void> served = serve(o.server, **engine, [&](const std::string& url) {
    std::cerr << "rungs serve: listening on " << url << (o.server.use_store ? "" : " (no store: nothing is saved)")
              << "; Ctrl-C stops" << std::endl;
  });
  if (!served) return report_error(served.error());
  std::cerr << "rungs serve: stopped" << std::endl;
  return 0;
}

}  // namespace

void add_serve_command(CLI::App& app, Action& action) {
  auto o = std::make_shared<ServeOptions>();
  CLI::App* cmd = app.add_subcommand("serve", "The HTTP/JSON API (/v1, described at /openapi.json) and the web app");
  cmd->add_option("--port", o->server.port, "Port to listen on; 0 takes any free one")->capture_default_str()->check(CLI::Range(0, 65535));
  cmd->add_option("--bind", o->server.bind, "Address to listen on (without --auth only 127.0.0.1)")->capture_default_str();
  cmd->add_option("--store", o->server.store,
                  "Keep saved assessments in this SQLite file or postgresql:// URL (default: $RUNGS_STORE; none: nothing is saved)");
  cmd->add_option("--threads", o->server.threads, "Worker threads, one per open connection (default: 128, or 16 per core if more)")->check(CLI::Range(1, 1024));
  cmd->add_flag("--auth", o->server.auth, "Every /v1 call needs a token from `rungs token create`");
  cmd->add_option("--time-limit", o->server.time_limit_seconds, "Seconds a request may take, reading it included")
      ->capture_default_str()
      ->check(CLI::Range(1, 3600));
  cmd->add_option("--ladder", o->ladder, "Career ladder file (default: the bundled one)");
  cmd->add_option("--taxonomy", o->taxonomy, "Skill taxonomy (default: the bundled one)");
  cmd->callback([&action, o] { action = [o] { return run_serve(*o); }; });
}

}  // namespace rungs::cli
