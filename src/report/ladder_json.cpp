// The ladder model as JSON for `rungs ladder show --format json` (and later the API).
#include <nlohmann/json.hpp>

#include "rungs/ladder_view.h"

namespace rungs {

using nlohmann::json;

static json years_json(const YearsRange& years) {
  json j{{"min", years.min}};
  j["max"] = years.max ? json(*years.max) : json(nullptr);
  return j;
}

static json role_json(const Role& r) {
  json skills = json::array();
  for (const RoleSkill& s : r.skills) {
    json entry = {{"skill", s.skill}, {"weight", std::string(weight_name(s.weight))}};
    if (s.is_group()) {
      entry["name"] = s.name;
      entry["any_of"] = s.any_of;
    }
    skills.push_back(std::move(entry));
  }
  json grades = json::array();
  for (const Grade& g : r.grades) grades.push_back({{"company", g.company}, {"title", g.title}});
  return {{"id", r.id},         {"title", r.title},   {"track", r.track},
          {"order", r.order},   {"years", years_json(r.years)},
          {"summary", r.summary}, {"focus", r.focus}, {"tools", r.tools},
          {"titles", r.titles}, {"grades", grades},   {"skills", skills},
          {"signals", r.signals}};
}

static json transition_json(const Transition& t) {
  json criteria = json::array();
  for (const Criterion& c : t.criteria) {
    criteria.push_back({{"id", c.id}, {"text", c.text}, {"signals", c.signals}});
  }
  return {{"from", t.from},
          {"to", t.to},
          {"months", t.months},
          {"criteria", criteria},
          {"checkpoints", t.checkpoints}};
}

static json ladder_header(const Ladder& ladder) {
  return {{"id", ladder.id}, {"name", ladder.name}, {"version", ladder.version}};
}

std::string render_ladder_json(const Ladder& ladder) {
  json j = {{"schema", "rungs.ladder/1"}, {"id", ladder.id}, {"name", ladder.name},
       {"version", ladder.version}, {"description", ladder.description}};
  json& tracks = j["tracks"] = json::array();
  for (const Track& t : ladder.tracks) {
    tracks.push_back({{"id", t.id}, {"name", t.name}, {"description", t.description}, {"main", t.main}});
  }
  json& signals = j["signals"] = json::array();
  for (const Signal& s : ladder.signals) {
    signals.push_back({{"id", s.id}, {"name", s.name}, {"phrases", s.phrases}});
  }
  json& roles = j["roles"] = json::array();
  for (const Role& r : ladder.roles) roles.push_back(role_json(r));
  json& checkpoints = j["checkpoints"] = json::array();
  for (const Checkpoint& c : ladder.checkpoints) {
    checkpoints.push_back(
        {{"id", c.id}, {"title", c.title}, {"done_when", c.done_when}, {"closes", c.closes}});
  }
  json& transitions = j["transitions"] = json::array();
  for (const Transition& t : ladder.transitions) transitions.push_back(transition_json(t));
  json& growth = j["growth_tracks"] = json::array();
  for (const GrowthTrack& g : ladder.growth_tracks) {
    growth.push_back({{"id", g.id}, {"name", g.name}, {"from", g.from}, {"roles", g.roles},
                      {"description", g.description}});
  }
  json& questions = j["promotion_questions"] = json::array();
  for (const PromotionQuestion& q : ladder.promotion_questions) {
    questions.push_back({{"id", q.id}, {"question", q.question}, {"signals", q.signals}});
  }
  json& certifications = j["certifications"] = json::array();
  for (const Certification& c : ladder.certifications) {
    certifications.push_back({{"id", c.id}, {"name", c.name}, {"issuer", c.issuer},
                              {"aliases", c.aliases}, {"roles", c.roles}, {"skills", c.skills}});
  }
  return j.dump(2) + "\n";
}

std::string render_roles_json(const Ladder& ladder) {
  json roles = json::array();
  for (const Role* r : ladder.roles_by_track()) {
    roles.push_back({{"id", r->id}, {"title", r->title}, {"track", r->track},
                     {"order", r->order}, {"years", years_json(r->years)}});
  }
  return json{{"ladder", ladder_header(ladder)}, {"roles", roles}}.dump(2) + "\n";
}

}  // namespace rungs
