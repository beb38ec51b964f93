#include "common/file.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <system_error>

namespace rungs {

Result<std::string> read_file(const std::filesystem::path& path, std::size_t max_bytes) {
  const std::string name = path.string();
  std::error_code ec;
  auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) {
    return invalid_input(name + ": no such file");
  }
  if (std::filesystem::is_directory(status)) {
    return invalid_input(name + ": is a directory, not a file");
  }
  if (!std::filesystem::is_regular_file(status)) {
    return invalid_input(name + ": not a regular file");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return invalid_input(name + ": cannot be read (" + std::strerror(errno) + ")");
  }
  std::string data;
  char buffer[1 << 16];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    data.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (data.size() > max_bytes) {
      return invalid_input(name + ": larger than the limit of " + std::to_string(max_bytes) +
                           " bytes");
    }
  }
  if (in.bad()) {
    return invalid_input(name + ": read failed");
  }
  return data;
}

}  // namespace rungs
