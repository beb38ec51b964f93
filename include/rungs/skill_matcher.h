// Finds the skills of a Taxonomy named in text: a trie of their names walked from each place a word
// may begin in the Unicode-normalised, case-folded text (rungs/phrase_matcher.h), with word boundaries that know "C++", "C#", ".NET" and
// "Node.js", and the longest name winning ("Spring Boot" over "Spring").
#ifndef RUNGS_SKILL_MATCHER_H_
#define RUNGS_SKILL_MATCHER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "rungs/phrase_matcher.h"
#include "rungs/taxonomy.h"

namespace rungs {

// One skill name found in text: `id` is the skill's index in Taxonomy::skills().
using SkillHit = PhraseHit;

// Immutable once built, so one matcher serves every thread of a batch or a server.
class SkillMatcher {
 public:
  // Builds the matcher over every name and alias of every skill. Where two skills share a
  // name, the earlier skill keeps it (curated skills come before O*NET ones).
  explicit SkillMatcher(Taxonomy taxonomy);
  // A matcher whose trie was built before (the data snapshot's): `phrases` must have been
  // built by SkillMatcher(taxonomy) over this same taxonomy.
  SkillMatcher(Taxonomy taxonomy, PhraseMatcher phrases);
  // The built phrase matcher, for the data snapshot.
  const PhraseMatcher& phrases() const { return phrases_; }

  // Appends to `hits` every skill name in `text`: leftmost-longest, no two overlapping, in text
  // order, ambiguous names included (keep_in_context filters them). Returns the text the hits'
  // offsets refer to: `text` itself when it is ASCII, else its normalised form in `scratch`.
  std::string_view find(std::string_view text, MatchScratch& scratch,
                        std::vector<SkillHit>& hits) const;
  // The same, for one-off calls.
  std::vector<SkillHit> find(std::string_view text) const;

  const Taxonomy& taxonomy() const { return taxonomy_; }
  const Skill& skill(const SkillHit& hit) const { return taxonomy_.skills()[hit.id]; }
  // The number of distinct names the matcher knows, and its size in bytes.
  std::size_t name_count() const;
  std::size_t memory_bytes() const;

 private:
  Taxonomy taxonomy_;
  PhraseMatcher phrases_;
};

// Drops the ambiguous hits of one line (`text` as find() returned it) unless the line is in a
// skills list or the name is listed together with another skill that counts: "Go" stays in
// "Languages: Java, Go" and "services in Java and Go", not in "Go Sooners!" or "make sound
// decisions about microservices".
void keep_in_context(std::string_view text, std::vector<SkillHit>& line_hits, bool in_skills_list);

}  // namespace rungs

#endif  // RUNGS_SKILL_MATCHER_H_
