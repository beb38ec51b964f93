#include "assess/placement.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "rungs/placement_weights.h"

#include <unordered_map>
#include <unordered_set>
#include "common/text.h"

namespace rungs::assess {

// The words of a title that make it an internship or a traineeship.
constexpr std::string_view kInternshipWords[] = {"intern", "internship", "trainee", "apprentice"};
namespace {

double years_fit(const Role& role, double years, const PlacementWeights& w) {
  if (years >= role.years.min) return 1.0;
  return std::max(0.0, 1.0 - (role.years.min - years) / w.years_shortfall);
}

double skills_fit(const Role& role, const ResumeEvidence& e) {
  double total = 0, shown = 0;
  for (const RoleSkill& s : role.skills) {
    total += weight_value(s.weight);
    shown += weight_value(s.weight) * evidence_value(e.role_skill(s));
  }
  return total > 0 ? shown / total : 0;
}

double signals_fit(const Role& role, const ResumeEvidence& e, const PlacementWeights& w) {
  if (role.signals.empty()) return 0;
  double shown = 0;
  for (const std::string& id : role.signals) {
    const SignalLines& lines = e.signal(id);
    shown += !lines.strong.empty() ? 1.0 : !lines.weak.empty() || !lines.hedged.empty() ? w.weak_signal : 0.0;
  }
  double share = shown / static_cast<double>(role.signals.size());
  return std::min(1.0, share / w.signals_enough);
}

// How many of the role's signals its work lines show (not only claim).
double shown_in_work(const Role& role, const ResumeEvidence& e) {
  double shown = 0;
  for (const std::string& id : role.signals) shown += e.signal(id).strong.empty() ? 0.0 : 1.0;
  return shown;
}

RoleFit fit(const Role& role, const ResumeEvidence& e, const Role* title_role, double years,
            const PlacementWeights& w) {
  RoleFit f;
  f.role = role.id;
  f.years = years_fit(role, years, w);
  f.skills = skills_fit(role, e);
  f.signals = signals_fit(role, e, w);
  f.title = title_role == &role;
  // The title lends its weight only to work that shows the role: an inflated title over vague
  // bullets ("Senior Software Engineer" with one of the level's signals in its work) is not the
  // role (RUBRIC.md: the recruiter reads titles against evidence).
  const bool title_counts = f.title && shown_in_work(role, e) * 2 >= static_cast<double>(role.signals.size()) * w.signals_enough;
  f.support = std::min(1.0, f.years * (w.skills * f.skills + w.signals * f.signals) + (title_counts ? w.title : 0.0));
  return f;
}

// The texts of the lines that name a technical skill (languages, frameworks, databases, cloud,
// DevOps, ...), with the skills each names.
using TechLines = std::unordered_map<std::string_view, std::vector<const SkillEvidence*>>;

TechLines technical_lines(const ResumeEvidence& e) {
  static const std::vector<std::string_view> kTechnical = {
      "language", "framework", "api", "database", "messaging", "cloud", "devops", "ci-cd", "testing",
      "observability", "security", "architecture", "data", "frontend"};
  TechLines out;
  for (const SkillEvidence& s : e.skills) {
    if (std::find(kTechnical.begin(), kTechnical.end(), s.skill->category) == kTechnical.end()) continue;
    for (const TextLine& l : s.lines) out[l.text].push_back(&s);
  }
  return out;
}

// The comparison keys of each skill's names, computed once per assessment.
class SkillKeys {
 public:
  const std::vector<std::string>& of(const Skill& skill) {
    auto [it, added] = keys_.try_emplace(&skill);
    if (added) {
      it->second.push_back(normalize_key(skill.name));
      for (const std::string& a : skill.aliases) it->second.push_back(normalize_key(a));
    }
    return it->second;
  }

 private:
  std::unordered_map<const Skill*, std::vector<std::string>> keys_;
};

// Whether `sentence_key` (normalize_key) names the skill, or one it comes via.
bool names(const std::string& sentence_key, const Skill& skill, SkillKeys& keys) {
  const std::vector<std::string>& all = keys.of(skill);
  return std::any_of(all.begin(), all.end(), [&](const std::string& k) { return holds_words(sentence_key, k); });
}

bool names(const std::string& sentence_key, const SkillEvidence& s, SkillKeys& keys) {
  if (names(sentence_key, *s.skill, keys)) return true;
  return std::any_of(s.via.begin(), s.via.end(), [&](const Skill* v) { return names(sentence_key, *v, keys); });
}

bool contains(const std::vector<std::uint32_t>& ids, std::uint32_t id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// Years in the field: the positions that name a technical skill in their title or lines, or show
// the work of an off-track role of the ladder (managing engineers, hiring), or have no lines to
// judge by; years in an unrelated field (mechanical design) are not backend years (RUBRIC.md).
double field_years(const ResumeEvidence& e, const TechLines& tech, const PlacementModel& model) {
  std::vector<bool> shows_work(e.profile.positions.size(), false);
  for (const WorkLine& w : e.work) {
    for (const PlacementModel::OffTrack& off : model.off_track) {
      if (std::any_of(w.signals.begin(), w.signals.end(), [&](std::uint32_t s) { return contains(off.signals, s); })) {
        shows_work[w.position] = true;
      }
    }
  }
  std::vector<const Position*> counted;
  for (std::size_t i = 0; i < e.profile.positions.size(); ++i) {
    const Position& p = e.profile.positions[i];
    if (p.volunteer) continue;
    bool relevant = p.lines.empty() || shows_work[i] || tech.contains(p.title);
    for (const TextLine& l : p.lines) relevant = relevant || tech.contains(l.text);
    if (relevant) counted.push_back(&p);
  }
  return experience_years(counted, e.today);
}

// Whether a position is recent: ongoing, or ended within `years` of today.
bool is_recent(const Position& p, YearMonth today, double years) {
  if (p.dates.present || !p.dates.end) return true;
  const int months = (today.year - p.dates.end->year) * 12 + (today.month - std::max(1, p.dates.end->month));
  return months <= years * 12;
}

// "Environment : Java 8, Spring MVC": a label of up to three words, then a colon and a value.
bool is_field(std::string_view text) {
  const std::size_t colon = text.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 30 || colon + 1 == text.size()) return false;
  int words = 1;
  for (std::size_t i = 0; i < colon; ++i) {
    const char c = text[i];
    if (c == ' ' && i > 0 && text[i - 1] != ' ' && i + 1 < colon && text[i + 1] != ' ') ++words;
    if (!std::isalpha(static_cast<unsigned char>(c)) && c != ' ' && c != '&' && c != '/') return false;
  }
  return words <= 3;
}

// Shares of the recent work sentences: those that are assigned or hedged, those that are
// backend work (an API, a backend framework), and those that are each off-track role's own work.
struct RecentWork {
  double assigned = 0;
  double backend = 0;
  std::vector<double> off_track;          // by PlacementModel::off_track: share of its own work
  std::vector<std::vector<double>> main;  // [main role][off-track role]: share of sentences that
                                          // show the main role's signals (or backend work) and
                                          // are not the off-track role's own work
};

RecentWork recent_work(const ResumeEvidence& e, const TechLines& tech, const PlacementWeights& w,
                       const PlacementModel& model) {
  RecentWork out;
  const std::size_t offs = model.off_track.size(), mains = model.main_signals.size();
  int total = 0, assigned = 0, backend = 0;
  std::vector<int> counts(offs, 0);
  std::vector<std::vector<int>> main_counts(mains, std::vector<int>(offs, 0));
  static const std::vector<const SkillEvidence*> kNone;
  SkillKeys keys;
  std::vector<const SkillEvidence*> named;
  std::vector<char> shows_main(mains);
  for (const WorkLine& line : e.work) {
    if (!is_recent(e.profile.positions[line.position], e.today, w.recent_years)) continue;
    auto shows = [&](std::uint32_t s) { return contains(line.signals, s); };
    auto it = tech.find(line.line->text);
    const std::vector<const SkillEvidence*>& skills_on_line = it == tech.end() ? kNone : it->second;
    named.clear();
    if (!skills_on_line.empty()) {
      const std::string key = normalize_key(line.text);
      for (const SkillEvidence* s : skills_on_line) {
        if (names(key, *s, keys)) named.push_back(s);
      }
    }
    // Only sentences that say something about the work count: not "Team Size : 12", nor the
    // "Environment : Java 8, Spring MVC, Oracle" of a service-company project block.
    if ((!line.hedged && line.signals.empty() && named.empty()) || is_field(line.line->text)) continue;
    ++total;
    assigned += line.hedged || shows(model.assigned_signal) ? 1 : 0;
    const bool backend_work = shows(model.api_signal) || std::any_of(named.begin(), named.end(), [](const SkillEvidence* s) {
      return s->skill->category == "framework" || s->skill->category == "api";
    });
    backend += backend_work ? 1 : 0;
    for (std::size_t m = 0; m < mains; ++m) {
      const std::vector<std::uint32_t>& ids = model.main_signals[m].second;
      shows_main[m] = backend_work || std::any_of(ids.begin(), ids.end(), shows);
    }
    for (std::size_t o = 0; o < offs; ++o) {
      const PlacementModel::OffTrack& off = model.off_track[o];
      const bool is_own = std::any_of(off.signals.begin(), off.signals.end(), shows) ||
                          std::any_of(named.begin(), named.end(), [&](const SkillEvidence* s) { return off.skills.contains(s->skill->id); });
      counts[o] += is_own ? 1 : 0;
      if (is_own) continue;
      for (std::size_t m = 0; m < mains; ++m) main_counts[m][o] += shows_main[m];
    }
  }
  out.off_track.assign(offs, 0.0);
  out.main.assign(mains, std::vector<double>(offs, 0.0));
  if (total == 0) return out;
  out.assigned = static_cast<double>(assigned) / total;
  out.backend = static_cast<double>(backend) / total;
  for (std::size_t o = 0; o < offs; ++o) out.off_track[o] = static_cast<double>(counts[o]) / total;
  for (std::size_t m = 0; m < mains; ++m) {
    for (std::size_t o = 0; o < offs; ++o) out.main[m][o] = static_cast<double>(main_counts[m][o]) / total;
  }
  return out;
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
                                     const Role* title_role, const std::string& title, double backend) {
  std::vector<std::string> reasons;
  std::string range = std::to_string(role.years.min) +
                      (role.years.max ? "-" + std::to_string(*role.years.max) : "+");
  std::string years = decimal_text(e.years, 1) + " years of experience";
  if (backend + 0.05 < e.years) years += " (" + decimal_text(backend, 1) + " of them in technical work)";
  reasons.push_back(years + "; " + role.title + " is typically " + range + " years");
  int core = 0, core_hands_on = 0;
  for (const RoleSkill& s : role.skills) {
    if (s.weight != Weight::kCore) continue;
    ++core;
    const SkillEvidence* found = e.role_skill(s);
    if (found && found->evidence == Evidence::kHandsOn) ++core_hands_on;
  }
  reasons.push_back(std::to_string(core_hands_on) + " of " + std::to_string(core) + " core skills of " +
                    role.title + " used hands-on (skills coverage " + decimal_text(f.skills * 100, 0) + "%)");
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

bool is_internship_title(const std::string& title) {
  const std::string key = normalize_key(title);
  return std::any_of(std::begin(kInternshipWords), std::end(kInternshipWords),
                     [&](std::string_view word) { return holds_words(key, word); });
}

// Whether the employer `company_key` (normalised) is the grade's `grade_company`: its words, or
// its initials when the grade names it by them ("TCS" for "Tata Consultancy Services Ltd").
bool is_grade_company(const std::string& company_key, const std::string& grade_company) {
  const std::string grade_key = normalize_key(grade_company);
  if (holds_words(company_key, grade_key)) return true;
  std::string initials;
  std::size_t at = 0;
  while (at < company_key.size()) {
    std::size_t end = company_key.find(' ', at);
    if (end == std::string::npos) end = company_key.size();
    const std::string_view word(company_key.data() + at, end - at);
    const bool legal = word == "ltd" || word == "limited" || word == "pvt" || word == "private" || word == "inc" || word == "llp";
    if (!word.empty() && !legal) initials.push_back(word.front());
    at = end + 1;
  }
  return initials.size() >= 2 && initials == grade_key;
}

const Role* role_for_title(const Ladder& ladder, const std::string& title, const std::string& company) {
  auto first_rung = [&]() -> const Role* {
    const std::vector<const Role*> main = ladder.main_roles();
    return main.empty() ? nullptr : main.front();
  };
  // A "Backend Developer Intern" or a "Software Engineer Trainee" is not yet a Backend Developer.
  if (is_internship_title(title)) {
    if (const Role* first = first_rung()) return first;
  }
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
      if (is_grade_company(company_key, g.company)) consider(role, g.title);
    }
  }
  // A title no role names that says it is junior ("Junior PHP Developer", "Jr. Programmer")
  // names the first rung.
  if (best == nullptr && (holds_words(key, "junior") || holds_words(key, "jr"))) return first_rung();
  return best;
}

PlacementModel::PlacementModel(const Ladder& ladder) {
  auto signal_index = [&](std::string_view id) {
    for (std::size_t i = 0; i < ladder.signals.size(); ++i) {
      if (ladder.signals[i].id == id) return static_cast<std::uint32_t>(i);
    }
    return UINT32_MAX;
  };
  assigned_signal = signal_index("assigned-tasks");
  api_signal = signal_index("api-development");
  std::unordered_set<std::string> main_signal_ids, main_core_skills;
  for (const Role* r : ladder.main_roles()) {
    std::vector<std::uint32_t> ids;
    for (const std::string& id : r->signals) {
      ids.push_back(signal_index(id));
      main_signal_ids.insert(id);
    }
    main_signals.emplace_back(r, std::move(ids));
    for (const RoleSkill& s : r->skills) {
      if (s.weight != Weight::kCore) continue;
      for (const std::string& m : s.members()) main_core_skills.insert(m);
    }
  }
  // An off-track role's own work: its signals no main-track role shows, and its core skills no
  // main-track role has as core (a useful skill, AWS for DevOps, is shared too widely).
  for (const Role& r : ladder.roles) {
    const Track* track = ladder.track(r.track);
    if (track == nullptr || track->main) continue;
    OffTrack off{&r, {}, {}};
    for (const std::string& id : r.signals) {
      if (!main_signal_ids.contains(id)) off.signals.push_back(signal_index(id));
    }
    for (const RoleSkill& s : r.skills) {
      if (s.weight != Weight::kCore) continue;
      for (const std::string& m : s.members()) {
        if (!main_core_skills.contains(m)) off.skills.insert(m);
      }
    }
    off_track.push_back(std::move(off));
  }
}

Placement place(const ResumeEvidence& e, const PlacementWeights& w, const PlacementModel& model) {
  Placement out;
  const Position* current = current_position(e.profile);
  std::string title = current ? current->title : "";
  const Role* title_role = current ? role_for_title(e.ladder, current->title, current->company) : nullptr;
  std::vector<const Role*> roles = e.ladder.main_roles();
  if (roles.empty()) return out;
  const auto tech = technical_lines(e);
  const double years = field_years(e, tech, model);
  const RecentWork recent = recent_work(e, tech, w, model);
  // The main track: the highest role whose support reaches the threshold; assigned work keeps
  // a person at the first rung whatever the years (RUBRIC.md: "work is assigned").
  // When no role reaches the threshold, the best supported one (a manager's or an architect's
  // main-track evidence is thin at every rung, not absent).
  std::size_t placed = 0, best = 0;
  bool reached = false;
  for (std::size_t i = 0; i < roles.size(); ++i) {
    out.fits.push_back(fit(*roles[i], e, title_role, years, w));
    // Two hints that agree outweigh the work's support: fewer years than a role typically starts
    // at, under a title that names a lower rung ("Junior PHP Developer", TCS's "Assistant System
    // Engineer" at a year and a half), keep a person below it; either alone never decides.
    const bool below_by_title_and_years = title_role != nullptr && title_role->track == roles[i]->track &&
                                          title_role->order < roles[i]->order && years < roles[i]->years.min;
    const bool allowed = i == 0 || (recent.assigned < w.assigned_share && !below_by_title_and_years);
    if (out.fits.back().support >= w.threshold && allowed) {
      placed = i;
      reached = true;
    }
    if (allowed && out.fits.back().support > out.fits[best].support) best = i;
  }
  if (!reached) placed = best;
  const Role* role = roles[placed];
  double runner_up = placed + 1 < out.fits.size() ? out.fits[placed + 1].support : 0.0;
  double support = out.fits[placed].support;
  // Off the main track: the role whose own work fills most of the recent lines, when it fills
  // enough of them and its evidence supports it.
  const Role* off = nullptr;
  double off_share = 0, off_score = 0, off_support = 0;
  for (const Role* r : e.ladder.roles_by_track()) {
    const Track* track = e.ladder.track(r->track);
    if (track == nullptr || track->main) continue;
    RoleFit f = fit(*r, e, title_role, years, w);
    std::size_t o = 0;
    while (o < model.off_track.size() && model.off_track[o].role != r) ++o;
    if (o == model.off_track.size()) continue;
    f.share = recent.off_track[o];
    // Full stack is front end and back end together: its own work fills enough lines and some
    // backend work stands beside it (this ladder has no front-end role, so a front-end-heavy
    // engineer with a few API lines is a full stack developer); the others' own work must
    // outweigh the backend work of the same lines.
    const bool full_stack = r->id == "full-stack-developer";
    const double score = f.share + (f.title ? w.off_track_title : 0.0);
    // The main-track work it must outweigh: the sentences that are backend work or show the placed
    // role's signals and are not this role's own work (an architect's CI/CD and Kubernetes lines
    // sit beside architecture reviews and stack decisions; "built Airflow pipelines" is data work).
    const double main_work = placed < recent.main.size() ? recent.main[placed][o] : 0.0;  // main_signals follow main_roles()
    const bool dominates = full_stack ? score >= w.full_stack_share && recent.backend > 0
                                      : score >= w.off_track_share && score > main_work;
    // The role whose own work weighs most wins; on a tie, the one the evidence supports more.
    const bool better = off == nullptr || score > off_score + 1e-9 ||
                        (score > off_score - 1e-9 && f.support > off_support);
    // A technical lead or an architect owns the cloud, DevOps and data work of their systems as
    // part of the role (RUBRIC.md: cloud adoption and migration are architect work): an off-track
    // role no higher than theirs overrides them only when the current title names it.
    const bool absorbed = role->order >= w.scope_order && r->order <= role->order && !f.title;
    // Its own tools shown, or its title held: not only work that backend roles share too (a
    // senior engineer on call for incidents is no DevOps engineer without its tools; a manager's
    // practices show as signals, and the title names the role).
    const bool skilled = f.skills >= w.off_track_skills || f.title;
    if (dominates && !absorbed && skilled && f.support >= w.off_track_support && better) {
      off = r;
      off_score = score;
      off_share = f.share;
      off_support = f.support;
    }
    out.fits.push_back(f);
  }
  std::size_t placed_fit = placed;
  if (off != nullptr) {
    runner_up = support;
    role = off;
    for (std::size_t i = 0; i < out.fits.size(); ++i) {
      if (out.fits[i].role == off->id) placed_fit = i;
    }
    support = out.fits[placed_fit].support;
  }
  out.role = role->id;
  out.title = role->title;
  double confidence = support * (1.0 - 0.5 * runner_up);
  out.confidence = std::round(std::clamp(confidence, 0.05, 0.99) * 100) / 100;
  out.reasons = reasons_for(*role, out.fits[placed_fit], e, title_role, title, years);
  if (off != nullptr) {
    out.reasons.push_back(decimal_text(off_share * 100, 0) + "% of the recent work lines are " + off->title +
                          " work (its own signals and skills)");
  } else if (recent.assigned >= w.assigned_share) {
    out.reasons.push_back(decimal_text(recent.assigned * 100, 0) +
                          "% of the recent work lines are assigned or hedged (\"under guidance\", \"as per the design\")");
  }
  if (title_role) out.title_suggests = title_role->id;
  return out;
}

}  // namespace rungs::assess

namespace rungs {

const Role* role_named_by_title(const Ladder& ladder, const std::string& title, const std::string& company) {
  return assess::role_for_title(ladder, title, company);
}

}  // namespace rungs
