#include "rungs/skill_evidence.h"

#include <algorithm>
#include <map>

namespace rungs {
namespace {

// What is known about one skill while the profile is read.
struct Found {
  Evidence evidence = Evidence::kListed;
  std::vector<TextLine> lines;
  std::vector<const Position*> positions;
  std::vector<std::uint32_t> via;  // the skills it was derived from (empty: named itself)
  bool named = false;              // its own name is in the resume
};

// Whether `line` is already cited: the same line number (a project's keywords share its line),
// or the same text when the line is unknown.
bool cites(const std::vector<TextLine>& lines, const TextLine& line) {
  return std::any_of(lines.begin(), lines.end(), [&](const TextLine& l) {
    return line.line > 0 ? l.line == line.line : l.text == line.text;
  });
}

class EvidenceCollector {
 public:
  explicit EvidenceCollector(const SkillMatcher& matcher) : matcher_(matcher) {}

  // Matches one line; `position` is the position it belongs to, if any.
  void read(const TextLine& line, Evidence evidence, bool skills_list,
            const Position* position = nullptr) {
    hits_.clear();
    std::string_view text = matcher_.find(line.text, scratch_, hits_);
    keep_in_context(text, hits_, skills_list);
    for (const SkillHit& hit : hits_) {
      Found& f = found_[hit.id];
      f.named = true;
      if (!cites(f.lines, line)) f.lines.push_back(line);
      f.evidence = std::min(f.evidence, evidence);  // the enum runs strongest first
      if (position && (f.positions.empty() || f.positions.back() != position)) {
        f.positions.push_back(position);
      }
    }
  }

  std::vector<SkillEvidence> result(YearMonth today) {
    derive();
    std::vector<SkillEvidence> out;
    const std::vector<Skill>& skills = matcher_.taxonomy().skills();
    for (const auto& [index, f] : found_) {
      SkillEvidence e;
      e.skill = &skills[index];
      e.evidence = f.evidence;
      e.years = experience_years(f.positions, today);
      e.lines = f.lines;
      for (std::uint32_t v : f.via) e.via.push_back(&skills[v]);
      out.push_back(std::move(e));
    }
    sort_skill_evidence(out);
    return out;
  }

  // Carries evidence along `implies`: each named skill, strongest first, passes its class, lines
  // and positions to every skill it implies, directly or through others. A skill takes a `via`
  // when its own name shows it less strongly, or not at all.
  void derive() {
    const Taxonomy& taxonomy = matcher_.taxonomy();
    // The named skills that imply others, strongest first; std::map keeps references valid
    // while entries are added.
    std::vector<std::pair<std::uint32_t, const Found*>> named;
    for (const auto& [index, f] : found_) {
      if (!taxonomy.implied(index).empty()) named.emplace_back(index, &f);
    }
    std::stable_sort(named.begin(), named.end(),
                     [](const auto& a, const auto& b) { return a.second->evidence < b.second->evidence; });
    for (const auto& [source, source_found] : named) {
      const Found& from = *source_found;
      std::vector<std::uint32_t> todo(taxonomy.implied(source).begin(), taxonomy.implied(source).end());
      std::vector<std::uint32_t> seen;
      while (!todo.empty()) {
        std::uint32_t to = todo.back();
        todo.pop_back();
        if (std::find(seen.begin(), seen.end(), to) != seen.end()) continue;
        seen.push_back(to);
        todo.insert(todo.end(), taxonomy.implied(to).begin(), taxonomy.implied(to).end());
        auto [it, added] = found_.try_emplace(to);
        Found& f = it->second;
        if (!added && f.named && f.via.empty() && f.evidence <= from.evidence) {
          // Shown as well by its own name: no `via`, but the years of use add up.
          if (f.evidence == from.evidence) add_positions(f, from);
          continue;
        }
        if (added || from.evidence < f.evidence) f.evidence = from.evidence;
        if (from.evidence > f.evidence) continue;  // a weaker source adds nothing
        if (std::find(f.via.begin(), f.via.end(), source) == f.via.end()) f.via.push_back(source);
        for (const TextLine& l : from.lines) {
          if (!cites(f.lines, l)) f.lines.push_back(l);
        }
        add_positions(f, from);
      }
    }
  }

  static void add_positions(Found& to, const Found& from) {
    for (const Position* p : from.positions) {
      if (std::find(to.positions.begin(), to.positions.end(), p) == to.positions.end()) to.positions.push_back(p);
    }
  }

 private:
  const SkillMatcher& matcher_;
  MatchScratch scratch_;
  std::vector<SkillHit> hits_;
  std::map<std::uint32_t, Found> found_;
};

}  // namespace

const char* evidence_name(Evidence evidence) {
  switch (evidence) {
    case Evidence::kHandsOn: return "hands-on";
    case Evidence::kCertified: return "certified";
    case Evidence::kListed: return "listed";
  }
  return "listed";
}

std::optional<Evidence> parse_evidence_name(std::string_view name) {
  for (Evidence e : {Evidence::kHandsOn, Evidence::kCertified, Evidence::kListed}) {
    if (name == evidence_name(e)) return e;
  }
  return std::nullopt;
}

void sort_skill_evidence(std::vector<SkillEvidence>& skills) {
  std::sort(skills.begin(), skills.end(), [](const SkillEvidence& a, const SkillEvidence& b) {
    if (a.evidence != b.evidence) return a.evidence < b.evidence;
    if (a.years != b.years) return a.years > b.years;
    return a.skill->name < b.skill->name;
  });
}

std::vector<SkillEvidence> find_skill_evidence(const Profile& profile, const SkillMatcher& matcher,
                                               YearMonth today) {
  EvidenceCollector collect(matcher);
  if (!profile.person.headline.empty()) {
    collect.read({profile.person.headline, Section::kHeader, profile.person.headline_line},
                 Evidence::kListed, false);
  }
  for (const TextLine& line : profile.summary) collect.read(line, Evidence::kListed, false);
  for (const Position& p : profile.positions) {
    if (!p.title.empty()) {
      collect.read({p.title, Section::kExperience, p.line}, Evidence::kHandsOn, false, &p);
    }
    for (const TextLine& line : p.lines) collect.read(line, Evidence::kHandsOn, false, &p);
  }
  for (const Project& p : profile.projects) {
    if (!p.name.empty()) collect.read({p.name, Section::kProjects, p.line}, Evidence::kHandsOn, false);
    for (const TextLine& line : p.lines) collect.read(line, Evidence::kHandsOn, false);
    for (const std::string& keyword : p.keywords) {
      collect.read({keyword, Section::kProjects, p.line}, Evidence::kHandsOn, true);
    }
  }
  for (const SkillGroup& group : profile.skills) {
    for (const TextLine& line : group.entries) collect.read(line, Evidence::kListed, true);
  }
  for (const Credential& c : profile.certifications) {
    collect.read({c.name, Section::kCertifications, c.line}, Evidence::kCertified, false);
  }
  for (const Education& e : profile.education) {
    std::string text = e.degree.empty() ? e.institution : e.degree + ", " + e.institution;
    collect.read({text, Section::kEducation, e.line}, Evidence::kListed, false);
  }
  for (const TextLine& line : profile.achievements) collect.read(line, Evidence::kListed, false);
  for (const TextLine& line : profile.other) collect.read(line, Evidence::kListed, false);
  return collect.result(today);
}

}  // namespace rungs
