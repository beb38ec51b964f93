// A thin RAII layer over SQLite's C API for the SQLite store: a connection, prepared statements
// with positional binds, and errors as values that name the store.
#ifndef RUNGS_STORE_SQLITE_DB_H_
#define RUNGS_STORE_SQLITE_DB_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "rungs/error.h"

struct sqlite3;
struct sqlite3_stmt;

namespace rungs::store {

class SqliteStatement;

class SqliteDb {
 public:
  // Opens `path`, read-write; `create` allows making the file. Sets the busy timeout, WAL
  // journal, foreign keys and secure delete (forgotten rows are overwritten, not left behind).
  static Result<SqliteDb> open(const std::string& path, bool create, const std::string& store_name);

  SqliteDb(SqliteDb&& other) noexcept;
  SqliteDb& operator=(SqliteDb&&) = delete;
  ~SqliteDb();

  // Runs statements that return no rows.
  Result<void> exec(std::string_view sql);
  Result<SqliteStatement> prepare(std::string_view sql);

  // An error of kind kStorage: "<store name>: <what>: <SQLite's message>".
  Error error(std::string_view what) const;

 private:
  SqliteDb(sqlite3* db, std::string name) : db_(db), name_(std::move(name)) {}
  sqlite3* db_ = nullptr;
  std::string name_;
};

// One prepared statement. bind() takes 1-based positions (text; SQLite gives it the column's
// type); step() says whether a row came; columns read back as text.
class SqliteStatement {
 public:
  SqliteStatement(SqliteStatement&& other) noexcept;
  SqliteStatement& operator=(SqliteStatement&&) = delete;
  ~SqliteStatement();

  SqliteStatement& bind(int index, std::string_view text);
  SqliteStatement& bind(int index, const std::optional<std::string>& text);  // null when empty

  Result<bool> step();
  // Runs to the end, discarding rows.
  Result<void> run();
  int columns() const;

  std::string text(int column) const;
  std::optional<std::string> optional_text(int column) const;
  bool is_null(int column) const;

 private:
  friend class SqliteDb;
  SqliteStatement(sqlite3_stmt* stmt, const SqliteDb* db) : stmt_(stmt), db_(db) {}
  sqlite3_stmt* stmt_ = nullptr;
  const SqliteDb* db_ = nullptr;
};

}  // namespace rungs::store

#endif  // RUNGS_STORE_SQLITE_DB_H_
