// Where snapshots live (the bundled one beside the binary, the others in the user's cache) and
// load_assessor_fast(), which picks one, checks it and compiles it when needed.
#include <unistd.h>

#include <cstdlib>
#include <fstream>

#include "common/sha256.h"
#include "rungs/data_paths.h"
#include "rungs/snapshot.h"
#include "rungs/version.h"
#include "snapshot/snapshot_detail.h"

namespace rungs {
namespace {

std::filesystem::path canonical_or_same(const std::filesystem::path& p) {
  std::error_code ec;
  std::filesystem::path c = std::filesystem::weakly_canonical(p, ec);
  return ec ? p : c;
}

bool writable_folder(const std::filesystem::path& file) {
  return ::access(file.parent_path().c_str(), W_OK) == 0;
}

// The snapshot of `data`, compiled now and written to `file` (best effort: an unwritable cache
// costs speed, not the answer).
Result<Assessor> compile_into(const std::filesystem::path& file, const AssessData& data) {
  Result<std::string> bytes = compile_snapshot(data);
  if (!bytes) return std::unexpected(bytes.error());
  (void)write_snapshot(file, *bytes);
  auto kept = std::make_shared<const std::string>(std::move(*bytes));
  return snapshot_detail::load_opened(file, snapshot_detail::open_bytes(file, *kept, kept));
}

}  // namespace

std::filesystem::path snapshot_cache_path(const AssessData& data) {
  std::filesystem::path base;
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg == '/') {
    base = xdg;
  } else if (const char* home = std::getenv("HOME"); home && *home) {
    base = std::filesystem::path(home) / ".cache";
  } else {
    base = std::filesystem::temp_directory_path();
  }
  Sha256 key;
  key.add(kVersion).add(data.use_onet ? "|onet" : "|curated");
  const AssessData paths = data.with_defaults();
  for (const std::filesystem::path* p : {&paths.taxonomy, &paths.onet, &paths.ladder, &paths.findings, &paths.placement}) {
    key.add("|").add(canonical_or_same(*p).string());
  }
  return base / "rungs" / (key.hex().substr(0, 32) + ".snapshot");
}

std::filesystem::path snapshot_path_for(const AssessData& data) {
  return data.bundled() ? bundled_snapshot_path() : snapshot_cache_path(data);
}

std::filesystem::path bundled_snapshot_path() {
  if (std::filesystem::path installed = installed_data_dir(); !installed.empty()) return installed / "rungs.snapshot";
  const std::filesystem::path exe = executable_path();
  return exe.empty() ? exe : exe.parent_path() / "rungs.snapshot";
}

Result<Assessor> load_assessor_fast(const AssessData& data) {
  if (data.bundled()) {
    const std::filesystem::path bundled = bundled_snapshot_path();
    const snapshot_detail::Opened opened = snapshot_detail::open_file(bundled);
    const SnapshotCheck& check = opened.check;
    // The bundled snapshot serves only the data it was compiled from (RUNGS_DATA_DIR may name
    // other data): its first source is the taxonomy.
    const bool same_data = !check.sources.empty() &&
                           check.sources.front().path == canonical_or_same(default_taxonomy_path()).string();
    if (check.state == SnapshotCheck::State::kFresh && same_data) return snapshot_detail::load_opened(bundled, opened);
    if (check.state == SnapshotCheck::State::kDamaged || (check.state == SnapshotCheck::State::kStale && same_data)) {
      if (!writable_folder(bundled)) {
        return invalid_input(check.why + "; reinstall rungs, or run `rungs data compile -o " + bundled.string() + "`");
      }
      return compile_into(bundled, data);
    }
  }
  const std::filesystem::path cached = snapshot_cache_path(data);
  if (Result<Assessor> loaded = load_snapshot(cached)) return loaded;  // else missing, stale or damaged
  return compile_into(cached, data);
}

}  // namespace rungs
