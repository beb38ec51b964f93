// Stores for the tests: a fresh one of each kind, raw SQL on it (to damage it on purpose), and a
// sample assessment whose content follows from its number, so a reader can tell it came back whole.
#ifndef RUNGS_TESTS_SUPPORT_TEST_STORES_H_
#define RUNGS_TESTS_SUPPORT_TEST_STORES_H_

#include <filesystem>
#include <string>

#include "rungs/store.h"

namespace rungs::testing {

// The PostgreSQL server scripts/with-postgres.sh started ($RUNGS_TEST_PG), or "" outside it.
std::string test_postgres_url();

// A new, empty database on that server; its postgresql:// URL.
std::string fresh_postgres_database();

// "sqlite": a file in `dir` (not yet made); "postgres": fresh_postgres_database().
std::string fresh_store_location(const std::string& kind, const std::filesystem::path& dir);

// Runs `sql` on the store at `location` directly, without rungs; the error text, or "".
std::string run_sql(const std::string& location, const std::string& sql);

// Assessment number `n` of `person`: every field, the report and profile JSON included, made
// from (person, n), with a resume SHA-256 of its own.
AssessmentToSave sample_assessment(const std::string& person, int n);

}  // namespace rungs::testing

#endif  // RUNGS_TESTS_SUPPORT_TEST_STORES_H_
