// rungs ladder show|roles|validate [FILE]
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>

#include "cli/cli_support.h"
#include "cli/commands.h"
#include "rungs/ladder_view.h"

namespace rungs::cli {
namespace {

struct LadderOptions {
  std::string file;
  std::string taxonomy;
  std::string format = "text";
  std::string out;
};

void add_common(CLI::App& cmd, LadderOptions& o, bool with_format) {
  cmd.add_option("FILE", o.file, "Ladder file (default: the bundled india-backend ladder)");
  cmd.add_option("--taxonomy", o.taxonomy, "Skill taxonomy the ladder refers to (default: bundled)");
  if (with_format) {
    cmd.add_option("--format", o.format, "Output format")
        ->check(CLI::IsMember({"text", "json"}))
        ->capture_default_str();
    cmd.add_option("-o,--output", o.out, "Write to this file instead of standard output");
  }
}

int show(const LadderOptions& o, bool roles_only) {
  Result<Taxonomy> taxonomy = load_taxonomy_or_default(o.taxonomy);
  if (!taxonomy) return report_error(taxonomy.error());
  Result<Ladder> ladder = load_ladder_or_default(o.file, *taxonomy);
  if (!ladder) return report_error(ladder.error());
  std::string text;
  if (o.format == "json") {
    text = roles_only ? render_roles_json(*ladder) : render_ladder_json(*ladder);
  } else {
    std::size_t width = o.out.empty() ? output_width() : 100;
    text = roles_only ? render_roles_text(*ladder, width)
                      : render_ladder_text(*ladder, *taxonomy, width);
  }
  return write_report(text, o.out);
}

int validate(const LadderOptions& o) {
  Result<Taxonomy> taxonomy = load_taxonomy_or_default(o.taxonomy);
  if (!taxonomy) return report_error(taxonomy.error());
  Result<Ladder> ladder = load_ladder_or_default(o.file, *taxonomy);
  if (!ladder) return report_error(ladder.error());
  std::cout << ladder->file << ": valid ladder '" << ladder->id << "' version " << ladder->version
            << " (" << ladder->roles.size() << " roles, " << ladder->transitions.size()
            << " transitions, " << ladder->checkpoints.size() << " checkpoints, "
            << ladder->certifications.size() << " certifications)\n";
  return 0;
}

}  // namespace

void add_ladder_command(CLI::App& app, Action& action) {
  CLI::App* ladder = app.add_subcommand("ladder", "Show or check a career ladder");
  ladder->require_subcommand(1);

  auto show_options = std::make_shared<LadderOptions>();
  CLI::App* show_cmd = ladder->add_subcommand(
      "show", "The ladder as tables: roles, focus, tools, titles, grades, transitions, certifications");
  add_common(*show_cmd, *show_options, true);
  show_cmd->callback([&action, show_options] { action = [show_options] { return show(*show_options, false); }; });

  auto roles_options = std::make_shared<LadderOptions>();
  CLI::App* roles_cmd = ladder->add_subcommand("roles", "The role ids with titles, tracks and levels");
  add_common(*roles_cmd, *roles_options, true);
  roles_cmd->callback([&action, roles_options] { action = [roles_options] { return show(*roles_options, true); }; });

  auto validate_options = std::make_shared<LadderOptions>();
  CLI::App* validate_cmd = ladder->add_subcommand(
      "validate", "Check a ladder file; exit 3 with every problem listed as FILE:LINE: field: message");
  add_common(*validate_cmd, *validate_options, false);
  validate_cmd->callback([&action, validate_options] { action = [validate_options] { return validate(*validate_options); }; });
}

}  // namespace rungs::cli
