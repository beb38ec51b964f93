// A read-only zip held in memory (libzip), with the limits that keep a zip bomb or a hostile
// archive harmless: a cap on entries, on each member's and on the total inflated size, and no
// member name that would escape its folder. Nothing is ever written to disk.
#ifndef RUNGS_INGEST_ZIP_ARCHIVE_H_
#define RUNGS_INGEST_ZIP_ARCHIVE_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "rungs/error.h"
#include "rungs/ingest.h"

struct zip;

namespace rungs::ingest {

class ZipArchive {
 public:
  // Opens `bytes` (which must outlive the archive). Fails naming `name` when it is not a zip,
  // is damaged, has too many entries, or a member name is absolute or climbs out with "..".
  static Result<ZipArchive> open(std::string_view bytes, const std::string& name,
                                 const IngestLimits& limits);

  ZipArchive(ZipArchive&&) noexcept;
  ZipArchive& operator=(ZipArchive&&) noexcept;
  ~ZipArchive();

  // Member names, in archive order.
  const std::vector<std::string>& names() const { return names_; }
  // True when a member has exactly this name.
  bool has(std::string_view member) const;
  // The inflated content of `member`. Fails when it is missing, encrypted, damaged, larger
  // than the per-document limit, or would take the archive past its total inflated limit.
  Result<std::string> read(std::string_view member);

 private:
  ZipArchive() = default;
  std::unique_ptr<zip, int (*)(zip*)> zip_{nullptr, nullptr};
  std::string name_;
  std::vector<std::string> names_;
  IngestLimits limits_;
  std::size_t inflated_ = 0;  // bytes inflated so far, against limits_.max_unzipped_bytes
};

// The file name of a zip member without its folders: "export/Positions.csv" -> "Positions.csv".
std::string member_base_name(std::string_view member);

// True when the bytes start like a zip file (a local header or an empty archive).
bool looks_like_zip(std::string_view bytes);

}  // namespace rungs::ingest

#endif  // RUNGS_INGEST_ZIP_ARCHIVE_H_
