// The matcher over the bundled taxonomy and O*NET list, built once per test process.
#ifndef RUNGS_TESTS_SKILLS_BUNDLED_MATCHER_H_
#define RUNGS_TESTS_SKILLS_BUNDLED_MATCHER_H_

#include <gtest/gtest.h>

#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "rungs/onet.h"
#include "rungs/skill_matcher.h"
#include "test_paths.h"

namespace rungs::testing {

inline const SkillMatcher& bundled_matcher() {
  static const SkillMatcher matcher = [] {
    auto curated = load_taxonomy(data_dir() / "skills" / "taxonomy.yaml");
    auto all = curated ? load_onet_skills(*curated, data_dir() / "skills" / "onet.yaml") : curated;
    if (!all) {
      std::cerr << all.error().to_string() << "\n";
      std::abort();
    }
    return SkillMatcher(std::move(*all));
  }();
  return matcher;
}

// The ids of the skills found in `text`, in text order, after the context rule.
inline std::vector<std::string> skill_ids(std::string_view text, bool skills_list = false) {
  const SkillMatcher& m = bundled_matcher();
  MatchScratch scratch;
  std::vector<SkillHit> hits;
  std::string_view matched = m.find(text, scratch, hits);
  keep_in_context(matched, hits, skills_list);
  std::vector<std::string> ids;
  for (const SkillHit& h : hits) ids.push_back(m.skill(h).id);
  return ids;
}

}  // namespace rungs::testing

#endif  // RUNGS_TESTS_SKILLS_BUNDLED_MATCHER_H_
