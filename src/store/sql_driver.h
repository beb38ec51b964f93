// What the store needs of a database, so one store (sql_store.cpp) runs on SQLite and on
// PostgreSQL alike: statements with $1.. parameters passed and rows returned as text, a write
// transaction, and the database's own integrity checks.
#ifndef RUNGS_STORE_SQL_DRIVER_H_
#define RUNGS_STORE_SQL_DRIVER_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rungs/error.h"

namespace rungs::store {

using SqlParam = std::optional<std::string>;  // nullopt is NULL
using SqlRow = std::vector<std::optional<std::string>>;

enum class Dialect { kSqlite, kPostgres };

class SqlDriver {
 public:
  virtual ~SqlDriver() = default;

  // The store's name for messages: "SQLite store PATH", "PostgreSQL store DB@HOST".
  virtual const std::string& name() const = 0;
  virtual Dialect dialect() const = 0;

  // Runs one statement with $1.. parameters; its rows, every value as text (NULL as nullopt).
  virtual Result<std::vector<SqlRow>> query(std::string_view sql, const std::vector<SqlParam>& params) = 0;
  // Runs statements separated by ';', without parameters or rows.
  virtual Result<void> script(std::string_view sql) = 0;

  // A write transaction that holds the write lock from its start, so two writers queue rather
  // than fail; rollback() is safe to call when none is open.
  virtual Result<void> begin() = 0;
  virtual Result<void> commit() = 0;
  virtual void rollback() = 0;

  // The database's own checks (SQLite: integrity_check, foreign_key_check): problems, or none.
  virtual Result<std::vector<std::string>> self_check() = 0;
  // After an erasure: no copy of the deleted rows is left where the driver can reach it.
  virtual Result<void> after_erase() = 0;
};

}  // namespace rungs::store

#endif  // RUNGS_STORE_SQL_DRIVER_H_
