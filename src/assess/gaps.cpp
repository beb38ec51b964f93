#include "assess/gaps.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "common/text.h"

namespace rungs::assess {

namespace {

// The category a role's skill counts in: its own, or a group's first member's.
std::string category_of(const ResumeEvidence& e, const RoleSkill& rs) {
  const Skill* skill = e.taxonomy.find(rs.members().front());
  return skill ? skill->category : "other";
}

// For a group none of whose members is shown: the members to suggest, those the resume lists
// first (they fit the person's stack), then the group's first ones, at most three.
std::string suggestions(const ResumeEvidence& e, const RoleSkill& rs) {
  std::vector<std::string> names;
  for (const std::string& id : rs.any_of) {
    if (e.skill(id) != nullptr) names.push_back(e.skill_name(id));
  }
  for (const std::string& id : rs.any_of) {
    if (names.size() >= 3) break;
    std::string name = e.skill_name(id);
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
  }
  return join(names, ", ");
}

}  // namespace

Gaps gaps_to(const ResumeEvidence& e, const Role& target) {
  Gaps g;
  g.target = target.id;
  double total = 0, shown = 0;
  for (const RoleSkill& rs : target.skills) {
    const SkillEvidence* found = e.role_skill(rs);
    total += weight_value(rs.weight);
    shown += weight_value(rs.weight) * evidence_value(found);
    const char* kind = rs.weight == Weight::kCore ? "A core skill" : "A useful skill";
    const std::string name = e.role_skill_name(rs);
    if (found == nullptr) {
      std::string why = std::string(kind) + " for " + target.title +
                        (rs.is_group() ? "; none shown hands-on (for example " + suggestions(e, rs) + ")."
                                       : "; the resume never names it.");
      g.missing.push_back({rs.skill, name, rs.weight, why});
    } else if (found->evidence == Evidence::kListed) {
      std::string what = rs.is_group() ? name + " (" + found->skill->name + ")" : found->skill->name;
      g.unproven.push_back({rs.skill, what, rs.weight,
                            std::string(kind) + " for " + target.title +
                                ", listed but never used: claim it with a project or drop it."});
    }
  }
  g.coverage = total > 0 ? std::round(shown / total * 100) / 100 : 0;
  for (const RoleSkill& rs : target.skills) {
    std::string id = category_of(e, rs);
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
      if (category_of(e, rs) != c.category) continue;
      in_total += weight_value(rs.weight);
      in_shown += weight_value(rs.weight) * evidence_value(e.role_skill(rs));
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
  // A checkpoint closes a gap when it names the skill, or a member of the gap's group; each
  // skill weighs as the first gap it closes.
  std::unordered_map<std::string_view, double> gap_weights;
  for (const auto* list : {&gaps.missing, &gaps.unproven}) {
    for (const SkillGap& g : *list) {
      gap_weights.emplace(g.skill, weight_value(g.weight));
      for (const RoleSkill& rs : target.skills) {
        if (rs.skill != g.skill || !rs.is_group()) continue;
        for (const std::string& member : rs.any_of) gap_weights.emplace(member, weight_value(g.weight));
      }
    }
  }
  auto gap_weight = [&](const std::string& skill) {
    auto it = gap_weights.find(skill);
    return it == gap_weights.end() ? 0.0 : it->second;
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

namespace {

// A credential's name and issuer as one key, and that key without its number words; made once
// per credential, not once per certification it is compared with.
struct CredentialKey {
  explicit CredentialKey(const Credential& c)
      : key(normalize_key(c.name + " " + c.issuer)), bare(without_number_words(key)) {}
  std::string key;
  std::string bare;
};

// Whether one credential is the certification. Dashes, commas and brackets fold to spaces in the
// keys ("Developer – Associate" is "Developer - Associate"); exam codes match whole ("AZ-204",
// "SAA-C03"); a name matches also without its numbers ("Java SE 11 Developer"), when two words
// or more are left.
bool is_certification(const CredentialKey& c, const Certification& certification) {
  auto in_key = [&](const std::string& name) { return holds_words(c.key, name); };
  auto in_bare = [&](const std::string& name) { return holds_words(c.bare, name); };
  return std::any_of(certification.keys.begin(), certification.keys.end(), in_key) ||
         std::any_of(certification.bare_keys.begin(), certification.bare_keys.end(), in_bare);
}

}  // namespace

bool holds(const Profile& profile, const Certification& certification) {
  return std::any_of(profile.certifications.begin(), profile.certifications.end(),
                     [&](const Credential& c) { return is_certification(CredentialKey(c), certification); });
}

void certify_held(const Profile& profile, const Ladder& ladder, const Taxonomy& taxonomy,
                  std::vector<SkillEvidence>& skills) {
  bool changed = false;
  std::vector<CredentialKey> keys(profile.certifications.begin(), profile.certifications.end());
  for (const Certification& c : ladder.certifications) {
    const Credential* held = nullptr;
    for (std::size_t i = 0; i < keys.size(); ++i) {
      if (is_certification(keys[i], c)) held = &profile.certifications[i];
    }
    if (held == nullptr) continue;
    const TextLine line{held->name, Section::kCertifications, held->line};
    // The skill it is about (its first), which an exam code or a short name may not spell out
    // ("SAA-C03" is AWS); the others it touches are not certified by holding it.
    for (const std::string& id : std::vector<std::string>(c.skills.begin(), c.skills.begin() + std::min<std::size_t>(1, c.skills.size()))) {
      const Skill* skill = taxonomy.find(id);
      if (skill == nullptr) continue;
      auto it = std::find_if(skills.begin(), skills.end(), [&](const SkillEvidence& s) { return s.skill == skill; });
      if (it == skills.end()) {
        skills.push_back({skill, Evidence::kCertified, 0, {line}, {}});
      } else if (it->evidence == Evidence::kListed) {
        it->evidence = Evidence::kCertified;
        it->via.clear();
        it->lines.push_back(line);
      } else {
        continue;
      }
      changed = true;
    }
  }
  if (changed) sort_skill_evidence(skills);
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
