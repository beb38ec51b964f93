// Which store a location names, where the default one lives, and the id a person is filed under.
#include <cstdlib>
#include <filesystem>
#include <system_error>

#include "common/utf8.h"
#include "rungs/store.h"
#include "store/drivers.h"
#include "store/sql_store.h"

namespace rungs {
namespace {

bool is_postgres_url(const std::string& location) {
  return location.starts_with("postgresql://") || location.starts_with("postgres://");
}

std::string env(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr ? value : "";
}

Error storage_error(std::string message) { return Error{ErrorKind::kStorage, std::move(message), {}}; }

}  // namespace

std::string default_store_location() {
  if (std::string store = env("RUNGS_STORE"); !store.empty()) return store;
  if (std::string data = env("XDG_DATA_HOME"); data.starts_with("/")) return data + "/rungs/rungs.db";
  if (std::string home = env("HOME"); !home.empty()) return home + "/.local/share/rungs/rungs.db";
  return "rungs.db";
}

Result<std::unique_ptr<Store>> open_store(const std::string& location, StoreOpen mode) {
  bool is_default = location.empty();
  std::string where = is_default ? default_store_location() : location;
  Result<std::unique_ptr<store::SqlDriver>> driver;
  if (is_postgres_url(where)) {
    driver = store::open_postgres(where);
  } else {
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::path path(where);
    bool exists = fs::exists(path, ec);
    if (!exists && mode == StoreOpen::kExisting) {
      return std::unexpected(storage_error("SQLite store " + where + ": no such file (nothing has been saved there yet)"));
    }
    if (!exists && fs::is_directory(path, ec)) {
      return std::unexpected(storage_error("SQLite store " + where + ": is a folder, not a file"));
    }
    if (!exists && path.has_parent_path() && !fs::is_directory(path.parent_path(), ec)) {
      std::string folder = "SQLite store " + where + ": its folder " + path.parent_path().string();
      // The default store's folder is made on first save; another store's folder is the user's to make.
      if (!is_default) return std::unexpected(storage_error(folder + " does not exist"));
      ec.clear();
      if (!fs::create_directories(path.parent_path(), ec)) {
        return std::unexpected(storage_error(folder + " cannot be made: " + ec.message()));
      }
    }
    driver = store::open_sqlite(where, mode == StoreOpen::kCreate);
  }
  if (!driver) return std::unexpected(driver.error());
  return store::open_sql_store(std::move(*driver));
}

Result<std::string> person_id_for(const std::string& given, const std::string& email, const std::string& name) {
  if (!given.empty()) {
    bool ok = given.size() <= 128 && !first_invalid_utf8(given);
    for (unsigned char c : given) ok = ok && c > 0x20 && c != 0x7f && c != '/' && c != '\\';
    if (!ok) {
      return std::unexpected(Error{ErrorKind::kUsage,
                                   "--person: '" + repair_utf8(given) +
                                       "' is not an id: use 1 to 128 characters with no spaces, slashes or control characters",
                                   {}});
    }
    return given;
  }
  auto lowered = [](const std::string& text, char space) {
    std::string out;
    for (unsigned char c : text) {
      if (c <= 0x20 || c == '/' || c == '\\' || c == 0x7f) {
        if (!out.empty() && out.back() != space) out += space;
      } else {
        out += static_cast<char>(c < 0x80 ? std::tolower(c) : c);
      }
    }
    while (!out.empty() && out.back() == space) out.pop_back();
    return out.size() <= 128 ? out : std::string();
  };
  if (std::string id = lowered(email, '.'); id.find('@') != std::string::npos) return id;
  if (std::string id = lowered(name, '-'); !id.empty()) return id;
  return std::unexpected(Error{ErrorKind::kUsage,
                               "the resume gives no e-mail or name to file the assessment under; give --person ID", {}});
}

}  // namespace rungs
