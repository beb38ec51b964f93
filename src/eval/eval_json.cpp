// The evaluation figures as JSON, schema rungs.eval/1.
#include "report/json_lines.h"
#include "rungs/eval.h"

namespace rungs {
namespace {

Json tally_json(const Tally& t, const char* right = "correct") { return {{right, t.correct}, {"total", t.total}}; }

Json finding_json(const FindingTally& t) {
  return {{"true_positive", t.true_positive},
          {"false_positive", t.false_positive},
          {"false_negative", t.false_negative},
          {"precision", t.precision()},
          {"recall", t.recall()}};
}

}  // namespace

std::string render_eval_json(const EvalResult& r) {
  Json confusion = Json::object();
  for (const auto& [label, row] : r.confusion) {
    for (const auto& [placed, n] : row) confusion[label][placed] = n;
  }
  Json questions = Json::object();
  for (const auto& [id, t] : r.per_question) questions[id] = tally_json(t);
  Json findings = finding_json(r.findings);
  Json per_finding = Json::object();
  for (const auto& [id, t] : r.per_finding) per_finding[id] = finding_json(t);
  findings["by_id"] = per_finding;
  Json cases = Json::array();
  for (const EvalCase& c : r.cases) {
    cases.push_back({{"resume", c.resume}, {"labels", c.labels}, {"placed", c.placed}, {"expected", c.expected},
                     {"verdict", c.verdict}, {"misses", c.misses}});
  }
  Json misses = Json::array();
  for (const EvalMiss& m : r.misses) {
    misses.push_back({{"resume", m.resume}, {"kind", m.kind}, {"message", m.message}, {"lines", cited_lines_json(m.lines)}});
  }
  Json criteria = tally_json(r.criteria);
  criteria["by_question"] = questions;
  Json placement = tally_json(r.placement);
  placement["confusion"] = confusion;
  Json out = {{"schema", "rungs.eval/1"},
              {"resumes", r.resumes},
              {"placement", placement},
              {"readiness", tally_json(r.readiness)},
              {"criteria", criteria},
              {"positions", tally_json(r.positions)},
              {"experience", tally_json(r.experience)},
              {"skills",
               {{"hands_on", tally_json(r.hands_on, "found")},
                {"listed", tally_json(r.listed, "found")},
                {"certified", tally_json(r.certified, "found")},
                {"not_skills", r.not_skills},
                {"false_ambiguous", r.false_ambiguous}}},
              {"findings", findings},
              {"cases", cases},
              {"misses", misses}};
  return out.dump(2) + "\n";
}

}  // namespace rungs
