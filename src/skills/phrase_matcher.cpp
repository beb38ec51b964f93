#include "rungs/phrase_matcher.h"

#include "common/binary_archive.h"
#include "skills/phrase_trie.h"
#include "skills/match_text.h"
#include "skills/word_boundary.h"

namespace rungs {

PhraseMatcher::PhraseMatcher() : PhraseMatcher(std::vector<Phrase>{}) {}

PhraseMatcher::PhraseMatcher(const std::vector<Phrase>& phrases) {
  PhraseTrie::Builder builder;
  for (const Phrase& p : phrases) {
    std::string pattern = normalise_pattern(p.text);
    if (pattern.empty()) continue;
    builder.add(pattern, static_cast<std::uint32_t>(phrases_.size()));
    phrases_.push_back({"", p.id, p.ambiguous});
  }
  trie_ = std::make_unique<PhraseTrie>(builder.build());
}

PhraseMatcher::~PhraseMatcher() = default;
PhraseMatcher::PhraseMatcher(PhraseMatcher&&) noexcept = default;
PhraseMatcher& PhraseMatcher::operator=(PhraseMatcher&&) noexcept = default;

std::string_view PhraseMatcher::find(std::string_view text, MatchScratch& scratch,
                                     std::vector<PhraseHit>& hits) const {
  std::string_view normal = normalise_for_match(text, scratch.text, scratch.code_points);
  const PhraseTrie& trie = *trie_;
  const auto* bytes = reinterpret_cast<const unsigned char*>(normal.data());
  // Leftmost-longest: from each place a name may begin, left to right, the longest phrase there
  // that stands alone; the search goes on after it, so no two hits overlap.
  const std::size_t size = normal.size();
  for (std::size_t begin = 0; begin < size;) {
    if (trie.may_begin_with(bytes[begin]) && may_begin_name(normal, begin)) {
      std::size_t end = 0;
      std::uint32_t found = 0;
      trie.prefixes(normal.substr(begin), [&](std::size_t length, std::uint32_t value) {
        if (value < phrases_.size() && stands_alone(normal, begin, begin + length, phrases_[value].ambiguous)) {
          end = begin + length;
          found = value;
        }
      });
      if (end != 0) {
        const Phrase& phrase = phrases_[found];
        hits.push_back({phrase.id, static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end), phrase.ambiguous});
        begin = end;
        continue;
      }
    }
    // On to the next place a name may begin: the rest of an ASCII word is passed in one run.
    if (ascii_word_byte(static_cast<char>(bytes[begin++]))) {
      while (begin < size && ascii_word_byte(static_cast<char>(bytes[begin]))) ++begin;
    }
  }
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
  trie_->write(out);
}

bool PhraseMatcher::read(BinaryReader& in, std::shared_ptr<const void> keep, PhraseMatcher& out) {
  PhraseMatcher m;
  m.phrases_.resize(in.count());
  for (Phrase& p : m.phrases_) {
    in.field(p.id);
    in.field(p.ambiguous);
  }
  if (!PhraseTrie::read(in, std::move(keep), *m.trie_)) return false;
  // Every value the trie reports indexes phrases_: its patterns were added in that order. A
  // damaged value inside the trie is caught where it is reported (find()).
  if (m.trie_->pattern_count() > m.phrases_.size()) {
    in.fail();
    return false;
  }
  out = std::move(m);
  return true;
}

std::size_t PhraseMatcher::phrase_count() const { return trie_->pattern_count(); }

std::size_t PhraseMatcher::memory_bytes() const {
  return trie_->memory_bytes() + phrases_.size() * sizeof(Phrase);
}

}  // namespace rungs
