#include "rungs/taxonomy.h"

namespace rungs {

Taxonomy::Taxonomy(std::vector<SkillCategory> categories, std::vector<Skill> skills)
    : categories_(std::move(categories)), skills_(std::move(skills)) {
  skill_index_.reserve(skills_.size());
  for (std::size_t i = 0; i < skills_.size(); ++i) skill_index_.emplace(skills_[i].id, i);
  implied_.resize(skills_.size());
  for (std::size_t i = 0; i < skills_.size(); ++i) {
    for (const std::string& id : skills_[i].implies) {
      auto it = skill_index_.find(id);
      if (it != skill_index_.end()) implied_[i].push_back(static_cast<std::uint32_t>(it->second));
    }
  }
}

const Skill* Taxonomy::find(std::string_view id) const {
  auto it = skill_index_.find(id);
  return it == skill_index_.end() ? nullptr : &skills_[it->second];
}

const SkillCategory* Taxonomy::category(std::string_view id) const {
  for (const SkillCategory& c : categories_) {
    if (c.id == id) return &c;
  }
  return nullptr;
}

}  // namespace rungs
