// The documents a batch reads: files as given, folders walked recursively in sorted order.
#include <algorithm>
#include <system_error>

#include "rungs/batch.h"

namespace rungs {

Result<std::vector<std::filesystem::path>> batch_documents(const std::vector<std::string>& paths) {
  namespace fs = std::filesystem;
  std::vector<fs::path> out;
  for (const std::string& given : paths) {
    std::error_code ec;
    fs::path path(given);
    if (fs::is_regular_file(path, ec)) {
      out.push_back(path);
      continue;
    }
    if (!fs::is_directory(path, ec)) return invalid_input(given + ": no such file or folder");
    std::vector<fs::path> found;
    for (fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end;
         !ec && it != end; it.increment(ec)) {
      const std::string name = it->path().filename().string();
      if (name.starts_with(".")) {  // .git, .DS_Store, editor files
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file(ec)) found.push_back(it->path());
    }
    if (ec) return invalid_input(given + ": cannot be read: " + ec.message());
    std::sort(found.begin(), found.end());
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

}  // namespace rungs
