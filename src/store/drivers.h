// The two drivers the store runs on (sql_driver.h).
#ifndef RUNGS_STORE_DRIVERS_H_
#define RUNGS_STORE_DRIVERS_H_

#include <memory>
#include <string>

#include "rungs/error.h"
#include "store/sql_driver.h"

namespace rungs::store {

// The SQLite file at `path`; `create` allows making it (its folder must exist).
Result<std::unique_ptr<SqlDriver>> open_sqlite(const std::string& path, bool create);

// The PostgreSQL database a libpq connection string or postgresql:// URL names.
Result<std::unique_ptr<SqlDriver>> open_postgres(const std::string& url);

}  // namespace rungs::store

#endif  // RUNGS_STORE_DRIVERS_H_
