// How each part of the engine's data is laid out in the snapshot: one io() per type, used both
// to write (BinaryWriter) and to read (BinaryReader), so the two cannot disagree. A field added
// to one of these structs must be added here too; the snapshot test compares every labelled
// resume's assessment from the snapshot with the one from the YAML sources, which catches it.
#ifndef RUNGS_SNAPSHOT_SNAPSHOT_IO_H_
#define RUNGS_SNAPSHOT_SNAPSHOT_IO_H_

#include "common/binary_archive.h"
#include "rungs/finding_rules.h"
#include "rungs/ladder.h"
#include "rungs/placement_weights.h"
#include "rungs/snapshot.h"
#include "rungs/taxonomy.h"

// In namespace rungs, so that calls inside the templates find every overload by argument-
// dependent lookup (the archive is a rungs type), whatever order they are declared in.
namespace rungs {

// Values the archive writes directly.
template <class A, class T>
  requires(std::is_arithmetic_v<T> || std::is_enum_v<T>)
void io(A& a, T& v) { a.field(v); }
template <class A>
void io(A& a, std::string& v) { a.field(v); }
template <class A, class T>
void io(A& a, std::optional<T>& v) { a.field(v); }

template <class A, class T>
void io(A& a, std::vector<T>& items) {
  io_vector(a, items, [](A& archive, T& item) { io(archive, item); });
}

// Several fields in order.
template <class A, class... T>
void fields(A& a, T&... values) {
  (io(a, values), ...);
}

template <class A> void io(A& a, SkillCategory& c) { fields(a, c.id, c.name); }
template <class A> void io(A& a, Skill& s) {
  fields(a, s.id, s.name, s.category, s.aliases, s.ambiguous, s.onet, s.origin, s.line, s.implies);
}

template <class A> void io(A& a, Track& t) { fields(a, t.id, t.name, t.description, t.main, t.line); }
template <class A> void io(A& a, Signal& s) { fields(a, s.id, s.name, s.phrases, s.line); }
template <class A> void io(A& a, RoleSkill& s) { fields(a, s.skill, s.weight, s.name, s.any_of); }
template <class A> void io(A& a, Grade& g) { fields(a, g.company, g.title); }
template <class A> void io(A& a, YearsRange& y) { fields(a, y.min, y.max); }
template <class A> void io(A& a, Role& r) {
  fields(a, r.id, r.title, r.track, r.order, r.years, r.summary, r.focus, r.tools, r.titles, r.grades,
         r.skills, r.signals, r.line);
}
template <class A> void io(A& a, Checkpoint& c) { fields(a, c.id, c.title, c.done_when, c.closes, c.line); }
template <class A> void io(A& a, Criterion& c) { fields(a, c.id, c.text, c.signals); }
template <class A> void io(A& a, Transition& t) {
  fields(a, t.from, t.to, t.months, t.criteria, t.checkpoints, t.line);
}
template <class A> void io(A& a, GrowthTrack& g) { fields(a, g.id, g.name, g.from, g.roles, g.description, g.line); }
template <class A> void io(A& a, PromotionQuestion& q) {
  fields(a, q.id, q.question, q.signals, q.yes_at, q.checkpoints, q.required, q.line);
}
template <class A> void io(A& a, Certification& c) {
  fields(a, c.id, c.name, c.issuer, c.aliases, c.roles, c.skills, c.line, c.keys, c.bare_keys);
}
template <class A> void io(A& a, Ladder& l) {
  fields(a, l.id, l.name, l.description, l.version, l.file, l.tracks, l.signals, l.roles, l.checkpoints,
         l.transitions, l.growth_tracks, l.promotion_questions, l.certifications, l.hedges);
}

template <class A> void io(A& a, FindingRule& r) {
  fields(a, r.id, r.kind, r.signals, r.skills, r.links, r.phrases, r.severity, r.core_severity, r.message,
         r.fix, r.line);
}

template <class A> void io(A& a, SnapshotSource& s) { fields(a, s.path, s.size, s.mtime_ns); }

template <class A> void io(A& a, PlacementWeights& w) {
  fields(a, w.skills, w.signals, w.title, w.threshold, w.years_shortfall, w.signals_enough, w.weak_signal,
         w.assigned_share, w.off_track_share, w.full_stack_share, w.off_track_support, w.off_track_skills, w.off_track_title,
         w.scope_order, w.recent_years);
}

}  // namespace rungs

#endif  // RUNGS_SNAPSHOT_SNAPSHOT_IO_H_
