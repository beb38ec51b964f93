#include "store/sqlite_db.h"

#include <sqlite3.h>

#include <cerrno>
#include <utility>

namespace rungs::store {

Result<SqliteDb> SqliteDb::open(const std::string& path, bool create, const std::string& store_name) {
  sqlite3* raw = nullptr;
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (create ? SQLITE_OPEN_CREATE : 0);
  int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  SqliteDb db(raw, store_name);
  if (rc != SQLITE_OK) {
    if (raw == nullptr) return std::unexpected(Error{ErrorKind::kStorage, store_name + ": cannot open: out of memory", {}});
    return std::unexpected(db.error("cannot open"));
  }
  sqlite3_extended_result_codes(raw, 1);
  // Writers wait for each other (up to 10 s) rather than fail with "database is locked".
  sqlite3_busy_timeout(raw, 10000);
  // journal_mode=WAL is the one setting that reads the file: a file that is not a database, or
  // a read-only one that cannot take a WAL, fails here with SQLite's own message.
  for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON",
                             "PRAGMA secure_delete=ON", "PRAGMA synchronous=NORMAL"}) {
    Result<SqliteStatement> st = db.prepare(pragma);
    if (!st) return std::unexpected(st.error());
    if (Result<void> ran = st->run(); !ran) return std::unexpected(ran.error());
  }
  return db;
}

SqliteDb::SqliteDb(SqliteDb&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)), name_(std::move(other.name_)) {}

SqliteDb::~SqliteDb() {
  if (db_ != nullptr) sqlite3_close_v2(db_);
}

Result<void> SqliteDb::exec(std::string_view sql) {
  std::string owned(sql);
  if (sqlite3_exec(db_, owned.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK) {
    return std::unexpected(error(""));
  }
  return {};
}

Result<SqliteStatement> SqliteDb::prepare(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr) != SQLITE_OK) {
    return std::unexpected(error(""));
  }
  return SqliteStatement(stmt, this);
}

Error SqliteDb::error(std::string_view what) const {
  std::string message = name_ + ": " + (what.empty() ? "" : std::string(what) + ": ");
  message += db_ != nullptr ? sqlite3_errmsg(db_) : "no connection";
  int code = db_ != nullptr ? sqlite3_extended_errcode(db_) & 0xff : 0;
  int sys = db_ != nullptr ? sqlite3_system_errno(db_) : 0;
  if (code == SQLITE_READONLY || sys == EROFS) {
    message += " (the store is read-only)";
  } else if (code == SQLITE_FULL || sys == ENOSPC || sys == EFBIG || sys == EDQUOT) {
    message += " (the disk, quota or file size limit is full)";
  } else if (sys == EACCES || sys == EPERM) {
    message += " (no permission)";
  } else if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT) {
    message += " (the store is damaged)";
  }
  if (code != SQLITE_BUSY && code != SQLITE_LOCKED) message += "; nothing was changed";
  return Error{ErrorKind::kStorage, std::move(message), {}};
}


SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : stmt_(std::exchange(other.stmt_, nullptr)), db_(other.db_) {}

SqliteStatement::~SqliteStatement() {
  if (stmt_ != nullptr) sqlite3_finalize(stmt_);
}

SqliteStatement& SqliteStatement::bind(int index, std::string_view text) {
  sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
  return *this;
}

SqliteStatement& SqliteStatement::bind(int index, const std::optional<std::string>& text) {
  if (text) return bind(index, std::string_view(*text));
  sqlite3_bind_null(stmt_, index);
  return *this;
}


Result<bool> SqliteStatement::step() {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return std::unexpected(db_->error(""));
}

Result<void> SqliteStatement::run() {
  for (;;) {
    Result<bool> row = step();
    if (!row) return std::unexpected(row.error());
    if (!*row) return {};
  }
}

int SqliteStatement::columns() const { return sqlite3_column_count(stmt_); }

std::string SqliteStatement::text(int column) const {
  const unsigned char* p = sqlite3_column_text(stmt_, column);
  if (p == nullptr) return {};
  return std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)));
}

std::optional<std::string> SqliteStatement::optional_text(int column) const {
  if (is_null(column)) return std::nullopt;
  return text(column);
}

bool SqliteStatement::is_null(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }

}  // namespace rungs::store
