// The engine's data compiled once: the taxonomy with the O*NET skills, the built skill matcher,
// the ladder, the finding rules and the placement weights in one binary file, loaded with mmap
// and no parsing (the matcher's trie is used in place). A process that loads the snapshot
// starts in a few milliseconds instead of parsing YAML and building the matcher each time.
//
// The file: a 96-byte header (magic "RUNGSNAP", format version, payload size, payload checksum,
// the rungs version, the SHA-256 of the sources), then the payload: the sources (path, size,
// modification time), then the parts. A snapshot is trusted only when the header, the checksum
// and the version hold and every source is unchanged (same size and time, or else the same
// SHA-256 of their contents).
#ifndef RUNGS_SNAPSHOT_H_
#define RUNGS_SNAPSHOT_H_

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "rungs/assess.h"
#include "rungs/error.h"

namespace rungs {

// One source file the snapshot was compiled from, as it was then.
struct SnapshotSource {
  std::string path;  // absolute
  std::uint64_t size = 0;
  std::int64_t mtime_ns = 0;
};

// Compiles the data `data` names (defaults for empty paths) into snapshot bytes. Errors: those
// of load_assessor (a bad ladder, taxonomy, ...), naming the file.
Result<std::string> compile_snapshot(const AssessData& data);

// Writes `bytes` to `file` as a whole or not at all: a temporary file in the same folder, then a
// rename, so two processes compiling the same snapshot at once both succeed. Creates the folder.
Result<void> write_snapshot(const std::filesystem::path& file, const std::string& bytes);

// What check_snapshot found.
struct SnapshotCheck {
  enum class State { kFresh, kMissing, kStale, kDamaged } state = State::kMissing;
  std::string why;  // for kStale and kDamaged: what is wrong, naming the file
  std::string rungs_version;
  std::string source_hash;  // hex SHA-256 of the sources' contents
  std::vector<SnapshotSource> sources;
  std::uint64_t bytes = 0;
};

// Reads a snapshot's header and payload checksum, and checks its sources.
SnapshotCheck check_snapshot(const std::filesystem::path& file);

// The engine from a snapshot file. kInvalidInput naming the file when it is missing, damaged,
// of another format or rungs version, or stale.
Result<Assessor> load_snapshot(const std::filesystem::path& file);

// Where the snapshot of `data` is cached: $XDG_CACHE_HOME/rungs/ (default ~/.cache/rungs/), a
// file named by the SHA-256 of the rungs version and the sources' paths.
std::filesystem::path snapshot_cache_path(const AssessData& data);

// The snapshot built with the binary for its bundled data: rungs.snapshot beside the binary,
// or in share/rungs/ when installed.
std::filesystem::path bundled_snapshot_path();

// Where the snapshot of `data` lives: the bundled one for the bundled data, else the cache's.
std::filesystem::path snapshot_path_for(const AssessData& data);

// The engine for `data`, the fast way. The bundled data comes from the bundled snapshot when it
// is fresh; a stale or damaged bundled snapshot is rebuilt when its folder is writable, and
// refused (kInvalidInput naming it) when it is installed read-only. Other data comes from its
// cached snapshot, compiled from the sources on first use (or when stale or damaged). When the
// cache cannot be written the engine still loads, from the sources.
Result<Assessor> load_assessor_fast(const AssessData& data);

}  // namespace rungs

#endif  // RUNGS_SNAPSHOT_H_
