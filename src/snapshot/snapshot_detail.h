// Shared by the snapshot's file and cache code; not part of the public API.
#ifndef RUNGS_SNAPSHOT_SNAPSHOT_DETAIL_H_
#define RUNGS_SNAPSHOT_SNAPSHOT_DETAIL_H_

#include <memory>
#include <string_view>

#include "rungs/phrase_matcher.h"
#include "rungs/snapshot.h"

namespace rungs::snapshot_detail {

// A snapshot's bytes, checked: `keep` keeps `payload` alive (a mapping, or a string).
struct Opened {
  std::shared_ptr<const void> keep;
  std::string_view payload;
  SnapshotCheck check;
};

// Checks a whole snapshot's bytes (`file` names it in messages).
Opened open_bytes(const std::filesystem::path& file, std::string_view whole, std::shared_ptr<const void> keep);
// Maps a snapshot file and checks it.
Opened open_file(const std::filesystem::path& file);
// The parts a snapshot holds, read but not yet made an engine.
struct Parts {
  std::vector<SnapshotSource> sources;
  std::vector<SkillCategory> categories;
  std::vector<Skill> skills;
  PhraseMatcher phrases;
  Ladder ladder;
  std::vector<FindingRule> rules;
  PlacementWeights weights;
};

// Reads the parts of a payload (as opened); false when the bytes are not parts (a damaged or
// foreign payload). Every length is checked against the bytes left (the fuzz target's entry).
bool read_parts(std::string_view payload, std::shared_ptr<const void> keep, Parts& parts);

// The engine from an opened snapshot that is fresh (kInvalidInput with its `why` otherwise); the
// skill matcher's trie is used in place.
Result<Assessor> load_opened(const std::filesystem::path& file, const Opened& opened);

}  // namespace rungs::snapshot_detail

#endif  // RUNGS_SNAPSHOT_SNAPSHOT_DETAIL_H_
