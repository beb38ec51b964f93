#include "assess/findings.h"

#include <algorithm>
#include <cctype>

#include "assess/gaps.h"
#include "common/text.h"

namespace rungs::assess {
namespace {

constexpr std::size_t kCitedLines = 5;

// `text` with each {name} replaced by its value.
std::string fill(std::string text, const std::vector<std::pair<std::string, std::string>>& values) {
  for (const auto& [name, value] : values) {
    const std::string key = "{" + name + "}";
    for (std::size_t at = text.find(key); at != std::string::npos; at = text.find(key, at + value.size())) {
      text.replace(at, key.size(), value);
    }
  }
  return text;
}

Finding make(const FindingRule& rule, Severity severity,
             const std::vector<std::pair<std::string, std::string>>& values, std::vector<TextLine> lines) {
  if (lines.size() > kCitedLines) lines.resize(kCitedLines);
  return {rule.id, severity, fill(rule.message, values), fill(rule.fix, values), std::move(lines)};
}

// The bullets of positions and projects: where work is described.
std::vector<const TextLine*> work_lines(const Profile& profile) {
  std::vector<const TextLine*> out;
  for (const Position& p : profile.positions) {
    for (const TextLine& l : p.lines) out.push_back(&l);
  }
  for (const Project& p : profile.projects) {
    for (const TextLine& l : p.lines) out.push_back(&l);
  }
  return out;
}

bool has_link(const Profile& profile, const std::string& label) {
  for (const Link& l : profile.person.links) {
    if (normalize_key(l.label).find(label) != std::string::npos ||
        normalize_key(l.url).find(label) != std::string::npos) {
      return true;
    }
  }
  return false;
}

// A finding about what the resume does not mention: hedged work mentions it too (an intern's
// "coverage went from 41% to 78%" puts a number on its impact), so it never contradicts a line.
bool absent(const FindingRule& rule, const ResumeEvidence& e) {
  for (const std::string& s : rule.signals) {
    if (e.mentions_in_work(s)) return false;
  }
  for (const std::string& id : rule.skills) {
    const SkillEvidence* found = e.skill(id);
    if (found && found->evidence == Evidence::kHandsOn) return false;
  }
  for (const std::string& link : rule.links) {
    if (has_link(e.profile, link)) return false;
  }
  return true;
}

void vague(const FindingRule& rule, const ResumeEvidence& e, Severity severity, std::vector<Finding>& out) {
  std::vector<TextLine> lines;
  for (const TextLine* l : work_lines(e.profile)) {
    std::string key = normalize_key(l->text);
    for (const std::string& phrase : rule.phrases) {
      std::string p = normalize_key(phrase);
      if (key == p || key.starts_with(p + " ")) {
        lines.push_back(*l);
        break;
      }
    }
  }
  if (lines.empty()) return;
  out.push_back(make(rule, severity, {{"count", std::to_string(lines.size())}}, lines));
}

void no_numbers(const FindingRule& rule, const ResumeEvidence& e, Severity severity, std::vector<Finding>& out) {
  std::vector<const TextLine*> lines = work_lines(e.profile);
  if (lines.empty()) return;
  for (const TextLine* l : lines) {
    if (std::any_of(l->text.begin(), l->text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
      return;
    }
  }
  std::vector<TextLine> cited;
  for (const TextLine* l : lines) cited.push_back(*l);
  out.push_back(make(rule, severity, {}, cited));
}

void listed_only(const FindingRule& rule, const ResumeEvidence& e, const Role& target, std::vector<Finding>& out) {
  std::vector<std::string> others;
  std::vector<TextLine> other_lines;
  // Tools and technologies, not domains or practices: "E-commerce" or "Incident management" in a
  // summary is no claim of a tool a recruiter would test.
  static const std::vector<std::string_view> kTools = {
      "language", "framework", "api", "database", "messaging", "cloud", "devops", "ci-cd", "testing",
      "observability", "security", "data", "frontend", "mobile", "ai", "tool"};
  for (const SkillEvidence& s : e.skills) {
    if (s.evidence != Evidence::kListed || s.skill->origin != SkillOrigin::kCurated) continue;
    if (std::find(kTools.begin(), kTools.end(), s.skill->category) == kTools.end()) continue;
    auto in_target = std::find_if(target.skills.begin(), target.skills.end(), [&](const RoleSkill& rs) {
      std::vector<std::string> members = rs.members();
      return std::find(members.begin(), members.end(), s.skill->id) != members.end();
    });
    if (in_target == target.skills.end()) {
      others.push_back(s.skill->name);
      if (other_lines.empty() || other_lines.back().line != s.lines.front().line) other_lines.push_back(s.lines.front());
      continue;
    }
    Severity severity = in_target->weight == Weight::kCore && rule.core_severity ? *rule.core_severity
                                                                                   : rule.severity_at(target.order);
    out.push_back(make(rule, severity, {{"skill", s.skill->name}}, s.lines));
  }
  if (others.empty()) return;
  std::string names = others.size() == 1 ? others[0] : join(others, ", ");
  Finding f = make(rule, Severity::kLow, {{"skill", names}}, other_lines);
  if (others.size() > 1) {
    f.message = std::to_string(others.size()) + " skills are listed but no position or project shows them in use: " + names + ".";
  }
  out.push_back(std::move(f));
}

void title_above(const FindingRule& rule, const ResumeEvidence& e, const Placement& placement,
                 std::vector<Finding>& out) {
  if (!placement.title_suggests) return;
  const Role* title_role = e.ladder.role(*placement.title_suggests);
  const Role* placed = e.ladder.role(placement.role);
  if (!title_role || !placed || title_role->track != placed->track || title_role->order <= placed->order) return;
  std::vector<std::string> missing;
  for (const std::string& id : title_role->signals) {
    if (e.shows(id)) continue;
    const Signal* s = e.ladder.signal(id);
    if (s) missing.push_back(s->name);
  }
  std::vector<TextLine> lines;
  for (const Position& p : e.profile.positions) {
    if (!p.title.empty() && normalize_key(p.title).find(normalize_key(title_role->title)) != std::string::npos) {
      lines.push_back({p.title, Section::kExperience, p.line});
    }
  }
  if (lines.empty()) {
    for (const Position& p : e.profile.positions) {
      if (!p.title.empty()) {
        lines.push_back({p.title, Section::kExperience, p.line});
        break;
      }
    }
  }
  std::string missing_text = missing.empty() ? "more evidence of the level" : join(missing, ", ");
  for (char& c : missing_text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  out.push_back(make(rule, rule.severity_at(title_role->order),
                     {{"title_role", title_role->title}, {"placed_role", placed->title},
                      {"missing_signals", missing_text}},
                     lines));
}

// The rubric: a certification relevant to the backend track (any of the ladder's, or any that
// names a technical skill: "Oracle Certified Associate, Java SE 8 Programmer", "CKA", "MongoDB
// Developer") rules the finding out; the certifications the target values are advice beside the
// gaps, not a finding.
bool holds_backend_certification(const ResumeEvidence& e) {
  static const std::vector<std::string_view> kTechnical = {
      "language", "framework", "api", "database", "messaging", "cloud", "devops", "ci-cd", "testing",
      "observability", "security", "architecture", "data"};
  auto technical = [&](const std::string& skill_id) {
    const Skill* skill = e.taxonomy.find(skill_id);
    return skill && std::find(kTechnical.begin(), kTechnical.end(), skill->category) != kTechnical.end();
  };
  for (const Certification& c : e.ladder.certifications) {
    // A Scrum or PMP certificate is valued for leads and managers, but it is not a backend one.
    if (std::any_of(c.skills.begin(), c.skills.end(), technical) && holds(e.profile, c)) return true;
  }
  for (const SkillEvidence& s : e.skills) {
    if (s.skill->origin != SkillOrigin::kCurated || !s.via.empty() || !technical(s.skill->id)) continue;
    for (const TextLine& l : s.lines) {
      if (l.section == Section::kCertifications) return true;
    }
  }
  return false;
}

void no_valued_certification(const FindingRule& rule, const ResumeEvidence& e, const Role& target,
                             Severity severity, std::vector<Finding>& out) {
  std::vector<const Certification*> valued;
  for (const Certification& c : e.ladder.certifications) {
    if (std::find(c.roles.begin(), c.roles.end(), target.id) != c.roles.end()) valued.push_back(&c);
  }
  if (valued.empty() || holds_backend_certification(e)) return;
  std::vector<std::string> skills;
  for (const std::string& s : valued.front()->skills) skills.push_back(e.skill_name(s));
  out.push_back(make(rule, severity,
                     {{"target_role", target.title}, {"certification", valued.front()->name},
                      {"skills", join(skills, ", ")}},
                     {}));
}

}  // namespace

std::vector<Finding> find_findings(const ResumeEvidence& e, const std::vector<FindingRule>& rules,
                                   const FindingContext& context) {
  std::vector<Finding> out;
  const Role& target = context.target;
  for (const FindingRule& rule : rules) {
    Severity severity = rule.severity_at(target.order);
    switch (rule.kind) {
      case FindingRuleKind::kAbsent:
        if (absent(rule, e)) out.push_back(make(rule, severity, {}, {}));
        break;
      case FindingRuleKind::kVaguePhrases:
        vague(rule, e, severity, out);
        break;
      case FindingRuleKind::kNoNumbers:
        no_numbers(rule, e, severity, out);
        break;
      case FindingRuleKind::kListedOnly:
        listed_only(rule, e, target, out);
        break;
      case FindingRuleKind::kTitleAboveEvidence:
        title_above(rule, e, context.placement, out);
        break;
      case FindingRuleKind::kNoValuedCertification:
        no_valued_certification(rule, e, target, severity, out);
        break;
    }
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Finding& a, const Finding& b) { return a.severity < b.severity; });
  return out;
}

}  // namespace rungs::assess
