#include "rungs/skill_matcher.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "skills/aho_corasick.h"
#include "skills/match_text.h"
#include "skills/word_boundary.h"

namespace rungs {
namespace {

// Leftmost-longest: `hit` replaces the hits after `first` that start at or after it (it ends
// later, so it covers them), unless an earlier hit overlaps its start.
void offer(std::vector<SkillHit>& hits, std::size_t first, const SkillHit& hit) {
  std::size_t k = hits.size();
  while (k > first && hits[k - 1].begin >= hit.begin) --k;
  if (k > first && hits[k - 1].end > hit.begin) return;
  hits.resize(k);
  hits.push_back(hit);
}

// True when the text between two names only separates items of a list: punctuation, spaces and
// the words of "Java and Go", "Kafka with Go", "Go, PostgreSQL or gRPC".
bool is_list_gap(std::string_view gap) {
  constexpr std::size_t kMaxGap = 24;
  constexpr std::array<std::string_view, 8> kWords = {"and", "or", "with", "in", "using", "on", "plus", "via"};
  if (gap.size() > kMaxGap) return false;
  std::size_t i = 0;
  while (i < gap.size()) {
    char c = gap[i];
    if (std::isalnum(static_cast<unsigned char>(c))) {
      std::size_t start = i;
      while (i < gap.size() && std::isalnum(static_cast<unsigned char>(gap[i]))) ++i;
      std::string_view word = gap.substr(start, i - start);
      auto same = [word](std::string_view known) {
        return word.size() == known.size() &&
               std::equal(word.begin(), word.end(), known.begin(), [](char a, char b) {
                 return std::tolower(static_cast<unsigned char>(a)) == b;
               });
      };
      if (std::none_of(kWords.begin(), kWords.end(), same)) return false;
      continue;
    }
    if (std::string_view(" \t,;/|&()[]+:-").find(c) == std::string_view::npos) return false;
    ++i;
  }
  return true;
}

}  // namespace

SkillMatcher::SkillMatcher(Taxonomy taxonomy) : taxonomy_(std::move(taxonomy)) {
  AhoCorasick::Builder builder;
  const std::vector<Skill>& skills = taxonomy_.skills();
  for (std::size_t i = 0; i < skills.size(); ++i) {
    const Skill& s = skills[i];
    std::vector<std::string> ambiguous;
    for (const std::string& name : s.ambiguous) ambiguous.push_back(normalise_pattern(name));
    auto add = [&](const std::string& name) {
      std::string pattern = normalise_pattern(name);
      if (pattern.empty()) return;
      bool is_ambiguous = std::find(ambiguous.begin(), ambiguous.end(), pattern) != ambiguous.end();
      builder.add(pattern, static_cast<std::uint32_t>(names_.size()));
      names_.push_back({static_cast<std::uint32_t>(i), is_ambiguous});
    };
    add(s.name);
    for (const std::string& alias : s.aliases) add(alias);
    if (!s.onet.empty()) add(s.onet);
  }
  automaton_ = std::make_unique<AhoCorasick>(builder.build());
}

SkillMatcher::~SkillMatcher() = default;
SkillMatcher::SkillMatcher(SkillMatcher&&) noexcept = default;
SkillMatcher& SkillMatcher::operator=(SkillMatcher&&) noexcept = default;

std::string_view SkillMatcher::find(std::string_view text, MatchScratch& scratch,
                                    std::vector<SkillHit>& hits) const {
  std::string_view normal = normalise_for_match(text, scratch.text, scratch.code_points);
  const AhoCorasick& ac = *automaton_;
  const std::size_t first = hits.size();
  ac.scan(normal, [&](std::size_t end, std::uint32_t state) {
    for (std::uint32_t s = ac.longest_at(state); s != 0; s = ac.next_shorter(s)) {
      const Name& name = names_[ac.value(s)];
      std::size_t begin = end - ac.length(s);
      if (!stands_alone(normal, begin, end, name.ambiguous)) continue;
      offer(hits, first,
            {name.skill, static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end),
             name.ambiguous});
      break;  // shorter names ending here start later and lie inside this one
    }
  });
  return normal;
}

std::vector<SkillHit> SkillMatcher::find(std::string_view text) const {
  MatchScratch scratch;
  std::vector<SkillHit> hits;
  find(text, scratch, hits);
  return hits;
}

std::size_t SkillMatcher::name_count() const { return automaton_->pattern_count(); }

std::size_t SkillMatcher::memory_bytes() const {
  return automaton_->memory_bytes() + names_.size() * sizeof(Name);
}

void keep_in_context(std::string_view text, std::vector<SkillHit>& line_hits, bool in_skills_list) {
  auto ambiguous = [](const SkillHit& h) { return h.ambiguous; };
  if (in_skills_list || std::none_of(line_hits.begin(), line_hits.end(), ambiguous)) return;
  std::vector<bool> keep(line_hits.size());
  for (std::size_t i = 0; i < line_hits.size(); ++i) keep[i] = !line_hits[i].ambiguous;
  auto listed_together = [&](std::size_t a, std::size_t b) {  // a before b
    return is_list_gap(text.substr(line_hits[a].end, line_hits[b].begin - line_hits[a].end));
  };
  // Forward, then backward, so that "Go (Gin, GORM)" keeps Go through Gin through GORM.
  for (std::size_t i = 1; i < line_hits.size(); ++i) {
    if (!keep[i] && keep[i - 1] && listed_together(i - 1, i)) keep[i] = true;
  }
  for (std::size_t i = line_hits.size(); i-- > 1;) {
    if (!keep[i - 1] && keep[i] && listed_together(i - 1, i)) keep[i - 1] = true;
  }
  std::size_t out = 0;
  for (std::size_t i = 0; i < line_hits.size(); ++i) {
    if (keep[i]) line_hits[out++] = line_hits[i];
  }
  line_hits.resize(out);
}

}  // namespace rungs
