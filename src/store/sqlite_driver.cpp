// The SQLite driver: the store's statements on an embedded database file.
#include "store/drivers.h"

#include "store/sqlite_db.h"

namespace rungs::store {
namespace {

// SQLite numbers parameters ?1.. where PostgreSQL writes $1..; the store writes them as $N.
std::string to_sqlite_parameters(std::string_view sql) {
  std::string out(sql);
  for (std::size_t i = 0; i + 1 < out.size(); ++i) {
    if (out[i] == '$' && out[i + 1] >= '0' && out[i + 1] <= '9') out[i] = '?';
  }
  return out;
}

class SqliteDriver final : public SqlDriver {
 public:
  explicit SqliteDriver(SqliteDb db, std::string name) : db_(std::move(db)), name_(std::move(name)) {}

  const std::string& name() const override { return name_; }
  Dialect dialect() const override { return Dialect::kSqlite; }

  Result<std::vector<SqlRow>> query(std::string_view sql, const std::vector<SqlParam>& params) override {
    Result<SqliteStatement> st = db_.prepare(to_sqlite_parameters(sql));
    if (!st) return std::unexpected(st.error());
    for (std::size_t i = 0; i < params.size(); ++i) st->bind(static_cast<int>(i + 1), params[i]);
    std::vector<SqlRow> rows;
    for (;;) {
      Result<bool> row = st->step();
      if (!row) return std::unexpected(row.error());
      if (!*row) return rows;
      SqlRow& out = rows.emplace_back();
      for (int c = 0, n = st->columns(); c < n; ++c) out.push_back(st->optional_text(c));
    }
  }

  Result<void> script(std::string_view sql) override { return db_.exec(sql); }

  Result<void> begin() override {
    Result<void> begun = db_.exec("BEGIN IMMEDIATE");
    if (begun) in_transaction_ = true;
    return begun;
  }
  Result<void> commit() override {
    Result<void> done = db_.exec("COMMIT");
    if (done) in_transaction_ = false;
    return done;
  }
  void rollback() override {
    if (in_transaction_) (void)db_.exec("ROLLBACK");
    in_transaction_ = false;
  }

  Result<std::vector<std::string>> self_check() override {
    std::vector<std::string> problems;
    Result<std::vector<SqlRow>> integrity = query("PRAGMA integrity_check", {});
    if (!integrity) return std::unexpected(integrity.error());
    for (const SqlRow& row : *integrity) {
      if (!row.empty() && row[0] && *row[0] != "ok") problems.push_back("integrity_check: " + *row[0]);
    }
    Result<std::vector<SqlRow>> keys = query("PRAGMA foreign_key_check", {});
    if (!keys) return std::unexpected(keys.error());
    for (const SqlRow& row : *keys) {
      problems.push_back("a row of " + row[0].value_or("?") + " refers to a missing row of " + row[2].value_or("?"));
    }
    return problems;
  }

  // The deleted pages are zeroed (secure_delete); the WAL, which still holds them, is folded
  // into the database and truncated.
  Result<void> after_erase() override { return db_.exec("PRAGMA wal_checkpoint(TRUNCATE)"); }

 private:
  SqliteDb db_;
  std::string name_;
  bool in_transaction_ = false;
};

}  // namespace

Result<std::unique_ptr<SqlDriver>> open_sqlite(const std::string& path, bool create) {
  std::string name = "SQLite store " + path;
  Result<SqliteDb> db = SqliteDb::open(path, create, name);
  if (!db) return std::unexpected(db.error());
  return std::make_unique<SqliteDriver>(std::move(*db), std::move(name));
}

}  // namespace rungs::store
