#include "rungs/skill_evidence.h"

#include <algorithm>
#include <array>
#include <deque>
#include <unordered_map>

namespace rungs {
namespace {

// A short list kept inline: most skills cite one to four lines from one to four positions, so
// reading a resume allocates almost nothing per skill; longer lists spill to the heap.
template <class T, std::size_t kInline = 4>
class SmallList {
 public:
  void push_back(T value) {
    if (size_ < kInline) {
      inline_[size_] = value;
    } else {
      spill_.push_back(value);
    }
    ++size_;
  }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  T operator[](std::size_t i) const { return i < kInline ? inline_[i] : spill_[i - kInline]; }
  T back() const { return (*this)[size_ - 1]; }
  bool contains(T value) const {
    for (T item : *this) {
      if (item == value) return true;
    }
    return false;
  }

  struct Iterator {
    const SmallList* list;
    std::size_t i;
    T operator*() const { return (*list)[i]; }
    Iterator& operator++() {
      ++i;
      return *this;
    }
    bool operator!=(const Iterator& other) const { return i != other.i; }
  };
  Iterator begin() const { return {this, 0}; }
  Iterator end() const { return {this, size_}; }

 private:
  std::array<T, kInline> inline_{};
  std::vector<T> spill_;
  std::size_t size_ = 0;
};

// What is known about one skill while the profile is read.
struct Found {
  Evidence evidence = Evidence::kListed;
  SmallList<std::uint32_t> lines;  // indices into the collector's cited lines
  SmallList<const Position*> positions;
  std::vector<std::uint32_t> via;  // the skills it was derived from (empty: named itself)
  bool named = false;              // its own name is in the resume
};

class EvidenceCollector {
 public:
  explicit EvidenceCollector(const SkillMatcher& matcher) : matcher_(matcher) {}

  // A line made for reading (a title, a credential) kept alive as long as the collector, so
  // read() can cite it like the profile's own lines.
  const TextLine& keep(TextLine line) { return made_.emplace_back(std::move(line)); }

  // Matches one line, which must outlive the collector (a profile line, or one from keep());
  // `position` is the position it belongs to, if any.
  void read(const TextLine& line, Evidence evidence, bool skills_list,
            const Position* position = nullptr) {
    hits_.clear();
    std::string_view text = matcher_.find(line.text, scratch_, hits_);
    keep_in_context(text, hits_, skills_list);
    if (hits_.empty()) return;
    const auto cited = static_cast<std::uint32_t>(lines_.size());
    lines_.push_back(&line);
    for (const SkillHit& hit : hits_) {
      Found& f = found_[hit.id];
      f.named = true;
      cite(f, cited);
      f.evidence = std::min(f.evidence, evidence);  // the enum runs strongest first
      if (position && (f.positions.empty() || f.positions.back() != position)) {
        f.positions.push_back(position);
      }
    }
  }

  std::vector<SkillEvidence> result(YearMonth today) {
    derive();
    std::vector<SkillEvidence> out;
    out.reserve(found_.size());
    const std::vector<Skill>& skills = matcher_.taxonomy().skills();
    for (const auto& [index, f] : found_) {
      SkillEvidence e;
      e.skill = &skills[index];
      e.evidence = f.evidence;
      positions_.clear();
      for (const Position* position : f.positions) positions_.push_back(position);
      e.years = experience_years(positions_, today);
      e.lines.reserve(f.lines.size());
      for (std::uint32_t l : f.lines) e.lines.push_back(*lines_[l]);
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
    // The named skills that imply others, strongest first (then in taxonomy order); the map's
    // references stay valid while entries are added.
    std::vector<std::pair<std::uint32_t, const Found*>> named;
    for (const auto& [index, f] : found_) {
      if (!taxonomy.implied(index).empty()) named.emplace_back(index, &f);
    }
    std::sort(named.begin(), named.end(), [](const auto& a, const auto& b) {
      return a.second->evidence != b.second->evidence ? a.second->evidence < b.second->evidence : a.first < b.first;
    });
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
        for (std::uint32_t l : from.lines) cite(f, l);
        add_positions(f, from);
      }
    }
  }

  static void add_positions(Found& to, const Found& from) {
    for (const Position* p : from.positions) {
      if (!to.positions.contains(p)) to.positions.push_back(p);
    }
  }

 private:
  // Cites lines_[index] for the skill unless it cites that line already: the same line number (a
  // project's keywords share its line), or the same text when the line is unknown.
  void cite(Found& f, std::uint32_t index) const {
    const TextLine& line = *lines_[index];
    for (std::uint32_t i : f.lines) {
      if (i == index || (line.line > 0 ? lines_[i]->line == line.line : lines_[i]->text == line.text)) return;
    }
    f.lines.push_back(index);
  }

  const SkillMatcher& matcher_;
  MatchScratch scratch_;
  std::vector<SkillHit> hits_;
  std::deque<TextLine> made_;            // the lines keep() made
  std::vector<const TextLine*> lines_;  // every line that named a skill, each once
  std::vector<const Position*> positions_;  // result()'s scratch for one skill's positions
  std::unordered_map<std::uint32_t, Found> found_;
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
    if (a.skill->name != b.skill->name) return a.skill->name < b.skill->name;
    return a.skill->id < b.skill->id;
  });
}

std::vector<SkillEvidence> find_skill_evidence(const Profile& profile, const SkillMatcher& matcher,
                                               YearMonth today) {
  EvidenceCollector collect(matcher);
  if (!profile.person.headline.empty()) {
    collect.read(collect.keep({profile.person.headline, Section::kHeader, profile.person.headline_line}),
                 Evidence::kListed, false);
  }
  for (const TextLine& line : profile.summary) collect.read(line, Evidence::kListed, false);
  for (const Position& p : profile.positions) {
    if (!p.title.empty()) {
      collect.read(collect.keep({p.title, Section::kExperience, p.line}), Evidence::kHandsOn, false, &p);
    }
    for (const TextLine& line : p.lines) collect.read(line, Evidence::kHandsOn, false, &p);
  }
  for (const Project& p : profile.projects) {
    if (!p.name.empty()) collect.read(collect.keep({p.name, Section::kProjects, p.line}), Evidence::kHandsOn, false);
    for (const TextLine& line : p.lines) collect.read(line, Evidence::kHandsOn, false);
    for (const std::string& keyword : p.keywords) {
      collect.read(collect.keep({keyword, Section::kProjects, p.line}), Evidence::kHandsOn, true);
    }
  }
  for (const SkillGroup& group : profile.skills) {
    for (const TextLine& line : group.entries) collect.read(line, Evidence::kListed, true);
  }
  for (const Credential& c : profile.certifications) {
    collect.read(collect.keep({c.name, Section::kCertifications, c.line}), Evidence::kCertified, false);
  }
  for (const Education& e : profile.education) {
    std::string text = e.degree.empty() ? e.institution : e.degree + ", " + e.institution;
    collect.read(collect.keep({std::move(text), Section::kEducation, e.line}), Evidence::kListed, false);
  }
  for (const TextLine& line : profile.achievements) collect.read(line, Evidence::kListed, false);
  for (const TextLine& line : profile.other) collect.read(line, Evidence::kListed, false);
  return collect.result(today);
}

}  // namespace rungs
