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
      if (!cites(f.lines, line)) f.lines.push_back(line);
      f.evidence = std::min(f.evidence, evidence);  // the enum runs strongest first
      if (position && (f.positions.empty() || f.positions.back() != position)) {
        f.positions.push_back(position);
      }
    }
  }

  std::vector<SkillEvidence> result(YearMonth today) const {
    std::vector<SkillEvidence> out;
    for (const auto& [index, f] : found_) {
      SkillEvidence e;
      e.skill = &matcher_.taxonomy().skills()[index];
      e.evidence = f.evidence;
      e.years = experience_years(f.positions, today);
      e.lines = f.lines;
      out.push_back(std::move(e));
    }
    std::sort(out.begin(), out.end(), [](const SkillEvidence& a, const SkillEvidence& b) {
      if (a.evidence != b.evidence) return a.evidence < b.evidence;
      if (a.years != b.years) return a.years > b.years;
      return a.skill->name < b.skill->name;
    });
    return out;
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
