// open_postgres (drivers.h) through the PostgreSQL module, loaded on first use.
#include "common/module_loader.h"
#include "store/drivers.h"
#include "store/postgres_module.h"

namespace rungs::store {

Result<std::unique_ptr<SqlDriver>> open_postgres(const std::string& url) {
  static const ModuleSymbol loaded = load_module_symbol("RUNGS_POSTGRES_MODULE", "librungs_postgres.so",
                                                       RUNGS_POSTGRES_MODULE_BUILT, RUNGS_POSTGRES_OPEN_SYMBOL);
  if (loaded.address == nullptr) {
    return std::unexpected(Error{ErrorKind::kStorage,
                                 "PostgreSQL store: the PostgreSQL module is not installed (looked at " + loaded.tried + ")",
                                 {}});
  }
  std::string error;
  SqlDriver* driver = reinterpret_cast<RungsPostgresOpenFn>(loaded.address)(url.c_str(), &error);
  if (driver == nullptr) return std::unexpected(Error{ErrorKind::kStorage, error, {}});
  return std::unique_ptr<SqlDriver>(driver);
}

}  // namespace rungs::store
