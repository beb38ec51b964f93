#include "skill_dictionary.h"

#include <cstdio>
#include <cstdlib>

#include "rungs/data_paths.h"
#include "rungs/onet.h"

namespace rungs::bench {

Taxonomy full_dictionary() {
  Result<Taxonomy> curated = load_taxonomy(default_taxonomy_path());
  Result<Taxonomy> all =
      curated ? load_onet_skills(*curated, default_onet_config_path()) : curated;
  if (!all) {
    std::fprintf(stderr, "%s\n", all.error().to_string().c_str());
    std::exit(1);
  }
  return std::move(*all);
}

std::vector<std::string> all_names(const Taxonomy& taxonomy) {
  std::vector<std::string> names;
  for (const Skill& s : taxonomy.skills()) {
    names.push_back(s.name);
    names.insert(names.end(), s.aliases.begin(), s.aliases.end());
  }
  return names;
}

std::size_t match_by_line(const SkillMatcher& matcher, std::string_view text) {
  MatchScratch scratch;
  std::vector<SkillHit> hits;
  std::size_t found = 0;
  while (!text.empty()) {
    std::size_t end = text.find('\n');
    hits.clear();
    matcher.find(text.substr(0, end), scratch, hits);
    found += hits.size();
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
  }
  return found;
}

}  // namespace rungs::bench
