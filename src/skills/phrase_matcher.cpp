#include "rungs/phrase_matcher.h"

#include "common/binary_archive.h"
#include "skills/aho_corasick.h"
#include "skills/match_text.h"
#include "skills/word_boundary.h"

namespace rungs {
namespace {

// Leftmost-longest: `hit` replaces the hits after `first` that start at or after it (it ends
// later, so it covers them), unless an earlier hit overlaps its start.
void offer(std::vector<PhraseHit>& hits, std::size_t first, const PhraseHit& hit) {
  std::size_t k = hits.size();
  while (k > first && hits[k - 1].begin >= hit.begin) --k;
  if (k > first && hits[k - 1].end > hit.begin) return;
  hits.resize(k);
  hits.push_back(hit);
}

}  // namespace

PhraseMatcher::PhraseMatcher() : PhraseMatcher(std::vector<Phrase>{}) {}

PhraseMatcher::PhraseMatcher(const std::vector<Phrase>& phrases) {
  AhoCorasick::Builder builder;
  for (const Phrase& p : phrases) {
    std::string pattern = normalise_pattern(p.text);
    if (pattern.empty()) continue;
    builder.add(pattern, static_cast<std::uint32_t>(phrases_.size()));
    phrases_.push_back({"", p.id, p.ambiguous});
  }
  automaton_ = std::make_unique<AhoCorasick>(builder.build());
}

PhraseMatcher::~PhraseMatcher() = default;
PhraseMatcher::PhraseMatcher(PhraseMatcher&&) noexcept = default;
PhraseMatcher& PhraseMatcher::operator=(PhraseMatcher&&) noexcept = default;

std::string_view PhraseMatcher::find(std::string_view text, MatchScratch& scratch,
                                     std::vector<PhraseHit>& hits) const {
  std::string_view normal = normalise_for_match(text, scratch.text, scratch.code_points);
  const AhoCorasick& ac = *automaton_;
  const std::size_t first = hits.size();
  ac.scan(normal, [&](std::size_t end, std::uint32_t state) {
    // Every phrase ending here ends in the same byte: inside a word ("c" of "clinic", "go" of
    // "good"), none stands alone, so no state is looked at.
    if (end < normal.size() && ascii_word_byte(normal[end]) && ascii_word_byte(normal[end - 1])) return;
    for (std::uint32_t s = ac.longest_at(state); s != 0; s = ac.next_shorter(s)) {
      const Phrase& phrase = phrases_[ac.value(s)];
      std::size_t begin = end - ac.length(s);
      if (!stands_alone(normal, begin, end, phrase.ambiguous)) continue;
      offer(hits, first,
            {phrase.id, static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end),
             phrase.ambiguous});
      break;  // shorter phrases ending here start later and lie inside this one
    }
  });
  return normal;
}

std::vector<PhraseHit> PhraseMatcher::find(std::string_view text) const {
  MatchScratch scratch;
  std::vector<PhraseHit> hits;
  find(text, scratch, hits);
  return hits;
}

void PhraseMatcher::write(BinaryWriter& out) const {
  out.field(static_cast<std::uint32_t>(phrases_.size()));
  for (const Phrase& p : phrases_) {
    out.field(p.id);
    out.field(p.ambiguous);
  }
  automaton_->write(out);
}

bool PhraseMatcher::read(BinaryReader& in, std::shared_ptr<const void> keep, PhraseMatcher& out) {
  PhraseMatcher m;
  m.phrases_.resize(in.count());
  for (Phrase& p : m.phrases_) {
    in.field(p.id);
    in.field(p.ambiguous);
  }
  if (!AhoCorasick::read(in, std::move(keep), *m.automaton_)) return false;
  // Every value the automaton reports indexes phrases_: its patterns were added in that order.
  if (m.automaton_->pattern_count() > m.phrases_.size()) {
    in.fail();
    return false;
  }
  out = std::move(m);
  return true;
}

std::size_t PhraseMatcher::phrase_count() const { return automaton_->pattern_count(); }

std::size_t PhraseMatcher::memory_bytes() const {
  return automaton_->memory_bytes() + phrases_.size() * sizeof(Phrase);
}

}  // namespace rungs
