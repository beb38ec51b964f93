// The snapshot file: compiling the parts into bytes, the header and its checks, and loading the
// parts back from a mapped file.
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cstring>
#include <fstream>

#include "common/file.h"
#include "common/sha256.h"
#include "rungs/onet.h"
#include "rungs/snapshot.h"
#include "rungs/version.h"
#include "snapshot/snapshot_detail.h"
#include "snapshot/snapshot_io.h"

namespace rungs {
namespace {

constexpr std::array<char, 8> kMagic = {'R', 'U', 'N', 'G', 'S', 'N', 'A', 'P'};
constexpr std::uint32_t kFormat = 2;  // 2: the phrase matchers are tries walked from word starts

struct Header {
  std::array<char, 8> magic;
  std::uint32_t format;
  std::uint32_t header_size;
  std::uint64_t payload_size;
  std::uint64_t checksum;
  std::array<char, 24> version;  // zero padded
  std::array<std::uint8_t, 32> source_sha256;
  std::uint64_t reserved;
};
static_assert(sizeof(Header) == 96, "the header is 96 bytes, so the payload starts 8-aligned");
static_assert(sizeof(PlacementWeights) == 15 * sizeof(double), "a new weight must be added to snapshot_io.h");

// A fast 64-bit checksum of the payload (four independent lanes, so it runs at memory speed):
// it finds a damaged or truncated file, not a crafted one.
std::uint64_t checksum(std::string_view bytes) {
  constexpr std::uint64_t kPrime = 0x9E3779B97F4A7C15ull;
  std::uint64_t lanes[4] = {1, 2, 3, 4};
  std::size_t i = 0;
  for (; i + 32 <= bytes.size(); i += 32) {
    for (int k = 0; k < 4; ++k) {
      std::uint64_t w;
      std::memcpy(&w, bytes.data() + i + 8 * k, 8);
      lanes[k] = (lanes[k] ^ w) * kPrime;
      lanes[k] ^= lanes[k] >> 29;
    }
  }
  std::uint64_t h = bytes.size();
  for (; i < bytes.size(); ++i) h = (h ^ static_cast<unsigned char>(bytes[i])) * kPrime;
  for (std::uint64_t lane : lanes) h = (h ^ lane) * kPrime;
  return h ^ (h >> 32);
}

std::optional<SnapshotSource> stat_source(const std::filesystem::path& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return std::nullopt;
  return SnapshotSource{path.string(), static_cast<std::uint64_t>(st.st_size),
                        static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec};
}

// The SHA-256 of the sources' contents (and of the rungs version and the format), or nullopt
// when one cannot be read.
std::optional<std::array<std::uint8_t, 32>> hash_sources(const std::vector<SnapshotSource>& sources) {
  Sha256 h;
  h.add(kVersion).add(std::string_view("\0", 1)).add(std::to_string(kFormat));
  for (const SnapshotSource& s : sources) {
    Result<std::string> text = read_file(s.path, std::size_t{1} << 30);
    if (!text) return std::nullopt;
    h.add(std::to_string(text->size())).add(std::string_view("\0", 1)).add(*text);
  }
  return h.digest();
}

// The files a data set is read from: its five inputs and the O*NET list the configuration names.
Result<std::vector<SnapshotSource>> sources_of(const AssessData& given) {
  const AssessData data = given.with_defaults();
  std::vector<std::filesystem::path> paths = {data.taxonomy, data.ladder, data.findings, data.placement};
  if (data.use_onet) {
    const std::filesystem::path& config = data.onet;
    Result<Taxonomy> curated = load_taxonomy(paths[0]);
    if (!curated) return std::unexpected(curated.error());
    Result<std::string> text = read_file(config, std::size_t{16} << 20);
    if (!text) return std::unexpected(text.error());
    Result<OnetConfig> parsed = parse_onet_config(*text, config.string(), *curated);
    if (!parsed) return std::unexpected(parsed.error());
    paths.push_back(config);
    paths.push_back(parsed->source);
  }
  std::vector<SnapshotSource> out;
  for (const std::filesystem::path& p : paths) {
    std::error_code ec;
    std::filesystem::path absolute = std::filesystem::weakly_canonical(p, ec);
    std::optional<SnapshotSource> s = stat_source(ec ? p : absolute);
    if (!s) return invalid_input(p.string() + ": cannot read it");
    out.push_back(*s);
  }
  return out;
}

// A read-only mapping of a whole file, unmapped when the last part using it goes.
struct Mapping {
  const char* data = nullptr;
  std::size_t size = 0;
  ~Mapping() {
    if (data != nullptr) ::munmap(const_cast<char*>(data), size);
  }
};

Result<std::shared_ptr<const Mapping>> map_file(const std::filesystem::path& file) {
  const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return invalid_input(file.string() + ": cannot open the snapshot: " + std::strerror(errno));
  struct stat st {};
  auto mapping = std::make_shared<Mapping>();
  if (::fstat(fd, &st) == 0 && st.st_size > 0) {
    void* p = ::mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
    if (p != MAP_FAILED) {
      mapping->data = static_cast<const char*>(p);
      mapping->size = static_cast<std::size_t>(st.st_size);
    }
  }
  ::close(fd);
  return mapping;
}

// The header and payload of a mapped snapshot, checked; `why` says what is wrong otherwise.
struct Verified {
  SnapshotCheck check;
  std::string_view payload;
};

Verified verify(const std::filesystem::path& file, std::string_view whole) {
  Verified v;
  SnapshotCheck& c = v.check;
  c.bytes = whole.size();
  auto damaged = [&](const std::string& why) {
    c.state = SnapshotCheck::State::kDamaged;
    c.why = file.string() + ": " + why;
    return v;
  };
  Header h{};
  if (whole.size() < sizeof h) return damaged("not a rungs data snapshot (too short for its header)");
  std::memcpy(&h, whole.data(), sizeof h);
  if (h.magic != kMagic) return damaged("not a rungs data snapshot (wrong magic number)");
  c.rungs_version = std::string(h.version.data(), strnlen(h.version.data(), h.version.size()));
  c.source_hash = to_hex(h.source_sha256);
  if (h.format != kFormat || h.header_size != sizeof h) {
    return damaged("snapshot format " + std::to_string(h.format) + ", this rungs reads format " + std::to_string(kFormat));
  }
  if (c.rungs_version != kVersion) {
    return damaged("compiled by rungs " + c.rungs_version + ", this is rungs " + kVersion);
  }
  if (h.payload_size != whole.size() - sizeof h) return damaged("truncated or extended: the header says " +
                                                          std::to_string(h.payload_size + sizeof h) + " bytes");
  v.payload = whole.substr(sizeof h);
  if (checksum(v.payload) != h.checksum) return damaged("damaged: its checksum does not match");
  BinaryReader in(v.payload);
  io(in, c.sources);
  if (!in.ok()) return damaged("damaged: its list of sources cannot be read");
  // Unchanged sources: the same size and time, or else the same contents.
  bool same = true;
  for (const SnapshotSource& s : c.sources) {
    std::optional<SnapshotSource> now = stat_source(s.path);
    if (!now) {
      c.state = SnapshotCheck::State::kStale;
      c.why = file.string() + ": stale: its source " + s.path + " is gone";
      return v;
    }
    same = same && now->size == s.size && now->mtime_ns == s.mtime_ns;
  }
  if (!same) {
    std::optional<std::array<std::uint8_t, 32>> digest = hash_sources(c.sources);
    if (!digest || *digest != h.source_sha256) {
      c.state = SnapshotCheck::State::kStale;
      c.why = file.string() + ": stale: its sources changed since it was compiled";
      return v;
    }
  }
  c.state = SnapshotCheck::State::kFresh;
  return v;
}

}  // namespace

Result<std::string> compile_snapshot(const AssessData& data) {
  Result<std::vector<SnapshotSource>> sources = sources_of(data);
  if (!sources) return std::unexpected(sources.error());
  Result<Assessor> assessor = load_assessor(data);
  if (!assessor) return std::unexpected(assessor.error());
  std::optional<std::array<std::uint8_t, 32>> digest = hash_sources(*sources);
  if (!digest) return invalid_input("the data sources changed while they were compiled; try again");

  BinaryWriter w;
  io(w, *sources);
  const Taxonomy& taxonomy = assessor->skills().taxonomy();
  io(w, const_cast<std::vector<SkillCategory>&>(taxonomy.categories()));
  io(w, const_cast<std::vector<Skill>&>(taxonomy.skills()));
  assessor->skills().phrases().write(w);
  io(w, const_cast<Ladder&>(assessor->ladder()));
  io(w, const_cast<std::vector<FindingRule>&>(assessor->rules()));
  io(w, const_cast<PlacementWeights&>(assessor->weights()));
  std::string payload = std::move(w).take();

  Header h{};
  h.magic = kMagic;
  h.format = kFormat;
  h.header_size = sizeof h;
  h.payload_size = payload.size();
  h.checksum = checksum(payload);
  std::strncpy(h.version.data(), kVersion, h.version.size() - 1);
  h.source_sha256 = *digest;
  std::string out(reinterpret_cast<const char*>(&h), sizeof h);
  out += payload;
  return out;
}

namespace snapshot_detail {

Opened open_bytes(const std::filesystem::path& file, std::string_view whole, std::shared_ptr<const void> keep) {
  Verified v = verify(file, whole);
  return {std::move(keep), v.payload, std::move(v.check)};
}

Opened open_file(const std::filesystem::path& file) {
  std::error_code ec;
  if (!std::filesystem::exists(file, ec)) {
    Opened o;
    o.check.why = file.string() + ": no such snapshot";
    return o;
  }
  Result<std::shared_ptr<const Mapping>> m = map_file(file);
  if (!m) {
    Opened o;
    o.check.state = SnapshotCheck::State::kDamaged;
    o.check.why = m.error().message;
    return o;
  }
  const std::string_view whole((*m)->data, (*m)->size);
  return open_bytes(file, whole, *m);
}

bool read_parts(std::string_view payload, std::shared_ptr<const void> keep, Parts& parts) {
  BinaryReader in(payload);
  io(in, parts.sources);
  io(in, parts.categories);
  io(in, parts.skills);
  PhraseMatcher::read(in, std::move(keep), parts.phrases);
  io(in, parts.ladder);
  io(in, parts.rules);
  io(in, parts.weights);
  return in.ok() && in.at_end();
}

Result<Assessor> load_opened(const std::filesystem::path& file, const Opened& opened) {
  if (opened.check.state != SnapshotCheck::State::kFresh) return invalid_input(opened.check.why);
  Parts p;
  if (!read_parts(opened.payload, opened.keep, p)) return invalid_input(file.string() + ": damaged: its parts cannot be read");
  return Assessor(SkillMatcher(Taxonomy(std::move(p.categories), std::move(p.skills)), std::move(p.phrases)),
                  std::move(p.ladder), std::move(p.rules), p.weights);
}

}  // namespace snapshot_detail

SnapshotCheck check_snapshot(const std::filesystem::path& file) { return snapshot_detail::open_file(file).check; }

Result<Assessor> load_snapshot(const std::filesystem::path& file) {
  return snapshot_detail::load_opened(file, snapshot_detail::open_file(file));
}

Result<void> write_snapshot(const std::filesystem::path& file, const std::string& bytes) {
  std::error_code ec;
  std::filesystem::create_directories(file.parent_path(), ec);
  // A name no other process uses: the pid, and this object's address for threads.
  const std::filesystem::path temporary =
      file.string() + ".tmp." + std::to_string(::getpid()) + "." + std::to_string(reinterpret_cast<std::uintptr_t>(&bytes));
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) {
      std::filesystem::remove(temporary, ec);
      return invalid_input(file.string() + ": cannot write the snapshot there");
    }
  }
  std::filesystem::rename(temporary, file, ec);
  if (ec) {
    std::filesystem::remove(temporary, ec);
    return invalid_input(file.string() + ": cannot write the snapshot there: " + ec.message());
  }
  return {};
}

}  // namespace rungs
