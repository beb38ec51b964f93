#include "assess/gaps.h"

#include <algorithm>
#include <cmath>

#include "common/text.h"

namespace rungs::assess {

Gaps gaps_to(const ResumeEvidence& e, const Role& target) {
  Gaps g;
  g.target = target.id;
  double total = 0, shown = 0;
  for (const RoleSkill& rs : target.skills) {
    const SkillEvidence* found = e.skill(rs.skill);
    total += weight_value(rs.weight);
    shown += weight_value(rs.weight) * evidence_value(found);
    const char* kind = rs.weight == Weight::kCore ? "A core skill" : "A useful skill";
    if (found == nullptr) {
      g.missing.push_back({rs.skill, e.skill_name(rs.skill), rs.weight,
                           std::string(kind) + " for " + target.title + "; the resume never names it."});
    } else if (found->evidence == Evidence::kListed) {
      g.unproven.push_back({rs.skill, found->skill->name, rs.weight,
                            std::string(kind) + " for " + target.title +
                                ", listed but never used: claim it with a project or drop it."});
    }
  }
  g.coverage = total > 0 ? std::round(shown / total * 100) / 100 : 0;
  for (const RoleSkill& rs : target.skills) {
    const Skill* skill = e.taxonomy.find(rs.skill);
    std::string id = skill ? skill->category : "other";
    auto it = std::find_if(g.categories.begin(), g.categories.end(),
                           [&](const CategoryCoverage& c) { return c.category == id; });
    if (it == g.categories.end()) {
      const SkillCategory* category = e.taxonomy.category(id);
      g.categories.push_back({id, category ? category->name : id, 0});
    }
  }
  for (CategoryCoverage& c : g.categories) {
    double in_total = 0, in_shown = 0;
    for (const RoleSkill& rs : target.skills) {
      const Skill* skill = e.taxonomy.find(rs.skill);
      if ((skill ? skill->category : "other") != c.category) continue;
      in_total += weight_value(rs.weight);
      in_shown += weight_value(rs.weight) * evidence_value(e.skill(rs.skill));
    }
    c.coverage = in_total > 0 ? std::round(in_shown / in_total * 100) / 100 : 0;
  }
  auto core_first = [](const SkillGap& a, const SkillGap& b) { return a.weight < b.weight; };
  std::stable_sort(g.missing.begin(), g.missing.end(), core_first);
  std::stable_sort(g.unproven.begin(), g.unproven.end(), core_first);
  return g;
}

std::vector<CheckpointAdvice> checkpoints_for(const ResumeEvidence& e, const Gaps& gaps,
                                              const Role& from, const Role& target,
                                              std::size_t limit) {
  auto gap_weight = [&](const std::string& skill) -> double {
    for (const auto* list : {&gaps.missing, &gaps.unproven}) {
      for (const SkillGap& g : *list) {
        if (g.skill == skill) return weight_value(g.weight);
      }
    }
    return 0;
  };
  struct Scored {
    const Checkpoint* checkpoint;
    double score;
    std::vector<std::string> closes;
  };
  std::vector<Scored> scored;
  for (const Checkpoint& c : e.ladder.checkpoints) {
    Scored s{&c, 0, {}};
    for (const std::string& skill : c.closes) {
      double w = gap_weight(skill);
      if (w > 0) {
        s.score += w;
        s.closes.push_back(skill);
      }
    }
    if (s.score > 0) scored.push_back(std::move(s));
  }
  std::stable_sort(scored.begin(), scored.end(),
                   [](const Scored& a, const Scored& b) { return a.score > b.score; });
  std::vector<CheckpointAdvice> out;
  for (const Scored& s : scored) {
    if (out.size() >= limit) break;
    out.push_back({s.checkpoint->id, s.checkpoint->title, s.closes});
  }
  if (out.empty()) {
    if (const Transition* t = e.ladder.transition(from.id, target.id)) {
      for (const std::string& id : t->checkpoints) {
        if (out.size() >= limit) break;
        if (const Checkpoint* c = e.ladder.checkpoint(id)) out.push_back({c->id, c->title, {}});
      }
    }
  }
  return out;
}

bool holds(const Profile& profile, const Certification& certification) {
  std::vector<std::string> names = certification.aliases;
  names.push_back(certification.name);
  for (const Credential& c : profile.certifications) {
    std::string key = normalize_key(c.name);
    for (const std::string& n : names) {
      if (holds_words(key, normalize_key(n))) return true;
    }
  }
  return false;
}

std::vector<CertificationAdvice> certifications_for(const ResumeEvidence& e, const Role& target) {
  std::vector<CertificationAdvice> out;
  for (const Certification& c : e.ladder.certifications) {
    if (std::find(c.roles.begin(), c.roles.end(), target.id) == c.roles.end()) continue;
    if (holds(e.profile, c)) continue;
    std::vector<std::string> shows;
    for (const std::string& skill : c.skills) shows.push_back(e.skill_name(skill));
    out.push_back({c.id, c.name, "Valued for " + target.title + "; shows " + join(shows, ", ") + "."});
  }
  return out;
}

}  // namespace rungs::assess
