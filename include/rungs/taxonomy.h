// The skill taxonomy: the canonical skills rungs knows, their categories and the names people
// write for them. Loaded from data/skills/taxonomy.yaml (schema rungs.taxonomy/1).
#ifndef RUNGS_TAXONOMY_H_
#define RUNGS_TAXONOMY_H_

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "rungs/error.h"

namespace rungs {

// A group of skills shown together (languages, databases, ...).
struct SkillCategory {
  std::string id;
  std::string name;
};

// Where a skill comes from: the curated taxonomy, or the O*NET technology list.
enum class SkillOrigin { kCurated, kOnet };

// One canonical skill.
struct Skill {
  std::string id;                      // stable kebab-case id that ladders refer to
  std::string name;                    // display name
  std::string category;                // a SkillCategory id
  std::vector<std::string> aliases;    // other names people write
  std::vector<std::string> ambiguous;  // those of its names that are also ordinary words ("Go",
                                       // "R"): they count only in a skills list or beside other skills
  std::string onet;                    // the O*NET technology name, or empty
  SkillOrigin origin = SkillOrigin::kCurated;
  int line = 0;                        // where it is defined in its file
  std::vector<std::string> implies;    // broader skills its use shows: Flyway -> database
                                       // migrations, PostgreSQL -> SQL, Amazon EKS -> Kubernetes, AWS
};

// An immutable, validated set of skills with lookups by id.
class Taxonomy {
 public:
  Taxonomy() = default;
  Taxonomy(std::vector<SkillCategory> categories, std::vector<Skill> skills);
  // The index holds views of the skills' ids: a copy builds its own, a move keeps it.
  Taxonomy(const Taxonomy& other) : Taxonomy(other.categories_, other.skills_) {}
  Taxonomy& operator=(const Taxonomy& other) {
    if (this != &other) *this = Taxonomy(other);
    return *this;
  }
  Taxonomy(Taxonomy&&) noexcept = default;
  Taxonomy& operator=(Taxonomy&&) noexcept = default;

  // The skill with this id, or nullptr.
  const Skill* find(std::string_view id) const;
  // The category with this id, or nullptr.
  const SkillCategory* category(std::string_view id) const;

  const std::vector<Skill>& skills() const { return skills_; }
  // The indices of the skills that skill `index` implies, directly.
  const std::vector<std::uint32_t>& implied(std::size_t index) const { return implied_[index]; }
  const std::vector<SkillCategory>& categories() const { return categories_; }

 private:
  std::vector<SkillCategory> categories_;
  std::vector<Skill> skills_;
  std::unordered_map<std::string_view, std::size_t> skill_index_;  // views of skills_[i].id
  std::vector<std::vector<std::uint32_t>> implied_;
};

// Parses and validates taxonomy YAML; `file` names it in diagnostics. Refuses (every problem
// listed as FILE:LINE: field: message) missing fields, wrong types, unknown fields, unknown
// categories, repeated ids, a name or alias claimed by two skills, an `ambiguous` entry that
// is not one of the skill's own names, and `implies` entries that name no skill, the skill
// itself, or close a cycle.
Result<Taxonomy> parse_taxonomy(std::string_view yaml_text, const std::string& file);

// Reads and parses a taxonomy file.
Result<Taxonomy> load_taxonomy(const std::filesystem::path& file);

}  // namespace rungs

#endif  // RUNGS_TAXONOMY_H_
