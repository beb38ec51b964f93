// Reads the checkpoints, transitions, growth tracks, promotion questions and certifications of a
// ladder file.
#include <algorithm>
#include <set>

#include "common/text.h"
#include "ladder/ladder_reading.h"

namespace rungs {
namespace {

std::vector<Criterion> read_criteria(LadderContext& ctx, const YAML::Node& transition,
                                     const std::string& field) {
  std::vector<Criterion> out;
  IdSet seen;
  ctx.in.for_each_map(transition, "criteria", field, Need::kRequired, {"id", "text", "signals"},
                      [&](const YAML::Node& node, const std::string& entry_field) {
                        Criterion c;
                        c.id = ctx.in.string(node, "id", entry_field, Need::kRequired).value_or("");
                        c.text = ctx.in.string(node, "text", entry_field, Need::kRequired).value_or("");
                        c.signals = ctx.in.refs(node, "signals", entry_field, Need::kRequired,
                                                ctx.known.signals, "signal");
                        if (ctx.in.claim_id(seen, c.id, node["id"], field_path(entry_field, "id"),
                                            "criterion")) {
                          out.push_back(std::move(c));
                        }
                      });
  return out;
}

}  // namespace

void read_checkpoints(LadderContext& ctx, const YAML::Node& root, Ladder& ladder) {
  IdSet seen;
  ctx.in.for_each_map(root, "checkpoints", "", Need::kRequired, {"id", "title", "done_when", "closes"},
                      [&](const YAML::Node& node, const std::string& field) {
                        Checkpoint c;
                        c.id = ctx.in.string(node, "id", field, Need::kRequired).value_or("");
                        c.title = ctx.in.string(node, "title", field, Need::kRequired).value_or("");
                        c.done_when =
                            ctx.in.string(node, "done_when", field, Need::kRequired).value_or("");
                        c.closes = ctx.in.refs(node, "closes", field, Need::kRequired,
                                               ctx.known.skills, "skill");
                        c.line = YamlReader::line_of(node);
                        if (ctx.in.claim_id(seen, c.id, node["id"], field_path(field, "id"),
                                            "checkpoint")) {
                          ladder.checkpoints.push_back(std::move(c));
                        }
                      });
}

void read_transitions(LadderContext& ctx, const YAML::Node& root, Ladder& ladder) {
  std::set<std::pair<std::string, std::string>> seen;
  YamlReader& in = ctx.in;
  in.for_each_map(root, "transitions", "", Need::kRequired,
                  {"from", "to", "months", "criteria", "checkpoints"},
                  [&](const YAML::Node& node, const std::string& field) {
                    Transition t;
                    t.from = in.ref(node, "from", field, ctx.known.roles, "role");
                    t.to = in.ref(node, "to", field, ctx.known.roles, "role");
                    t.months = in.integer(node, "months", field, Need::kRequired, 1).value_or(0);
                    t.criteria = read_criteria(ctx, node, field);
                    t.checkpoints = in.refs(node, "checkpoints", field, Need::kRequired,
                                            ctx.known.checkpoints, "checkpoint");
                    t.line = YamlReader::line_of(node);
                    if (t.from.empty() || t.to.empty()) return;
                    if (t.from == t.to) {
                      in.error(node, field, "a transition from '" + t.from + "' to itself");
                      return;
                    }
                    if (!seen.emplace(t.from, t.to).second) {
                      in.error(node, field,
                               "repeated transition from '" + t.from + "' to '" + t.to + "'");
                      return;
                    }
                    ladder.transitions.push_back(std::move(t));
                  });
}

void read_growth_tracks(LadderContext& ctx, const YAML::Node& root, Ladder& ladder) {
  IdSet seen;
  YamlReader& in = ctx.in;
  in.for_each_map(root, "growth_tracks", "", Need::kOptional,
                  {"id", "name", "from", "roles", "description"},
                  [&](const YAML::Node& node, const std::string& field) {
                    GrowthTrack g;
                    g.id = in.string(node, "id", field, Need::kRequired).value_or("");
                    g.name = in.string(node, "name", field, Need::kRequired).value_or("");
                    g.from = in.ref(node, "from", field, ctx.known.roles, "role");
                    g.roles = in.refs(node, "roles", field, Need::kRequired, ctx.known.roles, "role");
                    g.description = in.string(node, "description", field, Need::kOptional).value_or("");
                    g.line = YamlReader::line_of(node);
                    if (in.claim_id(seen, g.id, node["id"], field_path(field, "id"), "growth track")) {
                      ladder.growth_tracks.push_back(std::move(g));
                    }
                  });
}

void read_promotion_questions(LadderContext& ctx, const YAML::Node& root, Ladder& ladder) {
  IdSet seen;
  YamlReader& in = ctx.in;
  in.for_each_map(root, "promotion_questions", "", Need::kRequired, {"id", "question", "signals", "yes_at", "requires", "checkpoints"},
                  [&](const YAML::Node& node, const std::string& field) {
                    PromotionQuestion q;
                    q.id = in.string(node, "id", field, Need::kRequired).value_or("");
                    q.question = in.string(node, "question", field, Need::kRequired).value_or("");
                    q.signals = in.refs(node, "signals", field, Need::kRequired, ctx.known.signals,
                                        "signal");
                    q.yes_at = in.integer(node, "yes_at", field, Need::kOptional, 1).value_or(2);
                    q.required = in.refs(node, "requires", field, Need::kOptional, ctx.known.signals, "signal");
                    q.checkpoints = in.refs(node, "checkpoints", field, Need::kOptional, ctx.known.checkpoints, "checkpoint");
                    for (const std::string& id : q.required) {
                      if (std::find(q.signals.begin(), q.signals.end(), id) == q.signals.end()) {
                        in.error(node["requires"], field_path(field, "requires"),
                                 "'" + id + "' is not one of the question's signals");
                      }
                    }
                    q.line = YamlReader::line_of(node);
                    if (in.claim_id(seen, q.id, node["id"], field_path(field, "id"), "question")) {
                      ladder.promotion_questions.push_back(std::move(q));
                    }
                  });
}

void read_certifications(LadderContext& ctx, const YAML::Node& root, Ladder& ladder) {
  IdSet seen;
  YamlReader& in = ctx.in;
  in.for_each_map(root, "certifications", "", Need::kOptional,
                  {"id", "name", "issuer", "aliases", "roles", "skills"},
                  [&](const YAML::Node& node, const std::string& field) {
                    Certification c;
                    c.id = in.string(node, "id", field, Need::kRequired).value_or("");
                    c.name = in.string(node, "name", field, Need::kRequired).value_or("");
                    c.issuer = in.string(node, "issuer", field, Need::kRequired).value_or("");
                    for (YamlItem& a : in.strings(node, "aliases", field, Need::kOptional)) {
                      c.aliases.push_back(std::move(a.value));
                    }
                    c.roles = in.refs(node, "roles", field, Need::kRequired, ctx.known.roles, "role");
                    c.skills = in.refs(node, "skills", field, Need::kRequired, ctx.known.skills, "skill");
                    c.line = YamlReader::line_of(node);
                    if (in.claim_id(seen, c.id, node["id"], field_path(field, "id"),
                                    "certification")) {
                      c.keys.push_back(normalize_key(c.name));
                      for (const std::string& a : c.aliases) c.keys.push_back(normalize_key(a));
                      for (const std::string& key : c.keys) {
                        std::string bare = without_number_words(key);
                        if (bare.find(' ') != std::string::npos) c.bare_keys.push_back(std::move(bare));
                      }
                      ladder.certifications.push_back(std::move(c));
                    }
                  });
}

}  // namespace rungs
