// The market view: what job postings ask for at each level of the ladder. Each posting is placed
// by its title (the ladder's titles), else by the experience it asks; then the share of postings
// at each level that name each skill, must-have and nice-to-have apart, and the skills that rise
// from one level to the next. `rungs assess --market FILE` orders a person's gaps by that demand.
#ifndef RUNGS_MARKET_H_
#define RUNGS_MARKET_H_

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "rungs/assess.h"
#include "rungs/error.h"
#include "rungs/job.h"
#include "rungs/report.h"

namespace rungs {

struct MarketPosting {
  std::string file;
  std::string title;
  std::string role;  // the level it is placed at; "" when neither title nor experience places it
  std::optional<int> years;  // the least experience it asks
  std::string placed_by;     // "title" or "experience"
};

struct SkillDemand {
  std::string skill;
  std::string name;
  int postings = 0;  // naming it
  int must = 0;      // naming it as a must-have
  double share = 0;  // postings / postings at the level
};

struct LevelDemand {
  std::string role;
  std::string title;
  int postings = 0;
  std::vector<SkillDemand> skills;  // most asked first
  std::vector<std::string> rising;  // skill names asked more here than at the level below, most first
};

struct Market {
  std::vector<MarketPosting> postings;
  std::vector<LevelDemand> levels;  // main track first, in ladder order; levels with no posting left out
};

// Reads and places every posting and counts the demand. Postings that cannot be read are errors
// naming the file (the caller decides whether to go on): the first one is returned.
Result<Market> build_market(const Assessor& assessor, const std::vector<std::filesystem::path>& files);

std::string render_market_text(const Market& market, std::size_t width);
std::string render_market_json(const Market& market);  // rungs.market/1
std::string render_market_html(const Market& market);

// The demand at each level read back from rungs.market/1 JSON (kInvalidInput naming `file`).
Result<Market> read_market_json(std::string_view json, const std::string& file);

// Orders the report's missing skills by how often postings at its target level ask for them, and
// says so in each gap's reason ("asked by 64% of Senior Backend Developer postings").
void order_gaps_by_demand(Report& report, const Market& market);

}  // namespace rungs

#endif  // RUNGS_MARKET_H_
