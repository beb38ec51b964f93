#include "assess/job_match.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace rungs {

std::string JobSkill::via_text() const {
  std::string out;
  for (const std::string& v : via) out += (out.empty() ? " via " : ", ") + v;
  return out;
}

}  // namespace rungs

namespace rungs::assess {
namespace {

// Listed skills count less than in a role's gaps: a job match asks "can they do it now".
double match_value(const std::optional<Evidence>& e) {
  if (!e) return 0;
  switch (*e) {
    case Evidence::kHandsOn: return 1.0;
    case Evidence::kCertified: return 0.7;
    case Evidence::kListed: return 0.4;
  }
  return 0;
}

}  // namespace

JobMatch match_job(const JobDescription& job, const std::vector<SkillEvidence>& resume_skills,
                   const SkillMatcher& matcher) {
  std::map<std::uint32_t, JobSkill> asked;  // by skill index, in first-asked order below
  std::vector<std::uint32_t> order;
  MatchScratch scratch;
  std::vector<SkillHit> hits;
  for (const JobLine& line : job.lines) {
    hits.clear();
    std::string_view text = matcher.find(line.text, scratch, hits);
    keep_in_context(text, hits, line.list);
    for (const SkillHit& h : hits) {
      auto [it, inserted] = asked.try_emplace(h.id);
      JobSkill& s = it->second;
      if (inserted) {
        const Skill& skill = matcher.skill(h);
        s.skill = skill.id;
        s.name = skill.name;
        s.must = !line.nice;
        s.job_line = line.line;
        order.push_back(h.id);
      } else if (!line.nice && !s.must) {
        s.must = true;
        s.job_line = line.line;
      }
    }
  }
  JobMatch m;
  m.job_title = job.title;
  m.job_file = job.source.file;
  double total = 0, shown = 0;
  for (std::uint32_t index : order) {
    JobSkill s = asked[index];
    for (const SkillEvidence& e : resume_skills) {
      if (e.skill->id != s.skill) continue;
      s.evidence = e.evidence;
      for (const Skill* v : e.via) s.via.push_back(v->name);
    }
    double weight = s.must ? 2.0 : 1.0;
    total += weight;
    shown += weight * match_value(s.evidence);
    (s.evidence ? m.matched : m.missing).push_back(std::move(s));
  }
  m.score = total > 0 ? static_cast<int>(std::lround(100 * shown / total)) : 0;
  std::stable_sort(m.matched.begin(), m.matched.end(), [](const JobSkill& a, const JobSkill& b) {
    if (a.must != b.must) return a.must;
    return *a.evidence < *b.evidence;
  });
  std::stable_sort(m.missing.begin(), m.missing.end(),
                   [](const JobSkill& a, const JobSkill& b) { return a.must && !b.must; });
  return m;
}

}  // namespace rungs::assess
