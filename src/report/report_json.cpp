// The report as JSON, schema rungs.report/1 (docs/report.md).
#include <cmath>

#include "report/json_lines.h"
#include "rungs/report_view.h"

namespace rungs {
namespace {

double one_decimal(double v) { return std::round(v * 10) / 10; }
double two_decimals(double v) { return std::round(v * 100) / 100; }

Json gaps_json(const std::vector<SkillGap>& gaps) {
  Json out = Json::array();
  for (const SkillGap& g : gaps) {
    out.push_back({{"skill", g.skill}, {"name", g.name}, {"weight", weight_name(g.weight)}, {"why", g.why}});
  }
  return out;
}

Json categories_json(const std::vector<CategoryCoverage>& categories) {
  Json out = Json::array();
  for (const CategoryCoverage& c : categories) {
    out.push_back({{"category", c.category}, {"name", c.name}, {"coverage", c.coverage}});
  }
  return out;
}

Json placement_json(const Placement& p) {
  Json fits = Json::array();
  for (const RoleFit& f : p.fits) {
    fits.push_back({{"role", f.role}, {"support", two_decimals(f.support)}, {"years", two_decimals(f.years)},
                    {"skills", two_decimals(f.skills)}, {"signals", two_decimals(f.signals)}, {"share", two_decimals(f.share)},
                    {"title", f.title}});
  }
  return {{"role", p.role},
          {"title", p.title},
          {"confidence", p.confidence},
          {"reasons", p.reasons},
          {"title_suggests", p.title_suggests ? Json(*p.title_suggests) : Json(nullptr)},
          {"fits", std::move(fits)}};
}

Json readiness_json(const Readiness& r) {
  Json criteria = Json::array();
  for (const CriterionAnswer& c : r.criteria) {
    criteria.push_back({{"id", c.id}, {"question", c.question}, {"answer", answer_name(c.answer)},
                        {"evidence", cited_lines_json(c.evidence)},
                        {"next_step", c.next_step.empty() ? Json(nullptr) : Json(c.next_step)}});
  }
  Json transition = Json::array();
  for (const TransitionCheck& t : r.transition) {
    transition.push_back({{"id", t.id}, {"text", t.text}, {"met", t.met}, {"evidence", cited_lines_json(t.evidence)}});
  }
  return {{"from", r.from},
          {"to", r.to.empty() ? Json(nullptr) : Json(r.to)},
          {"verdict", verdict_name(r.verdict)},
          {"yes", r.yes},
          {"criteria", std::move(criteria)},
          {"transition", std::move(transition)}};
}

Json match_json(const JobMatch& m) {
  auto skills = [](const std::vector<JobSkill>& list) {
    Json out = Json::array();
    for (const JobSkill& s : list) {
      Json entry = {{"skill", s.skill}, {"name", s.name}, {"must", s.must},
                    {"evidence", s.evidence ? Json(evidence_name(*s.evidence)) : Json(nullptr)},
                    {"job_line", s.job_line}};
      if (!s.via.empty()) entry["via"] = s.via;
      out.push_back(std::move(entry));
    }
    return out;
  };
  return {{"job", {{"title", m.job_title}, {"file", m.job_file}}},
          {"score", m.score},
          {"matched", skills(m.matched)},
          {"missing", skills(m.missing)}};
}

Json path_json(const Path& p) {
  Json steps = Json::array();
  for (const PathStep& s : p.steps) {
    steps.push_back({{"role", s.role}, {"title", s.title}, {"months", s.months},
                     {"typical_months", s.typical_months}, {"focus", s.focus},
                     {"checkpoints", s.checkpoints}, {"certifications", s.certifications}});
  }
  return {{"from", p.from}, {"to", p.to}, {"total_months", p.total_months}, {"usual", p.usual},
          {"steps", std::move(steps)}};
}

Json route_json(const Route& r) {
  Json out = path_json(r.best);
  Json alternatives = Json::array();
  for (const Path& p : r.alternatives) alternatives.push_back(path_json(p));
  out["alternatives"] = std::move(alternatives);
  return out;
}

}  // namespace

std::string render_route_json(const Route& route) { return Json{{"path", route_json(route)}}.dump(2) + "\n"; }

std::string render_match_json(const JobMatch& match) { return match_json(match).dump(2) + "\n"; }

std::string render_report_json(const Report& r) {
  Json checkpoints = Json::array();
  for (const CheckpointAdvice& c : r.checkpoints) {
    checkpoints.push_back({{"id", c.id}, {"title", c.title}, {"closes", c.closes}});
  }
  Json certifications = Json::array();
  for (const CertificationAdvice& c : r.certifications) {
    certifications.push_back({{"id", c.id}, {"name", c.name}, {"why", c.why}});
  }
  Json findings = Json::array();
  for (const Finding& f : r.findings) {
    findings.push_back({{"id", f.id}, {"severity", severity_name(f.severity)}, {"message", f.message},
                        {"fix", f.fix}, {"lines", cited_lines_json(f.lines)}});
  }
  Json doc = {
      {"schema", "rungs.report/1"},
      {"generated_at", r.generated_at},
      {"source", {{"file", r.source.file}, {"format", r.source.format}}},
      {"person", {{"name", r.person.name}, {"headline", r.person.headline}, {"location", r.person.location},
                  {"experience_years", one_decimal(r.experience_years)}, {"current_title", r.current_title}}},
      {"ladder", {{"id", r.ladder_id}, {"name", r.ladder_name}, {"version", r.ladder_version}}},
      {"placement", placement_json(r.placement)},
      {"skills", skills_json(r.skills)},
      {"readiness", readiness_json(r.readiness)},
      {"gaps", {{"target", r.gaps.target}, {"coverage", r.gaps.coverage}, {"categories", categories_json(r.gaps.categories)},
                {"missing", gaps_json(r.gaps.missing)}, {"unproven", gaps_json(r.gaps.unproven)}}},
      {"checkpoints", std::move(checkpoints)},
      {"certifications", std::move(certifications)},
      {"path", r.path ? route_json(*r.path) : Json(nullptr)},
      {"findings", std::move(findings)},
  };
  if (r.match) doc["match"] = match_json(*r.match);
  return doc.dump(2) + "\n";
}

}  // namespace rungs
