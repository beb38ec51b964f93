// Scores one assessed resume against its labels: each labelled answer is right or a miss, and a
// miss carries the resume lines that led to it, so that a failure can be understood.
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "common/text.h"
#include "skills/match_text.h"
#include "rungs/eval.h"

namespace rungs {
namespace {

bool contains(const std::vector<std::string>& list, std::string_view value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

std::string number_text(double v) {
  std::string s = std::to_string(std::round(v * 10) / 10);
  return s.substr(0, s.find('.') + 2);
}

std::string range_text(const LabelRange& r) {
  return r.low == r.high ? number_text(r.low) : number_text(r.low) + " to " + number_text(r.high);
}

bool in_range(double v, const LabelRange& r) { return v >= r.low - 1e-9 && v <= r.high + 1e-9; }

// Skill ids by their id and name as the matcher compares names (case folded, punctuation kept:
// "C", "C#" and "C++" are three names).
using NameIndex = std::multimap<std::string, std::string>;

NameIndex name_index(const Taxonomy& taxonomy) {
  NameIndex index;
  for (const Skill& s : taxonomy.skills()) {
    index.emplace(normalise_pattern(s.id), s.id);
    index.emplace(normalise_pattern(s.name), s.id);
  }
  return index;
}

// The skill ids a spelling names: the skills the matcher finds spanning the whole spelling, and
// those whose id or name is the spelling.
std::set<std::string> skill_ids_named(const SkillMatcher& matcher, const NameIndex& names,
                                      std::string_view spelling) {
  std::set<std::string> ids;
  MatchScratch scratch;
  std::vector<SkillHit> hits;
  std::string_view text = matcher.find(spelling, scratch, hits);
  for (const SkillHit& h : hits) {
    const bool whole = text.find_first_not_of(" \t") == h.begin && text.find_last_not_of(" \t") + 1 == h.end;
    if (whole) ids.insert(matcher.skill(h).id);
  }
  auto [first, last] = names.equal_range(normalise_pattern(std::string(spelling)));
  for (auto it = first; it != last; ++it) ids.insert(it->second);
  return ids;
}

// The skill the report gives for a label, or nullptr.
const SkillEvidence* reported(const Report& report, const SkillMatcher& matcher, const NameIndex& names,
                              const SkillLabel& label) {
  for (const std::string& spelling : label.spellings) {
    std::set<std::string> ids = skill_ids_named(matcher, names, spelling);
    for (const SkillEvidence& e : report.skills) {
      if (ids.contains(e.skill->id)) return &e;
    }
  }
  return nullptr;
}

// The profile lines that write one of the spellings, so a missed skill shows where it stands.
std::vector<TextLine> lines_naming(const Profile& profile, const SkillLabel& label) {
  std::vector<TextLine> out;
  for (const TextLine& line : all_lines(profile)) {
    const std::string key = normalize_key(line.text);
    for (const std::string& spelling : label.spellings) {
      if (holds_words(key, normalize_key(spelling))) {
        out.push_back(line);
        break;
      }
    }
    if (out.size() == 3) break;
  }
  return out;
}

class Scorer {
 public:
  Scorer(const Labels& labels, const Profile& profile, const Report& report, const SkillMatcher& matcher,
         EvalResult& into)
      : labels_(labels), profile_(profile), report_(report), matcher_(matcher), names_(name_index(matcher.taxonomy())),
        into_(into) {}

  void run() {
    into_.resumes++;
    EvalCase c{profile_.source.file, labels_.file, report_.placement.role, labels_.placement,
               std::string(verdict_name(report_.readiness.verdict)), 0};
    const std::size_t misses_before = into_.misses.size();
    placement();
    readiness();
    criteria();
    counts();
    skills(labels_.hands_on, Evidence::kHandsOn, into_.hands_on, "hands-on");
    skills(labels_.listed, Evidence::kListed, into_.listed, "listed");
    skills(labels_.certified, Evidence::kCertified, into_.certified, "certified");
    not_skills();
    findings();
    c.misses = static_cast<int>(into_.misses.size() - misses_before);
    into_.cases.push_back(std::move(c));
  }

 private:
  void miss(std::string kind, std::string message, std::vector<TextLine> lines = {}) {
    into_.misses.push_back({profile_.source.file, std::move(kind), std::move(message), std::move(lines)});
  }

  void placement() {
    if (labels_.placement.empty()) return;
    const std::string& placed = report_.placement.role;
    const bool right = contains(labels_.placement, placed);
    into_.placement.add(right);
    into_.confusion[right ? placed : labels_.placement.front()][placed]++;
    if (right) return;
    std::string why;
    for (const std::string& reason : report_.placement.reasons) why += (why.empty() ? "" : "; ") + reason;
    miss("placement", "placed " + placed + ", labelled " + join(labels_.placement, " or ") + ": " + why);
  }

  void readiness() {
    if (labels_.readiness.empty()) return;
    const std::string verdict(verdict_name(report_.readiness.verdict));
    const bool right = contains(labels_.readiness, verdict);
    into_.readiness.add(right);
    if (!right) {
      miss("readiness", verdict + " for " + report_.readiness.to + " with " +
                            std::to_string(report_.readiness.yes) + " yes, labelled " + join(labels_.readiness, " or "));
    }
  }

  void criteria() {
    for (const auto& [id, answers] : labels_.criteria) {
      auto it = std::find_if(report_.readiness.criteria.begin(), report_.readiness.criteria.end(),
                             [&](const CriterionAnswer& a) { return a.id == id; });
      const std::string given = it == report_.readiness.criteria.end() ? "none" : std::string(answer_name(it->answer));
      const bool right = contains(answers, given);
      into_.criteria.add(right);
      into_.per_question[id].add(right);
      if (!right) {
        miss("criteria", id + ": " + given + ", labelled " + join(answers, " or "),
             it == report_.readiness.criteria.end() ? std::vector<TextLine>{} : it->evidence);
      }
    }
  }

  void counts() {
    if (labels_.positions) {
      const double n = static_cast<double>(profile_.positions.size());
      const bool right = in_range(n, *labels_.positions);
      into_.positions.add(right);
      if (!right) {
        std::vector<std::string> titles;
        for (const Position& p : profile_.positions) titles.push_back(p.title + " at " + p.company + " (" + format_range(p.dates) + ")");
        miss("positions", std::to_string(profile_.positions.size()) + " positions, labelled " +
                              range_text(*labels_.positions) + ": " + join(titles, "; "));
      }
    }
    if (labels_.experience_years) {
      const bool right = in_range(report_.experience_years, *labels_.experience_years);
      into_.experience.add(right);
      if (!right) {
        miss("experience", number_text(report_.experience_years) + " years, labelled " +
                               range_text(*labels_.experience_years));
      }
    }
  }

  void skills(const std::vector<SkillLabel>& labels, Evidence want, Tally& tally, std::string_view kind) {
    for (const SkillLabel& label : labels) {
      const SkillEvidence* found = reported(report_, matcher_, names_, label);
      const bool right = found != nullptr && found->evidence == want;
      tally.add(right);
      if (right) continue;
      std::string message = label.spellings.front() + ": " +
                            (found ? std::string(evidence_name(found->evidence)) + " as " + found->skill->name
                                   : std::string("not found"));
      miss(std::string(kind), message, found ? found->lines : lines_naming(profile_, label));
    }
  }

  void not_skills() {
    for (const SkillLabel& label : labels_.not_skills) {
      into_.not_skills++;
      if (const SkillEvidence* found = reported(report_, matcher_, names_, label)) {
        into_.false_ambiguous++;
        miss("not-skill", label.spellings.front() + " is an ordinary word here, taken for " + found->skill->name,
             found->lines);
      }
    }
  }

  void findings() {
    auto given = [&](const std::string& id) -> const Finding* {
      for (const Finding& f : report_.findings) {
        if (f.id == id) return &f;
      }
      return nullptr;
    };
    for (const std::string& id : labels_.findings) {
      FindingTally& per = into_.per_finding[id];
      if (given(id)) {
        into_.findings.true_positive++;
        per.true_positive++;
      } else {
        into_.findings.false_negative++;
        per.false_negative++;
        miss("finding-missed", id + " is deserved but not given");
      }
    }
    for (const std::string& id : labels_.findings_not) {
      if (const Finding* f = given(id)) {
        into_.findings.false_positive++;
        into_.per_finding[id].false_positive++;
        miss("finding-wrong", id + " contradicts the resume: " + f->message, f->lines);
      }
    }
  }

  const Labels& labels_;
  const Profile& profile_;
  const Report& report_;
  const SkillMatcher& matcher_;
  const NameIndex names_;
  EvalResult& into_;
};

}  // namespace

double FindingTally::precision() const {
  const int given = true_positive + false_positive;
  return given == 0 ? 1.0 : static_cast<double>(true_positive) / given;
}

double FindingTally::recall() const {
  const int labelled = true_positive + false_negative;
  return labelled == 0 ? 1.0 : static_cast<double>(true_positive) / labelled;
}

void score_resume(const Labels& labels, const Profile& profile, const Report& report,
                  const SkillMatcher& matcher, EvalResult& into) {
  Scorer(labels, profile, report, matcher, into).run();
}

}  // namespace rungs
