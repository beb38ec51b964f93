#include "store/sql_store.h"

#include <charconv>
#include <cstdlib>
#include <string>

#include "common/sha256.h"
#include "store/schema.h"

namespace rungs::store {
namespace {

std::string number(double x) {
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, x);
  return std::string(buf, end);
}
std::string number(std::int64_t x) { return std::to_string(x); }

std::int64_t as_int(const std::optional<std::string>& cell) { return cell ? std::strtoll(cell->c_str(), nullptr, 10) : 0; }
double as_real(const std::optional<std::string>& cell) { return cell ? std::strtod(cell->c_str(), nullptr) : 0; }

// What proves a report and profile came back whole: the hash of both, taken when saved.
std::string content_sha256(const std::string& report_json, const std::string& profile_json) {
  return Sha256().add(report_json).add(std::string_view("\0", 1)).add(profile_json).hex();
}

// The columns read_assessment() reads, in its order; `whole` adds the report, profile and text.
// Followed by kAssessmentTables.
std::string assessment_columns(bool whole) {
  std::string cols =
      "a.id, a.person_id, p.name, p.email, a.at, a.resume_sha256, d.file, d.format, a.ladder_id, "
      "a.ladder_version, a.asked_target, a.rungs_version, a.role, a.title, a.confidence, a.target, "
      "a.verdict, a.yes, a.coverage, a.findings, a.path_months";
  if (whole) cols += ", a.report_json, a.profile_json, d.text";
  return cols;
}

constexpr std::string_view kAssessmentTables =
    " FROM rungs_assessments a JOIN rungs_people p ON p.id = a.person_id "
    "JOIN rungs_documents d ON d.person_id = a.person_id AND d.sha256 = a.resume_sha256 ";

StoredAssessment read_assessment(const SqlRow& r) {
  StoredAssessment out;
  out.id = as_int(r[0]);
  AssessmentToSave& s = out.saved;
  auto text = [&r](std::size_t i) { return r[i].value_or(""); };
  s.person = text(1);
  s.person_name = text(2);
  s.person_email = text(3);
  s.at = text(4);
  s.resume_sha256 = text(5);
  s.resume_file = text(6);
  s.resume_format = text(7);
  s.ladder_id = text(8);
  s.ladder_version = static_cast<int>(as_int(r[9]));
  s.asked_target = text(10);
  s.rungs_version = text(11);
  s.summary.role = text(12);
  s.summary.title = text(13);
  s.summary.confidence = as_real(r[14]);
  s.summary.target = text(15);
  s.summary.verdict = text(16);
  s.summary.yes = static_cast<int>(as_int(r[17]));
  s.summary.coverage = as_real(r[18]);
  s.summary.findings = static_cast<int>(as_int(r[19]));
  if (r[20]) s.summary.path_months = static_cast<int>(as_int(r[20]));
  if (r.size() > 21) {
    s.report_json = text(21);
    s.profile_json = text(22);
    s.resume_text = r[23];
  }
  return out;
}

Error unknown_person(const std::string& person, const std::string& store) {
  return Error{ErrorKind::kNotFound, "no one is stored as '" + person + "' in " + store, {}};
}

class SqlStore final : public Store {
 public:
  explicit SqlStore(std::unique_ptr<SqlDriver> db) : db_(std::move(db)) {}

  const std::string& name() const override { return db_->name(); }

  // Brings the schema to kStoreSchemaVersion; a store already there is only read.
  Result<void> migrate() {
    Result<std::vector<SqlRow>> seen = db_->query("SELECT MAX(version) FROM rungs_schema", {});
    if (seen && !seen->empty() && as_int((*seen)[0][0]) == kStoreSchemaVersion) return {};
    return in_transaction([&]() -> Result<void> {
      if (db_->dialect() == Dialect::kPostgres) {
        // Two first opens at once: the second waits here, then finds the schema made.
        if (auto locked = db_->query("SELECT pg_advisory_xact_lock(7816453)", {}); !locked) return std::unexpected(locked.error());
      }
      if (auto made = db_->script("CREATE TABLE IF NOT EXISTS rungs_schema(version INTEGER NOT NULL)"); !made) {
        return std::unexpected(made.error());
      }
      Result<std::vector<SqlRow>> rows = db_->query("SELECT MAX(version) FROM rungs_schema", {});
      if (!rows) return std::unexpected(rows.error());
      std::int64_t version = rows->empty() ? 0 : as_int((*rows)[0][0]);
      if (version > kStoreSchemaVersion) {
        return std::unexpected(Error{ErrorKind::kStorage,
                                     name() + " has schema version " + number(version) + ", newer than this rungs knows (" +
                                         number(std::int64_t{kStoreSchemaVersion}) + "); use a newer rungs",
                                     {}});
      }
      for (std::int64_t v = version; v < kStoreSchemaVersion; ++v) {
        if (auto ran = db_->script(dialect_sql(kMigrations[static_cast<std::size_t>(v)], db_->dialect())); !ran) {
          return std::unexpected(ran.error());
        }
      }
      if (auto cleared = db_->query("DELETE FROM rungs_schema", {}); !cleared) return std::unexpected(cleared.error());
      return query_void("INSERT INTO rungs_schema(version) VALUES($1)", {number(std::int64_t{kStoreSchemaVersion})});
    });
  }

  Result<SaveOutcome> save(const AssessmentToSave& a) override {
    return in_transaction([&]() -> Result<SaveOutcome> {
      // Looked for first, so that a repeat takes no number from PostgreSQL's sequence; the
      // ON CONFLICT below still settles two processes saving the same one at once.
      Result<std::optional<std::int64_t>> before = saved_before(a);
      if (!before) return std::unexpected(before.error());
      if (*before) return SaveOutcome{**before, false};
      if (auto person = query_void(
              "INSERT INTO rungs_people(id, name, email, created_at) VALUES($1, $2, $3, $4) "
              "ON CONFLICT(id) DO UPDATE SET name = excluded.name, email = excluded.email",
              {a.person, a.person_name, a.person_email, a.at});
          !person) {
        return std::unexpected(person.error());
      }
      if (auto doc = query_void(
              "INSERT INTO rungs_documents(person_id, sha256, file, format, text) VALUES($1, $2, $3, $4, $5) "
              "ON CONFLICT(person_id, sha256) DO UPDATE SET file = excluded.file, "
              "text = COALESCE(excluded.text, rungs_documents.text)",
              {a.person, a.resume_sha256, a.resume_file, a.resume_format, a.resume_text});
          !doc) {
        return std::unexpected(doc.error());
      }
      const AssessmentSummary& s = a.summary;
      std::vector<SqlParam> values = {
          a.person, a.at, a.resume_sha256, a.ladder_id, number(std::int64_t{a.ladder_version}), a.asked_target,
          a.rungs_version, s.role, s.title, number(s.confidence), s.target, s.verdict, number(std::int64_t{s.yes}),
          number(s.coverage), number(std::int64_t{s.findings}),
          s.path_months ? SqlParam(number(std::int64_t{*s.path_months})) : std::nullopt, a.report_json,
          a.profile_json, content_sha256(a.report_json, a.profile_json)};
      Result<std::vector<SqlRow>> inserted = db_->query(
          "INSERT INTO rungs_assessments(person_id, at, resume_sha256, ladder_id, ladder_version, asked_target, "
          "rungs_version, role, title, confidence, target, verdict, yes, coverage, findings, path_months, "
          "report_json, profile_json, content_sha256) "
          "VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19) "
          "ON CONFLICT DO NOTHING RETURNING id",
          values);
      if (!inserted) return std::unexpected(inserted.error());
      if (!inserted->empty()) return SaveOutcome{as_int((*inserted)[0][0]), true};
      Result<std::optional<std::int64_t>> raced = saved_before(a);
      if (!raced) return std::unexpected(raced.error());
      if (!*raced) return std::unexpected(Error{ErrorKind::kStorage, name() + ": the assessment was neither saved nor found", {}});
      return SaveOutcome{**raced, false};
    });
  }

  Result<std::vector<PersonEntry>> people() override {
    Result<std::vector<SqlRow>> rows = db_->query(
        "SELECT " + assessment_columns(false) +
            ", (SELECT COUNT(*) FROM rungs_assessments c WHERE c.person_id = a.person_id)" +
            std::string(kAssessmentTables) +
            "WHERE a.id = (SELECT MAX(l.id) FROM rungs_assessments l WHERE l.person_id = a.person_id) "
            "ORDER BY a.person_id",
        {});
    if (!rows) return std::unexpected(rows.error());
    std::vector<PersonEntry> out;
    for (const SqlRow& row : *rows) {
      PersonEntry& p = out.emplace_back();
      p.latest = read_assessment(SqlRow(row.begin(), row.begin() + 21));
      p.id = p.latest.saved.person;
      p.name = p.latest.saved.person_name;
      p.assessments = static_cast<int>(as_int(row[21]));
    }
    return out;
  }

  Result<std::vector<StoredAssessment>> history(const std::string& person) override {
    Result<std::vector<SqlRow>> rows =
        db_->query("SELECT " + assessment_columns(true) + std::string(kAssessmentTables) + "WHERE a.person_id = $1 ORDER BY a.at, a.id", {person});
    if (!rows) return std::unexpected(rows.error());
    if (rows->empty()) return std::unexpected(unknown_person(person, name()));
    std::vector<StoredAssessment> out;
    for (const SqlRow& row : *rows) out.push_back(read_assessment(row));
    return out;
  }

  Result<StoreCounts> forget(const std::string& person) override {
    Result<StoreCounts> gone = in_transaction([&]() -> Result<StoreCounts> {
      Result<std::vector<SqlRow>> rows = db_->query(
          "SELECT (SELECT COUNT(*) FROM rungs_people WHERE id = $1), "
          "(SELECT COUNT(*) FROM rungs_documents WHERE person_id = $1), "
          "(SELECT COUNT(*) FROM rungs_assessments WHERE person_id = $1)",
          {person});
      if (!rows) return std::unexpected(rows.error());
      StoreCounts counts{as_int((*rows)[0][0]), as_int((*rows)[0][1]), as_int((*rows)[0][2])};
      if (counts.people == 0) return std::unexpected(unknown_person(person, name()));
      // The documents and assessments go with the person (ON DELETE CASCADE).
      if (auto deleted = query_void("DELETE FROM rungs_people WHERE id = $1", {person}); !deleted) {
        return std::unexpected(deleted.error());
      }
      return counts;
    });
    if (!gone) return gone;
    if (auto erased = db_->after_erase(); !erased) return std::unexpected(erased.error());
    return gone;
  }

  Result<StoreCheck> check() override {
    StoreCheck out;
    Result<std::vector<std::string>> own = db_->self_check();
    if (!own) return std::unexpected(own.error());
    out.problems = std::move(*own);
    Result<std::vector<SqlRow>> version = db_->query("SELECT MAX(version) FROM rungs_schema", {});
    if (!version) return std::unexpected(version.error());
    out.schema_version = static_cast<int>(as_int((*version)[0][0]));
    Result<std::vector<SqlRow>> counts = db_->query(
        "SELECT (SELECT COUNT(*) FROM rungs_people), (SELECT COUNT(*) FROM rungs_documents), "
        "(SELECT COUNT(*) FROM rungs_assessments)",
        {});
    if (!counts) return std::unexpected(counts.error());
    out.counts = {as_int((*counts)[0][0]), as_int((*counts)[0][1]), as_int((*counts)[0][2])};
    Result<std::vector<SqlRow>> orphans = db_->query(
        "SELECT COUNT(*) FROM rungs_assessments a WHERE NOT EXISTS (SELECT 1 FROM rungs_documents d "
        "WHERE d.person_id = a.person_id AND d.sha256 = a.resume_sha256)",
        {});
    if (!orphans) return std::unexpected(orphans.error());
    if (std::int64_t n = as_int((*orphans)[0][0]); n > 0) out.problems.push_back(number(n) + " assessments without their document");
    Result<std::vector<SqlRow>> contents =
        db_->query("SELECT id, report_json, profile_json, content_sha256 FROM rungs_assessments ORDER BY id", {});
    if (!contents) return std::unexpected(contents.error());
    for (const SqlRow& row : *contents) {
      if (content_sha256(row[1].value_or(""), row[2].value_or("")) != row[3].value_or("")) {
        out.problems.push_back("assessment " + row[0].value_or("?") + ": its report or profile is not what was saved");
      }
    }
    return out;
  }

  Result<void> add_token(const std::string& token, const std::string& sha256, const std::string& at) override {
    return in_transaction([&]() -> Result<void> {
      Result<std::vector<SqlRow>> added = db_->query(
          "INSERT INTO rungs_tokens(name, sha256, created_at) VALUES($1, $2, $3) ON CONFLICT DO NOTHING RETURNING name",
          {token, sha256, at});
      if (!added) return std::unexpected(added.error());
      if (added->empty()) return invalid_input("a token named '" + token + "' exists already in " + name());
      return {};
    });
  }

  Result<std::vector<TokenEntry>> tokens() override {
    Result<std::vector<SqlRow>> rows = db_->query("SELECT name, created_at FROM rungs_tokens ORDER BY name", {});
    if (!rows) return std::unexpected(rows.error());
    std::vector<TokenEntry> out;
    for (const SqlRow& row : *rows) out.push_back({row[0].value_or(""), row[1].value_or("")});
    return out;
  }

  Result<void> revoke_token(const std::string& token) override {
    return in_transaction([&]() -> Result<void> {
      Result<std::vector<SqlRow>> gone = db_->query("DELETE FROM rungs_tokens WHERE name = $1 RETURNING name", {token});
      if (!gone) return std::unexpected(gone.error());
      if (gone->empty()) return std::unexpected(Error{ErrorKind::kNotFound, "no token named '" + token + "' in " + name(), {}});
      return {};
    });
  }

  Result<std::optional<std::string>> token_named(const std::string& sha256) override {
    Result<std::vector<SqlRow>> rows = db_->query("SELECT name FROM rungs_tokens WHERE sha256 = $1", {sha256});
    if (!rows) return std::unexpected(rows.error());
    if (rows->empty()) return std::optional<std::string>();
    return std::optional<std::string>((*rows)[0][0].value_or(""));
  }

 private:
  // The id of the assessment of the same person, resume, ladder and asked target, if saved.
  Result<std::optional<std::int64_t>> saved_before(const AssessmentToSave& a) {
    Result<std::vector<SqlRow>> rows = db_->query(
        "SELECT id FROM rungs_assessments WHERE person_id = $1 AND resume_sha256 = $2 AND ladder_id = $3 "
        "AND ladder_version = $4 AND asked_target = $5",
        {a.person, a.resume_sha256, a.ladder_id, number(std::int64_t{a.ladder_version}), a.asked_target});
    if (!rows) return std::unexpected(rows.error());
    if (rows->empty()) return std::optional<std::int64_t>();
    return std::optional<std::int64_t>(as_int((*rows)[0][0]));
  }

  Result<void> query_void(std::string_view sql, const std::vector<SqlParam>& params) {
    Result<std::vector<SqlRow>> rows = db_->query(sql, params);
    if (!rows) return std::unexpected(rows.error());
    return {};
  }

  // Runs `body` in one write transaction: committed when it succeeds, rolled back when not.
  template <class Body>
  auto in_transaction(Body&& body) -> decltype(body()) {
    if (auto begun = db_->begin(); !begun) return std::unexpected(begun.error());
    auto result = body();
    if (!result) {
      db_->rollback();
      return result;
    }
    if (auto committed = db_->commit(); !committed) {
      db_->rollback();
      return std::unexpected(committed.error());
    }
    return result;
  }

  std::unique_ptr<SqlDriver> db_;
};

}  // namespace

Result<std::unique_ptr<Store>> open_sql_store(std::unique_ptr<SqlDriver> driver) {
  auto store = std::make_unique<SqlStore>(std::move(driver));
  if (Result<void> migrated = store->migrate(); !migrated) return std::unexpected(migrated.error());
  return store;
}

}  // namespace rungs::store
