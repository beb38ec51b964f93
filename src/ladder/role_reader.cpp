// Reads the tracks, signals and roles of a ladder file.
#include "rungs/phrase_pattern.h"
#include <unordered_map>

#include "common/text.h"
#include "ladder/ladder_reading.h"

namespace rungs {
namespace {

std::optional<Weight> parse_weight(const std::string& text) {
  if (text == "core") return Weight::kCore;
  if (text == "useful") return Weight::kUseful;
  return std::nullopt;
}

YearsRange read_years(YamlReader& in, const YAML::Node& role, const std::string& field) {
  YearsRange years;
  YAML::Node node = role["years"];
  std::string years_field = field_path(field, "years");
  if (!node.IsDefined() || node.IsNull()) {
    in.error(role, years_field, "required field is missing");
    return years;
  }
  if (!in.expect_map(node, years_field, {"min", "max"})) return years;
  years.min = in.integer(node, "min", years_field, Need::kRequired, 0).value_or(0);
  years.max = in.integer(node, "max", years_field, Need::kOptional, 0);
  if (years.max && *years.max < years.min) {
    in.error(node["max"], field_path(years_field, "max"),
             "max (" + std::to_string(*years.max) + ") is below min (" +
                 std::to_string(years.min) + ")");
  }
  return years;
}

// Each entry is `{skill: ID, weight: W}` or a group `{id: ID, name: NAME, any_of: [IDS], weight: W}`.
std::vector<RoleSkill> read_role_skills(LadderContext& ctx, const YAML::Node& role,
                                        const std::string& field) {
  std::vector<RoleSkill> out;
  IdSet seen;
  ctx.in.for_each_map(
      role, "skills", field, Need::kRequired, {"skill", "weight", "id", "name", "any_of"},
      [&](const YAML::Node& node, const std::string& entry_field) {
        std::optional<std::string> weight_text =
            ctx.in.string(node, "weight", entry_field, Need::kRequired);
        std::optional<Weight> weight;
        if (weight_text) {
          weight = parse_weight(*weight_text);
          if (!weight) {
            ctx.in.error(node["weight"], field_path(entry_field, "weight"),
                         "unknown weight '" + *weight_text + "', expected 'core' or 'useful'");
          }
        }
        RoleSkill entry;
        int line = YamlReader::line_of(node);
        if (node["any_of"].IsDefined()) {
          if (node["skill"].IsDefined()) {
            ctx.in.error(node, entry_field, "an entry has either 'skill' or 'any_of', not both");
            return;
          }
          entry.skill = ctx.in.string(node, "id", entry_field, Need::kRequired).value_or("");
          entry.name = ctx.in.string(node, "name", entry_field, Need::kRequired).value_or("");
          entry.any_of = ctx.in.refs(node, "any_of", entry_field, Need::kRequired, ctx.known.skills, "skill");
          if (!yaml_is_sequence(node["any_of"]) || node["any_of"].size() < 2) {
            ctx.in.error(node, field_path(entry_field, "any_of"), "a group needs at least two skills");
            return;
          }
          if (ctx.known.skills.contains(entry.skill)) {
            ctx.in.error(node["id"], field_path(entry_field, "id"),
                         "group id '" + entry.skill + "' is a skill id too; give the group its own id");
            return;
          }
        } else {
          if (node["id"].IsDefined() || node["name"].IsDefined()) {
            ctx.in.error(node, entry_field, "'id' and 'name' belong to a group with 'any_of'");
          }
          std::optional<std::string> skill = ctx.in.string(node, "skill", entry_field, Need::kRequired);
          if (!skill) return;
          YamlItem item{*skill, YamlReader::line_of(node["skill"]), field_path(entry_field, "skill")};
          if (!ctx.in.check_ref(item, ctx.known.skills, "skill")) return;
          entry.skill = *skill;
          line = item.line;
        }
        if (entry.skill.empty()) return;
        if (!seen.insert(entry.skill).second) {
          ctx.in.error_at(line, entry_field, "skill '" + entry.skill + "' is listed twice");
          return;
        }
        if (weight) {
          entry.weight = *weight;
          out.push_back(std::move(entry));
        }
      });
  return out;
}

// Titles and grades place people, so each may lead to one role only. Generic titles are unique
// across the ladder; grades are unique per company.
struct TitleOwners {
  std::unordered_map<std::string, std::string> titles;
  std::unordered_map<std::string, std::string> grades;

  void claim(YamlReader& in, std::unordered_map<std::string, std::string>& owners,
             const std::string& key, const std::string& shown, const std::string& role,
             int line, const std::string& field) {
    auto [it, inserted] = owners.emplace(key, role);
    if (inserted) return;
    if (it->second == role) {
      in.error_at(line, field, "title '" + shown + "' is listed twice for this role (case and punctuation are ignored)");
    } else {
      in.error_at(line, field,
                  "title '" + shown + "' already places people in role '" + it->second + "'");
    }
  }
};

std::vector<Grade> read_grades(YamlReader& in, const YAML::Node& role, const std::string& field,
                               const std::string& role_id, TitleOwners& owners) {
  std::vector<Grade> out;
  in.for_each_map(role, "grades", field, Need::kOptional, {"company", "title"},
                  [&](const YAML::Node& node, const std::string& entry_field) {
                    auto company = in.string(node, "company", entry_field, Need::kRequired);
                    auto title = in.string(node, "title", entry_field, Need::kRequired);
                    if (!company || !title) return;
                    owners.claim(in, owners.grades,
                                 normalize_key(*company) + "|" + normalize_key(*title),
                                 *company + " " + *title, role_id, YamlReader::line_of(node),
                                 entry_field);
                    out.push_back(Grade{*company, *title});
                  });
  return out;
}

}  // namespace

void read_tracks(LadderContext& ctx, const YAML::Node& root, Ladder& ladder) {
  IdSet seen;
  ctx.in.for_each_map(root, "tracks", "", Need::kRequired, {"id", "name", "description", "main"},
                      [&](const YAML::Node& node, const std::string& field) {
                        Track t;
                        t.id = ctx.in.string(node, "id", field, Need::kRequired).value_or("");
                        t.name = ctx.in.string(node, "name", field, Need::kRequired).value_or("");
                        t.description =
                            ctx.in.string(node, "description", field, Need::kOptional).value_or("");
                        t.main = ctx.in.boolean(node, "main", field, Need::kOptional).value_or(false);
                        t.line = YamlReader::line_of(node);
                        if (ctx.in.claim_id(seen, t.id, node["id"], field_path(field, "id"), "track")) {
                          ladder.tracks.push_back(std::move(t));
                        }
                      });
}

void read_signals(LadderContext& ctx, const YAML::Node& root, Ladder& ladder) {
  IdSet seen;
  ctx.in.for_each_map(root, "signals", "", Need::kRequired, {"id", "name", "phrases"},
                      [&](const YAML::Node& node, const std::string& field) {
                        Signal s;
                        s.id = ctx.in.string(node, "id", field, Need::kRequired).value_or("");
                        s.name = ctx.in.string(node, "name", field, Need::kRequired).value_or("");
                        for (YamlItem& p : ctx.in.strings(node, "phrases", field, Need::kRequired)) {
                          if (Result<PhrasePattern> parsed = parse_phrase_pattern(p.value); !parsed) {
                            ctx.in.error_at(p.line, p.field, parsed.error().message);
                          }
                          s.phrases.push_back(std::move(p.value));
                        }
                        s.line = YamlReader::line_of(node);
                        if (ctx.in.claim_id(seen, s.id, node["id"], field_path(field, "id"), "signal")) {
                          ladder.signals.push_back(std::move(s));
                        }
                      });
}

void read_roles(LadderContext& ctx, const YAML::Node& root, Ladder& ladder) {
  IdSet seen;
  TitleOwners owners;
  YamlReader& in = ctx.in;
  in.for_each_map(
      root, "roles", "", Need::kRequired,
      {"id", "title", "track", "order", "years", "summary", "focus", "tools", "titles", "grades",
       "skills", "signals"},
      [&](const YAML::Node& node, const std::string& field) {
        Role r;
        r.id = in.string(node, "id", field, Need::kRequired).value_or("");
        r.title = in.string(node, "title", field, Need::kRequired).value_or("");
        r.line = YamlReader::line_of(node);
        r.track = in.ref(node, "track", field, ctx.known.tracks, "track");
        r.order = in.integer(node, "order", field, Need::kRequired, 1).value_or(0);
        r.years = read_years(in, node, field);
        r.summary = in.string(node, "summary", field, Need::kRequired).value_or("");
        for (YamlItem& f : in.strings(node, "focus", field, Need::kRequired)) {
          r.focus.push_back(std::move(f.value));
        }
        r.tools = in.refs(node, "tools", field, Need::kOptional, ctx.known.skills, "skill");
        for (YamlItem& t : in.strings(node, "titles", field, Need::kRequired)) {
          owners.claim(in, owners.titles, normalize_key(t.value), t.value, r.id, t.line, t.field);
          r.titles.push_back(std::move(t.value));
        }
        r.grades = read_grades(in, node, field, r.id, owners);
        r.skills = read_role_skills(ctx, node, field);
        r.signals = in.refs(node, "signals", field, Need::kRequired, ctx.known.signals, "signal");
        if (in.claim_id(seen, r.id, node["id"], field_path(field, "id"), "role")) {
          ladder.roles.push_back(std::move(r));
        }
      });
}

}  // namespace rungs
