#include "ingest/zip_archive.h"

#include <zip.h>

#include <algorithm>

namespace rungs::ingest {
namespace {

bool escapes_folder(std::string_view member) {
  if (member.empty()) return false;
  if (member.front() == '/' || member.front() == '\\') return true;
  if (member.size() > 1 && member[1] == ':') return true;  // C:\...
  std::size_t start = 0;
  while (start <= member.size()) {
    std::size_t stop = member.find_first_of("/\\", start);
    if (stop == std::string_view::npos) stop = member.size();
    if (member.substr(start, stop - start) == "..") return true;
    start = stop + 1;
  }
  return false;
}

}  // namespace

std::string member_base_name(std::string_view member) {
  std::size_t slash = member.find_last_of("/\\");
  return std::string(slash == std::string_view::npos ? member : member.substr(slash + 1));
}

bool looks_like_zip(std::string_view bytes) {
  return bytes.starts_with(std::string_view("PK\x03\x04", 4)) ||
         bytes.starts_with(std::string_view("PK\x05\x06", 4));
}

ZipArchive::ZipArchive(ZipArchive&&) noexcept = default;
ZipArchive& ZipArchive::operator=(ZipArchive&&) noexcept = default;
ZipArchive::~ZipArchive() = default;

Result<ZipArchive> ZipArchive::open(std::string_view bytes, const std::string& name,
                                    const IngestLimits& limits) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (!source) {
    zip_error_fini(&error);
    return internal_error(name + ": cannot read the zip from memory");
  }
  zip_t* handle = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
  if (!handle) {
    std::string why = zip_error_strerror(&error);
    zip_source_free(source);
    zip_error_fini(&error);
    return invalid_input(name + ": not a readable zip archive (" + why + ")");
  }
  zip_error_fini(&error);
  ZipArchive archive;
  archive.zip_ = {handle, zip_close};
  archive.name_ = name;
  archive.limits_ = limits;
  zip_int64_t count = zip_get_num_entries(handle, 0);
  if (count < 0 || static_cast<std::size_t>(count) > limits.max_zip_entries) {
    return invalid_input(name + ": the zip has " + std::to_string(count) + " entries, more than the limit of " +
                         std::to_string(limits.max_zip_entries));
  }
  for (zip_int64_t i = 0; i < count; ++i) {
    const char* member = zip_get_name(handle, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_GUESS);
    if (!member) return invalid_input(name + ": the zip has an entry without a readable name");
    if (escapes_folder(member)) {
      return invalid_input(name + ": the zip entry '" + std::string(member) +
                           "' escapes its folder (absolute path or '..'); refusing the archive");
    }
    archive.names_.emplace_back(member);
  }
  return archive;
}

bool ZipArchive::has(std::string_view member) const {
  return std::find(names_.begin(), names_.end(), member) != names_.end();
}

Result<std::string> ZipArchive::read(std::string_view member) {
  const std::string where = name_ + ": " + std::string(member);
  zip_int64_t index = zip_name_locate(zip_.get(), std::string(member).c_str(), 0);
  if (index < 0) return invalid_input(where + ": no such member in the zip");
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(zip_.get(), static_cast<zip_uint64_t>(index), 0, &stat) != 0) {
    return invalid_input(where + ": damaged zip entry");
  }
  if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE) {
    return invalid_input(where + ": the zip entry is encrypted; export it without a password");
  }
  std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> file(
      zip_fopen_index(zip_.get(), static_cast<zip_uint64_t>(index), 0), zip_fclose);
  if (!file) {
    return invalid_input(where + ": cannot open the zip entry (" +
                         zip_error_strerror(zip_get_error(zip_.get())) + ")");
  }
  // Sizes in the zip's headers are not trusted: the limits are checked on what inflates.
  const std::size_t cap = std::min(limits_.max_document_bytes,
                                   limits_.max_unzipped_bytes - std::min(inflated_, limits_.max_unzipped_bytes));
  std::string data;
  char buffer[1 << 16];
  for (;;) {
    zip_int64_t n = zip_fread(file.get(), buffer, sizeof buffer);
    if (n < 0) {
      return invalid_input(where + ": damaged zip entry (" +
                           zip_error_strerror(zip_file_get_error(file.get())) + ")");
    }
    if (n == 0) break;
    data.append(buffer, static_cast<std::size_t>(n));
    if (data.size() > cap) {
      return invalid_input(where + ": inflates past the limit of " + std::to_string(cap) +
                           " bytes; refusing what looks like a zip bomb");
    }
  }
  inflated_ += data.size();
  return data;
}

}  // namespace rungs::ingest
