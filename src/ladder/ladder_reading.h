// Internal: the pieces of the ladder loader, one per group of sections, sharing one context.
#ifndef RUNGS_LADDER_LADDER_READING_H_
#define RUNGS_LADDER_LADDER_READING_H_

#include "common/yaml_reader.h"
#include "rungs/ladder.h"

namespace rungs {

// The ids a ladder may refer to, collected before the sections are read so that references may
// point forward in the file.
struct KnownIds {
  IdSet tracks, signals, roles, checkpoints, skills;
};

// State shared while reading one ladder file.
struct LadderContext {
  YamlReader& in;
  KnownIds known;
};

// The ids of the mappings in root[key] (unvalidated: the section reader reports problems).
IdSet collect_ids(const YAML::Node& root, const char* key);

// Each reads root[key] into the ladder, reporting problems to ctx.in.
void read_tracks(LadderContext& ctx, const YAML::Node& root, Ladder& ladder);
void read_signals(LadderContext& ctx, const YAML::Node& root, Ladder& ladder);
void read_roles(LadderContext& ctx, const YAML::Node& root, Ladder& ladder);
void read_checkpoints(LadderContext& ctx, const YAML::Node& root, Ladder& ladder);
void read_transitions(LadderContext& ctx, const YAML::Node& root, Ladder& ladder);
void read_growth_tracks(LadderContext& ctx, const YAML::Node& root, Ladder& ladder);
void read_promotion_questions(LadderContext& ctx, const YAML::Node& root, Ladder& ladder);
void read_certifications(LadderContext& ctx, const YAML::Node& root, Ladder& ladder);

// Whole-ladder checks once every section is read: one main track, a rising chain of roles on it
// with no cycle, and a way up from every main role but the top.
void check_ladder_shape(YamlReader& in, const Ladder& ladder);

}  // namespace rungs

#endif  // RUNGS_LADDER_LADDER_READING_H_
