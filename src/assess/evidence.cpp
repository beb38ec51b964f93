#include "assess/evidence.h"

namespace rungs::assess {

void ResumeEvidence::index() {
  skill_by_id.clear();
  for (const SkillEvidence& e : skills) skill_by_id.emplace(e.skill->id, &e);
  signal_by_id.clear();
  for (std::size_t i = 0; i < ladder.signals.size() && i < signals.size(); ++i) {
    signal_by_id.emplace(ladder.signals[i].id, i);
  }
}

const SkillEvidence* ResumeEvidence::skill(std::string_view id) const {
  auto it = skill_by_id.find(id);
  return it == skill_by_id.end() ? nullptr : it->second;
}

std::string ResumeEvidence::skill_name(std::string_view id) const {
  const Skill* s = taxonomy.find(id);
  return s ? s->name : std::string(id);
}

const SkillEvidence* ResumeEvidence::role_skill(const RoleSkill& rs) const {
  if (!rs.is_group()) return skill(rs.skill);
  const SkillEvidence* best = nullptr;
  for (const std::string& id : rs.any_of) {
    const SkillEvidence* found = skill(id);
    if (found == nullptr) continue;
    if (best == nullptr || found->evidence < best->evidence ||
        (found->evidence == best->evidence && found->years > best->years)) {
      best = found;
    }
  }
  return best;
}

std::string ResumeEvidence::role_skill_name(const RoleSkill& rs) const {
  return rs.is_group() ? rs.name : skill_name(rs.skill);
}

const SignalLines& ResumeEvidence::signal(std::string_view id) const {
  static const SignalLines kNone;
  auto it = signal_by_id.find(id);
  return it == signal_by_id.end() ? kNone : signals[it->second];
}

double evidence_value(const SkillEvidence* e) {
  if (e == nullptr) return 0;
  switch (e->evidence) {
    case Evidence::kHandsOn: return 1.0;
    case Evidence::kCertified: return 0.7;
    case Evidence::kListed: return 0.3;
  }
  return 0;
}

double weight_value(Weight weight) { return weight == Weight::kCore ? 2.0 : 1.0; }

}  // namespace rungs::assess
