// A test fixture run once per store kind (INSTANTIATE_EACH_STORE): `location_` is a fresh SQLite
// file or a fresh PostgreSQL database on the server scripts/with-postgres.sh started.
#ifndef RUNGS_TESTS_SUPPORT_EACH_STORE_H_
#define RUNGS_TESTS_SUPPORT_EACH_STORE_H_

#include <gtest/gtest.h>

#include <string>

#include "support/test_stores.h"
#include "test_paths.h"

namespace rungs::testing {

class EachStore : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (GetParam() == "postgres") {
      ASSERT_FALSE(test_postgres_url().empty())
          << "RUNGS_TEST_PG is not set: run the tests under scripts/with-postgres.sh (make test does)";
    }
    location_ = fresh_store_location(GetParam(), dir_.path());
    ASSERT_FALSE(location_.empty()) << "could not make a PostgreSQL database";
  }

  TempDir dir_;
  std::string location_;
};

}  // namespace rungs::testing

// Runs the TEST_Ps of `fixture` (derived from EachStore) on SQLite and on PostgreSQL.
#define INSTANTIATE_EACH_STORE(fixture)                                                       \
  INSTANTIATE_TEST_SUITE_P(Stores, fixture, ::testing::Values("sqlite", "postgres"),         \
                           [](const ::testing::TestParamInfo<std::string>& info) { return info.param; })

#endif  // RUNGS_TESTS_SUPPORT_EACH_STORE_H_
