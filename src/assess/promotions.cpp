#include "assess/promotions.h"

#include <algorithm>

#include "assess/placement.h"
#include "common/text.h"

namespace rungs::assess {

std::vector<const Position*> promotions(const Profile& profile, const Ladder& ladder, const Role& placed) {
  std::vector<const Position*> dated;
  for (const Position& p : profile.positions) {
    if (p.dates.start && !p.title.empty() && !normalize_key(p.company).empty()) dated.push_back(&p);
  }
  std::stable_sort(dated.begin(), dated.end(), [](const Position* a, const Position* b) {
    return month_index(*a->dates.start, false) < month_index(*b->dates.start, false);
  });
  std::vector<const Position*> out;
  for (std::size_t i = 1; i < dated.size(); ++i) {
    const Position& before = *dated[i - 1];
    const Position& after = *dated[i];
    if (month_index(*after.dates.start, false) <= month_index(*before.dates.start, false) ||
        normalize_key(after.company) != normalize_key(before.company) ||
        normalize_key(after.title) == normalize_key(before.title) || is_internship_title(before.title)) {
      continue;
    }
    const Role* named = role_for_title(ladder, after.title, after.company);
    if (named != nullptr && named->track == placed.track && named->order > placed.order) continue;
    out.push_back(&after);
  }
  return out;
}

void add_promotions(const Profile& profile, const Ladder& ladder, const Role& placed, std::vector<SignalLines>& signals) {
  std::size_t recognition = 0;
  while (recognition < ladder.signals.size() && ladder.signals[recognition].id != "recognition") ++recognition;
  if (recognition >= ladder.signals.size() || recognition >= signals.size()) return;
  std::vector<TextLine>& lines = signals[recognition].strong;
  for (const Position* p : promotions(profile, ladder, placed)) {
    const bool seen = std::any_of(lines.begin(), lines.end(), [&](const TextLine& l) { return l.line == p->line; });
    if (!seen) lines.push_back({p->title, Section::kExperience, p->line});
  }
}

}  // namespace rungs::assess
