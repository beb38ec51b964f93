// Reads data/skills/taxonomy.yaml into a Taxonomy, validating as it goes.
#include <unordered_map>

#include "common/file.h"
#include "common/text.h"
#include "common/yaml_reader.h"
#include "skills/match_text.h"
#include "rungs/taxonomy.h"

namespace rungs {
namespace {

constexpr std::string_view kSchema = "rungs.taxonomy/1";
constexpr std::size_t kMaxTaxonomyBytes = 16 * 1024 * 1024;

std::vector<SkillCategory> read_categories(YamlReader& in, const YAML::Node& root, IdSet& ids) {
  std::vector<SkillCategory> out;
  in.for_each_map(root, "categories", "", Need::kRequired, {"id", "name"},
                  [&](const YAML::Node& node, const std::string& field) {
                    SkillCategory c;
                    c.id = in.string(node, "id", field, Need::kRequired).value_or("");
                    c.name = in.string(node, "name", field, Need::kRequired).value_or("");
                    if (!in.claim_id(ids, c.id, node["id"], field_path(field, "id"),
                                     "category")) {
                      return;
                    }
                    out.push_back(std::move(c));
                  });
  return out;
}

// Every name and alias, in the form the matcher sees it, must belong to one skill only.
void claim_name(YamlReader& in, std::unordered_map<std::string, std::string>& owners,
                const std::string& name, const std::string& skill_id, int line,
                const std::string& field) {
  std::string key = normalise_pattern(name);
  if (normalize_key(key).empty()) {
    in.error_at(line, field, "a name needs at least one letter or digit");
    return;
  }
  auto [it, inserted] = owners.emplace(key, skill_id);
  if (!inserted && it->second != skill_id) {
    in.error_at(line, field, "'" + name + "' is already a name of skill '" + it->second + "'");
  }
}

bool is_own_name(const Skill& skill, const std::string& name) {
  std::string key = normalise_pattern(name);
  if (normalise_pattern(skill.name) == key) return true;
  for (const std::string& alias : skill.aliases) {
    if (normalise_pattern(alias) == key) return true;
  }
  return false;
}

std::vector<Skill> read_skills(YamlReader& in, const YAML::Node& root, const IdSet& categories) {
  std::vector<Skill> out;
  IdSet ids;
  std::unordered_map<std::string, std::string> name_owner;
  in.for_each_map(
      root, "skills", "", Need::kRequired, {"id", "name", "category", "aliases", "ambiguous", "onet", "implies"},
      [&](const YAML::Node& node, const std::string& field) {
        Skill s;
        s.id = in.string(node, "id", field, Need::kRequired).value_or("");
        s.name = in.string(node, "name", field, Need::kRequired).value_or("");
        s.line = YamlReader::line_of(node);
        s.category = in.ref(node, "category", field, categories, "category");
        for (YamlItem& alias : in.strings(node, "aliases", field, Need::kOptional)) {
          claim_name(in, name_owner, alias.value, s.id, alias.line, alias.field);
          s.aliases.push_back(std::move(alias.value));
        }
        for (YamlItem& name : in.strings(node, "ambiguous", field, Need::kOptional)) {
          if (!is_own_name(s, name.value)) {
            in.error_at(name.line, name.field,
                        "'" + name.value + "' is not the name or an alias of skill '" + s.id + "'");
          }
          s.ambiguous.push_back(std::move(name.value));
        }
        s.onet = in.string(node, "onet", field, Need::kOptional).value_or("");
        for (YamlItem& implied : in.strings(node, "implies", field, Need::kOptional)) {
          s.implies.push_back(std::move(implied.value));
        }
        if (!in.claim_id(ids, s.id, node["id"], field_path(field, "id"), "skill")) return;
        if (!s.name.empty()) {
          claim_name(in, name_owner, s.name, s.id, YamlReader::line_of(node["name"]),
                     field_path(field, "name"));
        }
        out.push_back(std::move(s));
      });
  return out;
}

// `implies` must name other known skills and never lead back to where it started.
void check_implies(YamlReader& in, const std::vector<Skill>& skills) {
  std::unordered_map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < skills.size(); ++i) index.emplace(skills[i].id, i);
  auto field_of = [&](std::size_t i) { return element_path("skills", skills[i].id) + ".implies"; };
  std::vector<std::vector<std::size_t>> edges(skills.size());
  for (std::size_t i = 0; i < skills.size(); ++i) {
    for (const std::string& id : skills[i].implies) {
      auto it = index.find(id);
      if (it == index.end()) {
        std::vector<std::string> ids;
        for (const Skill& s : skills) ids.push_back(s.id);
        std::string hint = closest_match(id, ids);
        in.error_at(skills[i].line, field_of(i), "unknown skill '" + id + "'" + (hint.empty() ? "" : " (did you mean '" + hint + "'?)"));
      } else if (it->second == i) {
        in.error_at(skills[i].line, field_of(i), "a skill cannot imply itself");
      } else {
        edges[i].push_back(it->second);
      }
    }
  }
  // Depth-first search with colours: reaching a skill still on the stack closes a cycle.
  std::vector<int> colour(skills.size(), 0);
  std::vector<std::pair<std::size_t, std::size_t>> stack;
  for (std::size_t start = 0; start < skills.size(); ++start) {
    if (colour[start] != 0) continue;
    stack.push_back({start, 0});
    colour[start] = 1;
    while (!stack.empty()) {
      auto& [node, next] = stack.back();
      if (next == edges[node].size()) {
        colour[node] = 2;
        stack.pop_back();
        continue;
      }
      std::size_t to = edges[node][next++];
      if (colour[to] == 1) {
        in.error_at(skills[node].line, field_of(node),
                    "'" + skills[node].id + "' implies '" + skills[to].id + "', which leads back to it (a cycle)");
      } else if (colour[to] == 0) {
        colour[to] = 1;
        stack.push_back({to, 0});
      }
    }
  }

}

}  // namespace

Result<Taxonomy> parse_taxonomy(std::string_view yaml_text, const std::string& file) {
  YamlReader in(file);
  std::optional<YAML::Node> document =
      in.parse_document(yaml_text, kSchema, {"schema", "categories", "skills"});
  if (!document) return std::unexpected(in.failure("taxonomy"));
  const YAML::Node& root = *document;
  IdSet category_ids;
  std::vector<SkillCategory> categories;
  std::vector<Skill> skills;
  in.read_guarded([&] {
    categories = read_categories(in, root, category_ids);
    skills = read_skills(in, root, category_ids);
    check_implies(in, skills);
  });
  if (!in.ok()) return std::unexpected(in.failure("taxonomy"));
  return Taxonomy(std::move(categories), std::move(skills));
}

Result<Taxonomy> load_taxonomy(const std::filesystem::path& file) {
  Result<std::string> text = read_file(file, kMaxTaxonomyBytes);
  if (!text) return std::unexpected(text.error());
  return parse_taxonomy(*text, file.string());
}

}  // namespace rungs
