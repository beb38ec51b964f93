// The PostgreSQL driver, through libpqxx: the store's statements on a shared server. It is
// built as the module librungs_postgres.so (store/postgres_module.h), loaded only when a store
// is a postgresql:// URL, so no other start pays for binding libpq and what it links.
#include <pqxx/pqxx>

#include <memory>

#include "store/postgres_module.h"

namespace rungs::store {
namespace {

// libpq's messages end in a newline.
std::string trimmed(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}

// "PostgreSQL store rungs_test@/tmp/x": the database and host the connection reached, never
// the URL as given, which may carry a password.
std::string store_name(pqxx::connection& c) {
  std::string host = c.hostname() != nullptr && *c.hostname() != '\0' ? c.hostname() : "localhost";
  return "PostgreSQL store " + std::string(c.dbname()) + "@" + host;
}

class PostgresDriver final : public SqlDriver {
 public:
  explicit PostgresDriver(std::unique_ptr<pqxx::connection> c) : c_(std::move(c)), name_(store_name(*c_)) {
    // Quiet: notices ("relation already exists, skipping") are not the user's business.
    pqxx::nontransaction(*c_).exec("SET client_min_messages = warning");
  }

  const std::string& name() const override { return name_; }
  Dialect dialect() const override { return Dialect::kPostgres; }

  Result<std::vector<SqlRow>> query(std::string_view sql, const std::vector<SqlParam>& params) override {
    return guarded([&]() -> std::vector<SqlRow> {
      std::vector<const char*> values;
      values.reserve(params.size());
      for (const SqlParam& p : params) values.push_back(p ? p->c_str() : nullptr);
      pqxx::result r = in_transaction(
          [&](pqxx::transaction_base& t) { return t.exec_params(std::string(sql), pqxx::prepare::make_dynamic_params(values)); });
      std::vector<SqlRow> rows;
      rows.reserve(r.size());
      for (const pqxx::row& row : r) {
        SqlRow& out = rows.emplace_back();
        for (const pqxx::field& f : row) {
          out.push_back(f.is_null() ? std::nullopt : std::optional<std::string>(f.c_str()));
        }
      }
      return rows;
    });
  }

  Result<void> script(std::string_view sql) override {
    return guarded([&] { in_transaction([&](pqxx::transaction_base& t) { return t.exec(std::string(sql)); }); });
  }

  Result<void> begin() override {
    return guarded([&] { work_ = std::make_unique<pqxx::work>(*c_); });
  }
  Result<void> commit() override {
    if (!work_) return {};
    Result<void> done = guarded([&] { work_->commit(); });
    work_.reset();
    return done;
  }
  void rollback() override {
    if (work_) {
      try {
        work_->abort();
      } catch (const std::exception&) {
      }
      work_.reset();
    }
  }

  // The server keeps its own pages sound and enforces the references itself.
  Result<std::vector<std::string>> self_check() override { return std::vector<std::string>{}; }
  // Deleted rows are gone from every query at once; VACUUM reclaims their space in time.
  Result<void> after_erase() override { return {}; }

 private:
  // Runs `f` in the open transaction, or in a transaction of its own when none is open.
  template <class F>
  pqxx::result in_transaction(F&& f) {
    if (work_) return f(*work_);
    pqxx::nontransaction t(*c_);
    return f(t);
  }

  template <class F>
  auto guarded(F&& f) -> Result<decltype(f())> {
    try {
      if constexpr (std::is_void_v<decltype(f())>) {
        f();
        return {};
      } else {
        return f();
      }
    } catch (const std::exception& e) {
      rollback();
      return std::unexpected(Error{ErrorKind::kStorage, name_ + ": " + trimmed(e.what()), {}});
    }
  }

  std::unique_ptr<pqxx::connection> c_;
  std::unique_ptr<pqxx::work> work_;
  std::string name_;
};

}  // namespace

}  // namespace rungs::store

extern "C" __attribute__((visibility("default"))) rungs::store::SqlDriver* rungs_postgres_open(const char* url,
                                                                                                std::string* error) {
  try {
    auto c = std::make_unique<pqxx::connection>(url);
    return new rungs::store::PostgresDriver(std::move(c));
  } catch (const std::exception& e) {
    *error = "PostgreSQL store: cannot connect: " + rungs::store::trimmed(e.what());
    return nullptr;
  }
}
