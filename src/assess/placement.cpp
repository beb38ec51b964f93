#include "assess/placement.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "assess/placement_weights.h"
#include "common/text.h"

namespace rungs::assess {
namespace {

std::string fixed(double value, const char* format = "%.1f") {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, format, value);
  return buffer;
}

double years_fit(const Role& role, double years) {
  if (years >= role.years.min) return 1.0;
  return std::max(0.0, 1.0 - (role.years.min - years) / placement::kYearsShortfall);
}

double skills_fit(const Role& role, const ResumeEvidence& e) {
  double total = 0, shown = 0;
  for (const RoleSkill& s : role.skills) {
    total += weight_value(s.weight);
    shown += weight_value(s.weight) * evidence_value(e.role_skill(s));
  }
  return total > 0 ? shown / total : 0;
}

double signals_fit(const Role& role, const ResumeEvidence& e) {
  if (role.signals.empty()) return 0;
  double shown = 0;
  for (const std::string& id : role.signals) {
    const SignalLines& lines = e.signal(id);
    shown += !lines.strong.empty() ? 1.0 : !lines.weak.empty() ? placement::kWeakSignal : 0.0;
  }
  double share = shown / static_cast<double>(role.signals.size());
  return std::min(1.0, share / placement::kSignalsEnough);
}

RoleFit fit(const Role& role, const ResumeEvidence& e, const Role* title_role) {
  RoleFit f;
  f.role = role.id;
  f.years = years_fit(role, e.years);
  f.skills = skills_fit(role, e);
  f.signals = signals_fit(role, e);
  f.title = title_role == &role;
  f.support = std::min(1.0, f.years * (placement::kSkills * f.skills + placement::kSignals * f.signals) +
                                (f.title ? placement::kTitle : 0.0));
  return f;
}

// "mentoring (L15), code review (L15)": the role's signals the work lines show.
std::string shown_signals(const Role& role, const ResumeEvidence& e, std::size_t* count) {
  std::vector<std::string> parts;
  for (const std::string& id : role.signals) {
    const SignalLines& lines = e.signal(id);
    if (lines.strong.empty()) continue;
    const Signal* s = e.ladder.signal(id);
    parts.push_back((s ? s->name : id) + " (L" + std::to_string(lines.strong.front().line) + ")");
  }
  *count = parts.size();
  return join(parts, "; ");
}

std::vector<std::string> reasons_for(const Role& role, const RoleFit& f, const ResumeEvidence& e,
                                     const Role* title_role, const std::string& title) {
  std::vector<std::string> reasons;
  std::string range = std::to_string(role.years.min) +
                      (role.years.max ? "-" + std::to_string(*role.years.max) : "+");
  reasons.push_back(fixed(e.years) + " years of experience; " + role.title + " is typically " +
                    range + " years");
  int core = 0, core_hands_on = 0;
  for (const RoleSkill& s : role.skills) {
    if (s.weight != Weight::kCore) continue;
    ++core;
    const SkillEvidence* found = e.role_skill(s);
    if (found && found->evidence == Evidence::kHandsOn) ++core_hands_on;
  }
  reasons.push_back(std::to_string(core_hands_on) + " of " + std::to_string(core) + " core skills of " +
                    role.title + " used hands-on (skills coverage " + fixed(f.skills * 100, "%.0f") + "%)");
  std::size_t shown = 0;
  std::string signals = shown_signals(role, e, &shown);
  reasons.push_back("shows " + std::to_string(shown) + " of " + std::to_string(role.signals.size()) +
                    " signals of the level" + (signals.empty() ? "" : ": " + signals));
  if (title_role) {
    reasons.push_back("the title '" + title + "' names " + title_role->title +
                      (title_role == &role ? "" : ", which the evidence does not support yet"));
  }
  return reasons;
}

}  // namespace

const Position* current_position(const Profile& profile) {
  const Position* best = nullptr;
  for (const Position& p : profile.positions) {
    if (p.volunteer) continue;
    if (best == nullptr) {
      best = &p;
      continue;
    }
    if (p.dates.present != best->dates.present) {
      if (p.dates.present) best = &p;
      continue;
    }
    auto start = [](const Position& x) {
      return x.dates.start ? x.dates.start->year * 12 + x.dates.start->month : -1;
    };
    if (start(p) > start(*best)) best = &p;
  }
  return best;
}

const Role* role_for_title(const Ladder& ladder, const std::string& title, const std::string& company) {
  const std::string key = normalize_key(title);
  const std::string company_key = normalize_key(company);
  const Role* best = nullptr;
  std::size_t best_length = 0;
  auto consider = [&](const Role& role, const std::string& name) {
    std::string name_key = normalize_key(name);
    if (holds_words(key, name_key) && name_key.size() > best_length) {
      best = &role;
      best_length = name_key.size();
    }
  };
  for (const Role& role : ladder.roles) {
    for (const std::string& t : role.titles) consider(role, t);
    for (const Grade& g : role.grades) {
      if (holds_words(company_key, normalize_key(g.company))) consider(role, g.title);
    }
  }
  return best;
}

Placement place(const ResumeEvidence& e) {
  Placement out;
  const Position* current = current_position(e.profile);
  std::string title = current ? current->title : "";
  const Role* title_role = current ? role_for_title(e.ladder, current->title, current->company) : nullptr;
  std::vector<const Role*> roles = e.ladder.main_roles();
  if (roles.empty()) return out;
  std::size_t placed = 0;
  for (std::size_t i = 0; i < roles.size(); ++i) {
    out.fits.push_back(fit(*roles[i], e, title_role));
    if (out.fits.back().support >= placement::kThreshold) placed = i;
  }
  const Role& role = *roles[placed];
  out.role = role.id;
  out.title = role.title;
  double next = placed + 1 < out.fits.size() ? out.fits[placed + 1].support : 0.0;
  double confidence = out.fits[placed].support * (1.0 - 0.5 * next);
  out.confidence = std::round(std::clamp(confidence, 0.05, 0.99) * 100) / 100;
  out.reasons = reasons_for(role, out.fits[placed], e, title_role, title);
  if (title_role) out.title_suggests = title_role->id;
  return out;
}

}  // namespace rungs::assess
