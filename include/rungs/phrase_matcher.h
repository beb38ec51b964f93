// Finds many phrases in text at once: a trie of the phrases walked from each place a word may
// begin in the Unicode-normalised, case-folded text; whole words only, the longest phrase winning.
// The skill matcher is built on it.
#ifndef RUNGS_PHRASE_MATCHER_H_
#define RUNGS_PHRASE_MATCHER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace rungs {

class PhraseTrie;
class BinaryWriter;
class BinaryReader;

// A phrase to look for and what finding it means.
struct Phrase {
  std::string text;
  std::uint32_t id = 0;    // reported with each hit (a skill index, a signal index, ...)
  bool ambiguous = false;  // an ordinary word too: must not be joined to a neighbour by - & .
};

// One phrase found in text.
struct PhraseHit {
  std::uint32_t id = 0;
  std::uint32_t begin = 0;  // bytes [begin, end) of the text that find() returned
  std::uint32_t end = 0;
  bool ambiguous = false;
};

// Buffers one thread reuses across find() calls so that matching allocates almost nothing.
struct MatchScratch {
  std::string text;
  std::vector<std::int32_t> code_points;
};

// Immutable once built; one matcher serves every thread.
class PhraseMatcher {
 public:
  // Phrases that normalise to the same text keep the first one's id.
  explicit PhraseMatcher(const std::vector<Phrase>& phrases);
  PhraseMatcher();
  ~PhraseMatcher();
  PhraseMatcher(PhraseMatcher&&) noexcept;
  PhraseMatcher& operator=(PhraseMatcher&&) noexcept;

  // Appends to `hits` every phrase in `text`: leftmost-longest, no two overlapping, in text
  // order. Returns the text the offsets refer to: `text` itself when it is ASCII, else its
  // normalised form in `scratch`.
  std::string_view find(std::string_view text, MatchScratch& scratch,
                        std::vector<PhraseHit>& hits) const;
  // The same, for one-off calls.
  std::vector<PhraseHit> find(std::string_view text) const;

  // The number of distinct phrases, and the matcher's size in bytes.
  std::size_t phrase_count() const;
  std::size_t memory_bytes() const;

  // The built matcher in the data snapshot's binary format, and back: read() uses the
  // trie's tables in place in `in`'s bytes, which `keep` keeps alive. False (with `in`
  // failed) when the bytes are not a matcher.
  void write(BinaryWriter& out) const;
  static bool read(BinaryReader& in, std::shared_ptr<const void> keep, PhraseMatcher& out);

 private:
  std::vector<Phrase> phrases_;  // normalised text dropped; id and ambiguity by trie value
  std::unique_ptr<PhraseTrie> trie_;
};

}  // namespace rungs

#endif  // RUNGS_PHRASE_MATCHER_H_
