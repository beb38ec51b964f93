// The store's schema, one migration a version: migration N takes a store from version N-1 to N.
// Written once for both databases; dialect_sql() fills in the words they spell differently.
#ifndef RUNGS_STORE_SCHEMA_H_
#define RUNGS_STORE_SCHEMA_H_

#include <array>
#include <string>
#include <string_view>

#include "rungs/store.h"
#include "store/sql_driver.h"

namespace rungs::store {

// @ID@: an integer key numbered by the database; @REAL@: a double.
inline constexpr std::array<std::string_view, kStoreSchemaVersion> kMigrations = {
    // 1: people, the documents they were assessed on, and the assessments.
    R"sql(
CREATE TABLE rungs_people(
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  email TEXT NOT NULL,
  created_at TEXT NOT NULL);
CREATE TABLE rungs_documents(
  person_id TEXT NOT NULL REFERENCES rungs_people(id) ON DELETE CASCADE,
  sha256 TEXT NOT NULL,
  file TEXT NOT NULL,
  format TEXT NOT NULL,
  text TEXT,
  PRIMARY KEY(person_id, sha256));
CREATE TABLE rungs_assessments(
  id @ID@,
  person_id TEXT NOT NULL REFERENCES rungs_people(id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  resume_sha256 TEXT NOT NULL,
  ladder_id TEXT NOT NULL,
  ladder_version INTEGER NOT NULL,
  asked_target TEXT NOT NULL,
  rungs_version TEXT NOT NULL,
  role TEXT NOT NULL,
  title TEXT NOT NULL,
  confidence @REAL@ NOT NULL,
  target TEXT NOT NULL,
  verdict TEXT NOT NULL,
  yes INTEGER NOT NULL,
  coverage @REAL@ NOT NULL,
  findings INTEGER NOT NULL,
  path_months INTEGER,
  report_json TEXT NOT NULL,
  profile_json TEXT NOT NULL,
  content_sha256 TEXT NOT NULL,
  UNIQUE(person_id, resume_sha256, ladder_id, ladder_version, asked_target),
  FOREIGN KEY(person_id, resume_sha256) REFERENCES rungs_documents(person_id, sha256) ON DELETE CASCADE);
CREATE INDEX rungs_assessments_by_person ON rungs_assessments(person_id, id);
)sql",
    // 2: API tokens for the server, by name; only the SHA-256 of each secret.
    R"sql(
CREATE TABLE rungs_tokens(
  name TEXT PRIMARY KEY,
  sha256 TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL);
)sql",
};

// `sql` with the dialect's words in place of @ID@ and @REAL@.
inline std::string dialect_sql(std::string_view sql, Dialect dialect) {
  std::string out(sql);
  auto replace = [&out](std::string_view from, std::string_view to) {
    for (std::size_t at = out.find(from); at != std::string::npos; at = out.find(from, at + to.size())) {
      out.replace(at, from.size(), to);
    }
  };
  bool sqlite = dialect == Dialect::kSqlite;
  replace("@ID@", sqlite ? "INTEGER PRIMARY KEY" : "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY");
  replace("@REAL@", sqlite ? "REAL" : "DOUBLE PRECISION");
  return out;
}

}  // namespace rungs::store

#endif  // RUNGS_STORE_SCHEMA_H_
