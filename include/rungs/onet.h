// The O*NET technology list as a second, larger dictionary of skills: the thousands of tools
// outside the curated taxonomy are still recognised, each with a category from its O*NET
// commodity title. Configured by data/skills/onet.yaml (schema rungs.onet/1). O*NET data is
// CC BY 4.0 (see data/onet/README.md).
#ifndef RUNGS_ONET_H_
#define RUNGS_ONET_H_

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "rungs/error.h"
#include "rungs/taxonomy.h"

namespace rungs {

// What the O*NET configuration says: where the list is, which category each commodity title
// maps to, and which names are ordinary words (ambiguous) or never to be matched (skip).
struct OnetConfig {
  // A commodity title or technology name named by the configuration, with where it says so.
  struct Entry {
    std::string name;
    std::string category;  // for commodity titles: the category id they map to
    int line = 0;
  };
  std::filesystem::path source;  // the "Technology Skills.txt" file
  std::string default_category;  // for commodity titles not listed
  std::vector<Entry> categories;
  std::vector<Entry> ambiguous;
  std::vector<Entry> skip;
  std::string file;  // the configuration file, for diagnostics
};

// Parses the configuration; `file` names it in diagnostics and `source` is resolved against its
// folder. Category ids are checked against `curated`.
Result<OnetConfig> parse_onet_config(std::string_view yaml_text, const std::string& file,
                                     const Taxonomy& curated);

// The curated skills followed by one skill per O*NET name the curated taxonomy does not already
// know (by name, alias or `onet` link: the curated skill wins). Each O*NET skill has the id
// "onet-" plus its name in kebab case, and the category of its most frequent commodity title.
// Refuses a source that is missing or not the O*NET tab-separated layout, and configured titles
// or names that the source does not contain (so a typo does not go unnoticed).
Result<Taxonomy> add_onet_skills(const Taxonomy& curated, const OnetConfig& config);
Result<Taxonomy> add_onet_skills(const Taxonomy& curated, std::string_view source_text,
                                 const OnetConfig& config);

// Reads the configuration file and the list it names.
Result<Taxonomy> load_onet_skills(const Taxonomy& curated, const std::filesystem::path& config_file);

}  // namespace rungs

#endif  // RUNGS_ONET_H_
