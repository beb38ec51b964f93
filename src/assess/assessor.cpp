#include "rungs/assess.h"

#include "assess/evidence.h"
#include "assess/findings.h"
#include "assess/gaps.h"
#include "assess/job_match.h"
#include "assess/placement.h"
#include "assess/promotions.h"
#include "assess/readiness.h"
#include "common/text.h"
#include "rungs/data_paths.h"
#include "rungs/ladder_loader.h"
#include "rungs/onet.h"

namespace rungs {
namespace {

// Months of a move scale with how much of the next role's skills the person already shows.
StepScale step_scale(const assess::ResumeEvidence& e) {
  return [&e](const Role& role) { return 1.25 - 0.75 * assess::gaps_to(e, role).coverage; };
}

}  // namespace

Assessor::Assessor(SkillMatcher skills, Ladder ladder, std::vector<FindingRule> rules, PlacementWeights weights)
    : skills_(std::move(skills)),
      ladder_(std::move(ladder)),
      rules_(std::move(rules)),
      weights_(weights),
      signals_(std::make_unique<assess::SignalFinder>(ladder_)),
      placement_(std::make_unique<assess::PlacementModel>(ladder_)) {}

Assessor::~Assessor() = default;
Assessor::Assessor(Assessor&&) noexcept = default;
Assessor& Assessor::operator=(Assessor&&) noexcept = default;

Result<Report> Assessor::assess(const Profile& profile, const AssessOptions& options) const {
  const Role* target_role = nullptr;
  if (!options.target.empty()) {
    target_role = ladder_.role(options.target);
    if (target_role == nullptr) return invalid_input(unknown_role_message(ladder_, options.target, "target"));
  }
  Report r;
  r.generated_at = current_time_utc();
  r.source = profile.source;
  r.person = profile.person;
  r.experience_years = experience_years(profile, options.today);
  if (const Position* p = assess::current_position(profile)) r.current_title = p->title;
  r.ladder_id = ladder_.id;
  r.ladder_name = ladder_.name;
  r.ladder_version = ladder_.version;
  r.skills = find_skill_evidence(profile, skills_, options.today);
  assess::certify_held(profile, ladder_, skills_.taxonomy(), r.skills);
  std::vector<assess::WorkLine> work;
  std::vector<assess::SignalLines> signals = signals_->find(profile, &work);
  assess::ResumeEvidence e{profile, ladder_, skills_.taxonomy(), r.skills, signals, r.experience_years, work, options.today};
  e.index();

  r.placement = assess::place(e, weights_, *placement_);
  const Role* placed = ladder_.role(r.placement.role);
  if (placed == nullptr) return std::unexpected(internal_error("ladder '" + ladder_.id + "' has no main track roles"));
  assess::add_promotions(profile, ladder_, *placed, signals);  // recognition, judged against the placement
  const Role* next = assess::next_main_role(ladder_, *placed);
  // Readiness is for the move the target names when there is one, else the next main role.
  const Role* move_to = target_role && ladder_.transition(placed->id, target_role->id) ? target_role : next;
  r.readiness = assess::readiness(e, *placed, move_to);
  const Role& target = target_role ? *target_role : (next ? *next : *placed);
  r.gaps = assess::gaps_to(e, target);
  r.checkpoints = assess::checkpoints_for(e, r.gaps, *placed, target);
  r.certifications = assess::certifications_for(e, target);
  r.findings = assess::find_findings(e, rules_, {r.placement, target});
  if (options.job != nullptr) r.match = assess::match_job(*options.job, r.skills, skills_);
  if (target_role != nullptr) {
    Result<Route> route = find_route(ladder_, placed->id, target_role->id, step_scale(e));
    if (route) {
      r.path = std::move(*route);
    } else {
      r.path_note = route.error().message;
    }
  }
  return r;
}

Result<Route> Assessor::route(std::string from, const std::string& to, const Profile* profile,
                              YearMonth today) const {
  if (profile == nullptr) return find_route(ladder_, from, to);
  std::vector<SkillEvidence> skills = find_skill_evidence(*profile, skills_, today);
  assess::certify_held(*profile, ladder_, skills_.taxonomy(), skills);
  std::vector<assess::WorkLine> work;
  std::vector<assess::SignalLines> signals = signals_->find(*profile, &work);
  assess::ResumeEvidence e{*profile, ladder_, skills_.taxonomy(), skills, signals,
                           experience_years(*profile, today), work, today};
  e.index();
  if (from.empty()) from = assess::place(e, weights_, *placement_).role;
  return find_route(ladder_, from, to, step_scale(e));
}

JobMatch Assessor::match(const Profile& profile, const JobDescription& job, YearMonth today) const {
  return assess::match_job(job, find_skill_evidence(profile, skills_, today), skills_);
}

AssessData AssessData::with_defaults() const {
  auto or_default = [](const std::filesystem::path& path, std::filesystem::path fallback) {
    return path.empty() ? fallback : path;
  };
  return {or_default(taxonomy, default_taxonomy_path()), or_default(onet, default_onet_config_path()),
          or_default(ladder, default_ladder_path()),     or_default(findings, default_findings_path()),
          or_default(placement, default_placement_path()), use_onet};
}

bool AssessData::bundled() const {
  return taxonomy.empty() && onet.empty() && ladder.empty() && findings.empty() && placement.empty() && use_onet;
}

Result<Assessor> load_assessor(const AssessData& given) {
  const AssessData data = given.with_defaults();
  Result<Taxonomy> taxonomy = load_taxonomy(data.taxonomy);
  if (!taxonomy) return std::unexpected(taxonomy.error());
  Result<Ladder> ladder = load_ladder(data.ladder, *taxonomy);
  if (!ladder) return std::unexpected(ladder.error());
  std::vector<std::string> skill_ids;
  for (const Skill& s : taxonomy->skills()) skill_ids.push_back(s.id);
  Result<std::vector<FindingRule>> rules =
      load_finding_rules(data.findings, *ladder, skill_ids);
  if (!rules) return std::unexpected(rules.error());
  Result<PlacementWeights> weights = load_placement_weights(data.placement);
  if (!weights) return std::unexpected(weights.error());
  if (data.use_onet) {
    Result<Taxonomy> all = load_onet_skills(*taxonomy, data.onet);
    if (!all) return std::unexpected(all.error());
    taxonomy = std::move(all);
  }
  return Assessor(SkillMatcher(std::move(*taxonomy)), std::move(*ladder), std::move(*rules), *weights);
}

}  // namespace rungs
