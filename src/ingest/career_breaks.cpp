// Career breaks written as entries of their own are not positions: the rubric counts no
// experience for them, whatever the format ("Career Break — caring for a parent", LinkedIn's
// "Career break" entries, a "Sabbatical" with dates).
#include <algorithm>

#include "common/text.h"
#include "ingest/entry_header.h"
#include "ingest/readers.h"

namespace rungs::ingest {
namespace {

bool is_career_break(const Position& p) {
  const std::string key = normalize_key(p.title + " " + p.company);
  for (const char* words : {"career break", "sabbatical", "career gap", "gap year", "break"}) {
    if (holds_words(key, words) && !has_role_word(p.title)) return true;
  }
  return false;
}

}  // namespace

void set_aside_career_breaks(Profile& profile) {
  for (const Position& p : profile.positions) {
    if (!is_career_break(p)) continue;
    const std::string header = p.title.empty() ? p.company : p.title;
    profile.other.push_back({header + (p.company.empty() || p.title.empty() ? "" : " - " + p.company), Section::kOther, p.line});
    for (const TextLine& line : p.lines) profile.other.push_back({line.text, Section::kOther, line.line});
    profile.notes.push_back("'" + header + "' (line " + std::to_string(p.line) +
                            ") is a career break: not counted as a position or as experience");
  }
  std::erase_if(profile.positions, is_career_break);
}

}  // namespace rungs::ingest
