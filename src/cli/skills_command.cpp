// rungs skills FILE [--format text|json] [--format-in FORMAT] [--taxonomy FILE] [--no-onet] [-o OUT]
#include <CLI/CLI.hpp>
#include <memory>

#include "cli/cli_support.h"
#include "cli/commands.h"
#include "cli/resume_options.h"
#include "rungs/skills_view.h"

namespace rungs::cli {
namespace {

struct SkillsOptions {
  ResumeOptions resume;
  std::string taxonomy;
  bool curated_only = false;
};

int show_skills(const SkillsOptions& o) {
  // The bundled taxonomy comes from the data snapshot; another one, or a data folder whose
  // ladder or rules cannot be read (skills needs neither), is read from its files alone.
  const Assessor* engine = nullptr;
  std::optional<SkillMatcher> own;
  if (o.taxonomy.empty()) {
    AssessData data;
    data.use_onet = !o.curated_only;
    if (Result<const Assessor*> loaded = load_engine(data)) engine = *loaded;
  }
  if (engine == nullptr) {
    Result<SkillMatcher> loaded = load_skill_matcher(o.taxonomy, o.curated_only);
    if (!loaded) return report_error(loaded.error());
    own.emplace(std::move(*loaded));
  }
  const SkillMatcher* matcher = engine ? &engine->skills() : &*own;
  Result<Profile> profile = read_resume(o.resume);
  if (!profile) return report_error(profile.error());
  std::vector<SkillEvidence> skills = find_skill_evidence(*profile, *matcher, current_month());
  std::string text = o.resume.format == "json"
                         ? render_skills_json(skills)
                         : render_skills_text(skills, matcher->taxonomy(), o.resume.file,
                                              report_width(o.resume));
  return write_report(text, o.resume.out);
}

}  // namespace

void add_skills_command(CLI::App& app, Action& action) {
  auto o = std::make_shared<SkillsOptions>();
  CLI::App* cmd = app.add_subcommand(
      "skills", "The skills a resume names, by category: hands-on, certified or only listed, "
                "with years of use and the cited lines");
  add_resume_options(*cmd, o->resume);
  cmd->add_option("--taxonomy", o->taxonomy, "Skill taxonomy (default: the bundled one)");
  cmd->add_flag("--no-onet", o->curated_only,
                "Match only the curated taxonomy, not the O*NET technology list");
  cmd->callback([&action, o] { action = [o] { return show_skills(*o); }; });
}

}  // namespace rungs::cli
