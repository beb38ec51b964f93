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

bool uses_bundled_data(const AssessData& d) {
  return d.taxonomy.empty() && d.onet.empty() && d.ladder.empty() && d.findings.empty() && d.placement.empty() &&
         d.use_onet;
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
  auto add = [&](const std::filesystem::path& p, const std::filesystem::path& fallback) {
    key.add("|").add(canonical_or_same(p.empty() ? fallback : p).string());
  };
  add(data.taxonomy, default_taxonomy_path());
  add(data.onet, default_onet_config_path());
  add(data.ladder, default_ladder_path());
  add(data.findings, default_findings_path());
  add(data.placement, default_placement_path());
  return base / "rungs" / (key.hex().substr(0, 32) + ".snapshot");
}

std::filesystem::path bundled_snapshot_path() {
  std::error_code ec;
  const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) return {};
  const std::filesystem::path installed = exe.parent_path().parent_path() / "share" / "rungs";
  if (std::filesystem::is_directory(installed / "ladders", ec)) return installed / "rungs.snapshot";
  return exe.parent_path() / "rungs.snapshot";
}

Result<Assessor> load_assessor_fast(const AssessData& data) {
  if (uses_bundled_data(data)) {
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
