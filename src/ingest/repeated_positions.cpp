// A job listed twice is one position: an overview table ("Role | Company | Duration" rows) over
// the detailed entries, or a timeline at the top and the sections below it. Two entries with the
// same whole date range and the same employer (or one title inside the other) are merged into
// the first, which takes the other's lines and any part it lacks.
#include <algorithm>

#include "common/text.h"
#include "ingest/readers.h"

namespace rungs::ingest {
namespace {

bool same_dates(const DateRange& a, const DateRange& b) {
  return a.start && b.start && *a.start == *b.start && a.present == b.present && a.end == b.end &&
         (a.end || a.present);
}

// Whether one name holds the other as whole words ("Software Engineer" in "Software Engineer -
// Storefront team"; "HCLTech" in "HCLTech, Noida").
bool holds(const std::string& a, const std::string& b) {
  const std::string x = normalize_key(a), y = normalize_key(b);
  if (x.empty() || y.empty()) return false;
  return holds_words(x, y) || holds_words(y, x);
}

// Same dates, and the same employer, or one title inside the other where only one entry names
// the employer.
bool same_job(const Position& a, const Position& b) {
  return same_dates(a.dates, b.dates) &&
         (holds(a.company, b.company) || (holds(a.title, b.title) && a.company.empty() != b.company.empty()));
}

}  // namespace

void merge_repeated_positions(Profile& profile) {
  std::vector<Position>& positions = profile.positions;
  for (std::size_t i = 0; i < positions.size(); ++i) {
    for (std::size_t j = i + 1; j < positions.size();) {
      if (!same_job(positions[i], positions[j])) {
        ++j;
        continue;
      }
      Position& keep = positions[i];
      Position& other = positions[j];
      // The detailed entry names the job as its own header does: its title wins when longer.
      if (other.title.size() > keep.title.size() && holds(keep.title, other.title)) keep.title = other.title;
      if (keep.title.empty()) keep.title = other.title;
      if (keep.company.size() < other.company.size() && holds(keep.company, other.company)) keep.company = other.company;
      if (keep.company.empty()) keep.company = other.company;
      if (keep.location.empty()) keep.location = other.location;
      if (keep.lines.empty()) keep.line = other.line;
      keep.lines.insert(keep.lines.end(), other.lines.begin(), other.lines.end());
      positions.erase(positions.begin() + static_cast<std::ptrdiff_t>(j));
    }
  }
}

}  // namespace rungs::ingest
