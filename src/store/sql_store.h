// The Store (include/rungs/store.h) on any SqlDriver: one body of SQL for SQLite and PostgreSQL.
#ifndef RUNGS_STORE_SQL_STORE_H_
#define RUNGS_STORE_SQL_STORE_H_

#include <memory>

#include "rungs/store.h"
#include "store/sql_driver.h"

namespace rungs::store {

// The store over `driver`, its schema first migrated forward to kStoreSchemaVersion in one
// transaction (a newer schema is refused with kStorage).
Result<std::unique_ptr<Store>> open_sql_store(std::unique_ptr<SqlDriver> driver);

}  // namespace rungs::store

#endif  // RUNGS_STORE_SQL_STORE_H_
