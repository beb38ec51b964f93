// A helper for the reliability tests: saves sample assessments (support/test_stores.h) of one
// person into a store, one after another, and prints "saved ID N" after each save returns, so a
// test that kills it knows which saves were reported done.
// Usage: store_saver LOCATION PERSON FIRST COUNT   (COUNT 0: until killed)
#include <cstdio>
#include <cstdlib>
#include <string>

#include "rungs/store.h"
#include "support/test_stores.h"

int main(int argc, char** argv) {
  if (argc != 5) {
    std::fprintf(stderr, "usage: store_saver LOCATION PERSON FIRST COUNT\n");
    return 2;
  }
  const std::string person = argv[2];
  const int first = std::atoi(argv[3]);
  const int count = std::atoi(argv[4]);
  rungs::Result<std::unique_ptr<rungs::Store>> store = rungs::open_store(argv[1], rungs::StoreOpen::kCreate);
  if (!store) {
    std::fprintf(stderr, "%s\n", store.error().to_string().c_str());
    return 4;
  }
  for (int n = first; count == 0 || n < first + count; ++n) {
    rungs::Result<rungs::SaveOutcome> saved = (*store)->save(rungs::testing::sample_assessment(person, n));
    if (!saved) {
      std::fprintf(stderr, "%s\n", saved.error().to_string().c_str());
      return 4;
    }
    std::printf("saved %lld %d\n", static_cast<long long>(saved->id), n);
    std::fflush(stdout);
  }
  return 0;
}
