// libFuzzer target: any bytes as resume text through the full skill matcher (curated taxonomy
// plus O*NET). Never a crash, and the hits keep their promises: inside the matched text, in
// order, not overlapping, each a whole word or phrase; the context rule only removes hits.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "rungs/data_paths.h"
#include "rungs/onet.h"
#include "rungs/skill_matcher.h"
#include "skills/word_boundary.h"

namespace {

const rungs::SkillMatcher& matcher() {
  static const rungs::SkillMatcher m = [] {
    auto curated = rungs::load_taxonomy(rungs::default_taxonomy_path());
    auto all = curated ? rungs::load_onet_skills(*curated, rungs::default_onet_config_path()) : curated;
    if (!all) std::abort();  // run with RUNGS_DATA_DIR set (scripts/run-fuzzers.sh does)
    return rungs::SkillMatcher(std::move(*all));
  }();
  return m;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  rungs::MatchScratch scratch;
  std::vector<rungs::SkillHit> hits;
  std::string_view matched = matcher().find(text, scratch, hits);
  std::size_t previous_end = 0;
  for (const rungs::SkillHit& h : hits) {
    if (h.begin < previous_end || h.end <= h.begin || h.end > matched.size()) __builtin_trap();
    if (!rungs::stands_alone(matched, h.begin, h.end, h.ambiguous)) __builtin_trap();
    if (h.id >= matcher().taxonomy().skills().size()) __builtin_trap();
    previous_end = h.end;
  }
  std::size_t before = hits.size();
  rungs::keep_in_context(matched, hits, size % 2 == 0);
  if (hits.size() > before) __builtin_trap();
  return 0;
}
