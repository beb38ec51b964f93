#include "support/test_stores.h"

#include <libpq-fe.h>
#include <sqlite3.h>

#include <atomic>
#include <cstdlib>
#include <random>
#include <unistd.h>

namespace rungs::testing {

std::string test_postgres_url() {
  const char* url = std::getenv("RUNGS_TEST_PG");
  return url != nullptr ? url : "";
}

std::string fresh_postgres_database() {
  static std::atomic<int> made{0};
  std::string url = test_postgres_url();
  std::string name = "rungs_t_" + std::to_string(::getpid()) + "_" + std::to_string(made++) + "_" +
                     std::to_string(std::random_device{}() % 100000);
  std::string error = run_sql(url, "CREATE DATABASE " + name);
  if (!error.empty()) return "";
  // The URL scripts/with-postgres.sh gives names the database rungs_test; this one instead.
  std::string::size_type at = url.find("/rungs_test");
  return url.substr(0, at) + "/" + name + url.substr(at + std::string("/rungs_test").size());
}

std::string fresh_store_location(const std::string& kind, const std::filesystem::path& dir) {
  return kind == "postgres" ? fresh_postgres_database() : (dir / "rungs.db").string();
}

std::string run_sql(const std::string& location, const std::string& sql) {
  if (location.starts_with("postgresql://")) {
    PGconn* c = PQconnectdb(location.c_str());
    std::string error;
    if (PQstatus(c) != CONNECTION_OK) {
      error = PQerrorMessage(c);
    } else {
      PGresult* r = PQexec(c, sql.c_str());
      if (PQresultStatus(r) != PGRES_COMMAND_OK && PQresultStatus(r) != PGRES_TUPLES_OK) error = PQerrorMessage(c);
      PQclear(r);
    }
    PQfinish(c);
    return error;
  }
  sqlite3* db = nullptr;
  std::string error;
  if (sqlite3_open(location.c_str(), &db) != SQLITE_OK) {
    error = sqlite3_errmsg(db);
  } else {
    sqlite3_busy_timeout(db, 10000);
    char* message = nullptr;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) error = message ? message : "failed";
    sqlite3_free(message);
  }
  sqlite3_close(db);
  return error;
}

AssessmentToSave sample_assessment(const std::string& person, int n) {
  AssessmentToSave a;
  std::string tag = person + "#" + std::to_string(n);
  a.person = person;
  a.person_name = "Name of " + person;
  a.person_email = person + "@example.in";
  char at[32];
  std::snprintf(at, sizeof at, "2026-%02d-%02dT%02d:%02d:00Z", 1 + n % 12, 1 + n % 28, n % 24, n % 60);
  a.at = at;
  a.resume_sha256 = std::string(64 - std::min<std::size_t>(64, tag.size()), '0') + tag.substr(0, 64);
  a.resume_file = "resume-" + std::to_string(n) + ".md";
  a.resume_format = "text";
  if (n % 3 == 0) a.resume_text = "Resume text of " + tag + "\nwith a second line, and ünïcödé";
  a.ladder_id = "india-backend";
  a.ladder_version = 1;
  a.asked_target = n % 2 == 0 ? "" : "technical-lead";
  a.rungs_version = "test";
  a.summary = {"senior-backend-developer", "Senior Backend Developer", 0.5 + (n % 50) / 100.0, "technical-lead",
               n % 2 == 0 ? "almost" : "ready", n % 6, (n % 100) / 100.0, n % 4,
               n % 5 == 0 ? std::optional<int>() : std::optional<int>(12 + n % 30)};
  a.report_json = "{\n  \"schema\": \"rungs.report/1\",\n  \"tag\": \"" + tag + "\",\n  \"filler\": \"" +
                  std::string(200 + n % 50, 'x') + "\"\n}\n";
  a.profile_json = "{\"tag\": \"" + tag + "\"}\n";
  return a;
}

}  // namespace rungs::testing
