// The ladder model as JSON for `rungs ladder show --format json` and `rungs roles --format json`,
// members in the order the ladder file declares them.
#include "report/json_writer.h"
#include "rungs/ladder_view.h"

namespace rungs {
namespace {

void write_years(JsonWriter& w, const YearsRange& years) {
  w.object([&] {
    w.field("min", years.min);
    w.field("max", years.max);
  });
}

void write_role(JsonWriter& w, const Role& r) {
  w.object([&] {
    w.field("id", r.id);
    w.field("title", r.title);
    w.field("track", r.track);
    w.field("order", r.order);
    w.key("years");
    write_years(w, r.years);
    w.field("summary", r.summary);
    w.field("focus", r.focus);
    w.field("tools", r.tools);
    w.field("titles", r.titles);
    w.key("grades");
    w.array_of(r.grades, [&](const Grade& g) {
      w.object([&] {
        w.field("company", g.company);
        w.field("title", g.title);
      });
    });
    w.key("skills");
    w.array_of(r.skills, [&](const RoleSkill& s) {
      w.object([&] {
        w.field("skill", s.skill);
        w.field("weight", weight_name(s.weight));
        if (s.is_group()) {
          w.field("name", s.name);
          w.field("any_of", s.any_of);
        }
      });
    });
    w.field("signals", r.signals);
  });
}

void write_transition(JsonWriter& w, const Transition& t) {
  w.object([&] {
    w.field("from", t.from);
    w.field("to", t.to);
    w.field("months", t.months);
    w.key("criteria");
    w.array_of(t.criteria, [&](const Criterion& c) {
      w.object([&] {
        w.field("id", c.id);
        w.field("text", c.text);
        w.field("signals", c.signals);
      });
    });
    w.field("checkpoints", t.checkpoints);
  });
}

}  // namespace

std::string render_ladder_json(const Ladder& ladder) {
  JsonWriter w;
  w.object([&] {
    w.field("schema", "rungs.ladder/1");
    w.field("id", ladder.id);
    w.field("name", ladder.name);
    w.field("version", ladder.version);
    w.field("description", ladder.description);
    w.key("tracks");
    w.array_of(ladder.tracks, [&](const Track& t) {
      w.object([&] {
        w.field("id", t.id);
        w.field("name", t.name);
        w.field("description", t.description);
        w.field("main", t.main);
      });
    });
    w.key("signals");
    w.array_of(ladder.signals, [&](const Signal& s) {
      w.object([&] {
        w.field("id", s.id);
        w.field("name", s.name);
        w.field("phrases", s.phrases);
      });
    });
    w.key("roles");
    w.array_of(ladder.roles, [&](const Role& r) { write_role(w, r); });
    w.key("checkpoints");
    w.array_of(ladder.checkpoints, [&](const Checkpoint& c) {
      w.object([&] {
        w.field("id", c.id);
        w.field("title", c.title);
        w.field("done_when", c.done_when);
        w.field("closes", c.closes);
      });
    });
    w.key("transitions");
    w.array_of(ladder.transitions, [&](const Transition& t) { write_transition(w, t); });
    w.key("growth_tracks");
    w.array_of(ladder.growth_tracks, [&](const GrowthTrack& g) {
      w.object([&] {
        w.field("id", g.id);
        w.field("name", g.name);
        w.field("from", g.from);
        w.field("roles", g.roles);
        w.field("description", g.description);
      });
    });
    w.key("promotion_questions");
    w.array_of(ladder.promotion_questions, [&](const PromotionQuestion& q) {
      w.object([&] {
        w.field("id", q.id);
        w.field("question", q.question);
        w.field("signals", q.signals);
      });
    });
    w.key("certifications");
    w.array_of(ladder.certifications, [&](const Certification& c) {
      w.object([&] {
        w.field("id", c.id);
        w.field("name", c.name);
        w.field("issuer", c.issuer);
        w.field("aliases", c.aliases);
        w.field("roles", c.roles);
        w.field("skills", c.skills);
      });
    });
  });
  return std::move(w).finish();
}

std::string render_roles_json(const Ladder& ladder) {
  JsonWriter w;
  w.object([&] {
    w.key("ladder");
    w.object([&] {
      w.field("id", ladder.id);
      w.field("name", ladder.name);
      w.field("version", ladder.version);
    });
    w.key("roles");
    w.array_of(ladder.roles_by_track(), [&](const Role* r) {
      w.object([&] {
        w.field("id", r->id);
        w.field("title", r->title);
        w.field("track", r->track);
        w.field("order", r->order);
        w.key("years");
        write_years(w, r->years);
      });
    });
  });
  return std::move(w).finish();
}

}  // namespace rungs
