// Placing postings on the ladder and counting the skills each level asks for.
#include <algorithm>
#include <cctype>
#include <set>

#include "rungs/market.h"

namespace rungs {
namespace {

// The least years a posting asks: "Experience: 3-5 years", "6+ years", "3 to 5 yrs", "0 - 2 years".
std::optional<int> years_asked(const JobDescription& job) {
  std::optional<int> least;
  for (const JobLine& line : job.lines) {
    std::string t = line.text;
    for (char& c : t) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (std::size_t at = t.find("year"); at != std::string::npos; at = t.find("year", at + 4)) {
      // Back over spaces, '+', a range's upper end and its joint, to the first number.
      std::size_t i = at;
      auto skip_spaces = [&] { while (i > 0 && t[i - 1] == ' ') --i; };
      auto number_before = [&]() -> std::optional<int> {
        skip_spaces();
        std::size_t end = i;
        while (i > 0 && std::isdigit(static_cast<unsigned char>(t[i - 1]))) --i;
        if (i == end || end - i > 2) return std::nullopt;
        return std::stoi(t.substr(i, end - i));
      };
      skip_spaces();
      if (i > 0 && t[i - 1] == '+') --i;
      std::optional<int> n = number_before();
      if (!n) continue;
      std::size_t save = i;
      skip_spaces();
      if (i >= 1 && (t[i - 1] == '-' || t.compare(i >= 2 ? i - 2 : 0, 2, "to") == 0)) {
        i -= t[i - 1] == '-' ? 1 : 2;
        if (std::optional<int> low = number_before()) n = low;
      } else {
        i = save;
      }
      if (*n <= 40 && (!least || *n < *least)) least = n;
    }
  }
  return least;
}

// The main-track role whose typical years hold `years` (the highest when several do).
const Role* role_for_years(const Ladder& ladder, int years) {
  const Role* found = nullptr;
  for (const Role* r : ladder.roles_by_track()) {
    const Track* track = ladder.track(r->track);
    if (track == nullptr || !track->main) continue;
    if (years >= r->years.min && (!r->years.max || years < *r->years.max)) found = r;
  }
  return found;
}

}  // namespace

Result<Market> build_market(const Assessor& assessor, const std::vector<std::filesystem::path>& files) {
  const Ladder& ladder = assessor.ladder();
  Market market;
  struct Count {
    int postings = 0;
    std::map<std::string, std::pair<int, int>> skills;  // id -> (postings, must)
    std::map<std::string, std::string> names;
  };
  std::map<std::string, Count> by_role;
  const Profile nobody;
  for (const std::filesystem::path& file : files) {
    Result<JobDescription> job = read_job(file);
    if (!job) return std::unexpected(job.error());
    MarketPosting posting{file.string(), job->title, "", years_asked(*job), ""};
    if (const Role* r = role_named_by_title(ladder, job->title, job->company)) {
      posting.role = r->id;
      posting.placed_by = "title";
    } else if (posting.years) {
      if (const Role* by_years = role_for_years(ladder, *posting.years)) {
        posting.role = by_years->id;
        posting.placed_by = "experience";
      }
    }
    market.postings.push_back(posting);
    if (posting.role.empty()) continue;
    // The job's skills, must-haves apart: a match against a resume that names none of them.
    JobMatch asked = assessor.match(nobody, *job, current_month());
    Count& count = by_role[posting.role];
    ++count.postings;
    std::set<std::string> seen;
    for (const JobSkill& s : asked.missing) {
      if (!seen.insert(s.skill).second) continue;
      auto& [postings, must] = count.skills[s.skill];
      ++postings;
      must += s.must ? 1 : 0;
      count.names[s.skill] = s.name;
    }
  }
  std::optional<std::size_t> below;  // index of the main-track level below, in market.levels
  for (const Role* r : ladder.roles_by_track()) {
    auto it = by_role.find(r->id);
    if (it == by_role.end()) continue;
    LevelDemand level{r->id, r->title, it->second.postings, {}, {}};
    for (const auto& [id, counts] : it->second.skills) {
      level.skills.push_back({id, it->second.names[id], counts.first, counts.second,
                              static_cast<double>(counts.first) / it->second.postings});
    }
    std::stable_sort(level.skills.begin(), level.skills.end(), [](const SkillDemand& a, const SkillDemand& b) {
      return a.share != b.share ? a.share > b.share : a.must > b.must;
    });
    const Track* track = ladder.track(r->track);
    if (below && track != nullptr && track->main) {
      std::vector<std::pair<double, std::string>> rises;
      for (const SkillDemand& s : level.skills) {
        double before = 0;
        for (const SkillDemand& b : market.levels[*below].skills) {
          if (b.skill == s.skill) before = b.share;
        }
        if (s.share - before >= 0.25) rises.emplace_back(s.share - before, s.name);
      }
      std::stable_sort(rises.begin(), rises.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
      for (std::size_t i = 0; i < rises.size() && i < 5; ++i) level.rising.push_back(rises[i].second);
    }
    market.levels.push_back(std::move(level));
    if (track != nullptr && track->main) below = market.levels.size() - 1;
  }
  return market;
}

void order_gaps_by_demand(Report& report, const Market& market) {
  const LevelDemand* level = nullptr;
  for (const LevelDemand& l : market.levels) {
    if (l.role == report.gaps.target) level = &l;
  }
  if (level == nullptr) return;
  auto share_of = [&](const std::string& skill) {
    for (const SkillDemand& s : level->skills) {
      if (s.skill == skill) return s.share;
    }
    return 0.0;
  };
  std::stable_sort(report.gaps.missing.begin(), report.gaps.missing.end(),
                   [&](const SkillGap& a, const SkillGap& b) { return share_of(a.skill) > share_of(b.skill); });
  for (SkillGap& gap : report.gaps.missing) {
    const double share = share_of(gap.skill);
    if (share > 0) {
      gap.why += " Asked by " + std::to_string(static_cast<int>(share * 100 + 0.5)) + "% of " + level->title + " postings.";
    }
  }
}

}  // namespace rungs
