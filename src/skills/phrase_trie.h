// A compressed trie of many patterns, ASCII case-insensitive, asked which patterns begin a text.
//
// The phrase matcher walks it from each place where a word can begin, so only the beginnings of
// names are states (an Aho-Corasick automaton also holds every name's every suffix, and steps on
// every byte). Chains of single children are kept as one record with their bytes inline (a
// "radix" trie), laid out depth first, so following a long name reads a few cache lines in
// sequence. The first byte is looked up in a full row of 256 entries.
#ifndef RUNGS_SKILLS_PHRASE_TRIE_H_
#define RUNGS_SKILLS_PHRASE_TRIE_H_

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace rungs {

class PhraseTrie {
 public:
  static constexpr std::uint32_t kNoValue = 0xFFFFFFFFu;

  // Collects patterns, then builds the trie. ASCII letters are compared without case; other bytes
  // as they are. A pattern added twice keeps its first value.
  class Builder {
   public:
    // Adds `pattern` (ignored when empty) with the value a match reports.
    void add(std::string_view pattern, std::uint32_t value);
    // The trie; the builder is left empty.
    PhraseTrie build();

   private:
    std::vector<std::pair<std::string, std::uint32_t>> patterns_;
  };

  PhraseTrie() = default;
  // Move-only: the tables may be views into memory this object keeps alive.
  PhraseTrie(PhraseTrie&&) noexcept = default;
  PhraseTrie& operator=(PhraseTrie&&) noexcept = default;
  PhraseTrie(const PhraseTrie&) = delete;
  PhraseTrie& operator=(const PhraseTrie&) = delete;

  // The tables in the data snapshot's binary format (common/binary_archive.h).
  void write(class BinaryWriter& out) const;
  // A trie whose tables are read in place from `in`'s bytes, which `keep` keeps alive (a mapped
  // snapshot). False, with `in` failed, when the tables' sizes do not fit; a damaged record
  // inside them ends a walk early (every link is bounds-checked and points forward), never
  // reads outside them.
  static bool read(class BinaryReader& in, std::shared_ptr<const void> keep, PhraseTrie& out);

  // Whether some pattern begins with `byte`: the one lookup most places in a text need.
  bool may_begin_with(unsigned char byte) const { return root_[byte] != 0; }

  // Calls `on_prefix(length, value)` for every pattern that `text` begins with, shortest first.
  template <typename OnPrefix>
  void prefixes(std::string_view text, OnPrefix&& on_prefix) const;

  std::size_t pattern_count() const { return pattern_count_; }
  // Bytes held by the tables, for the benchmark's report.
  std::size_t memory_bytes() const { return root_.size() * 4 + nodes_view_.size_bytes(); }

 private:
  // A record at offset `o` of the node words: [value, label bytes | child count << 16, the label
  // (the bytes after the one its parent matched) packed 4 a word, the children's first bytes
  // packed 4 a word, the children's offsets]. Offset 0 is no node.
  static constexpr std::uint32_t kHeadWords = 2;
  static constexpr std::uint32_t words_for(std::uint32_t bytes) { return (bytes + 3) / 4; }

  std::array<std::uint32_t, 256> root_{};  // first byte (either case) -> record offset
  std::vector<std::uint32_t> nodes_;       // as built; read through nodes_view_
  std::span<const std::uint32_t> nodes_view_;
  std::shared_ptr<const void> keep_;       // the snapshot the view lies in
  std::size_t pattern_count_ = 0;
};

namespace phrase_trie_detail {
// ASCII upper case onto lower case; other bytes unchanged.
inline constexpr std::array<unsigned char, 256> kFold = [] {
  std::array<unsigned char, 256> fold{};
  for (int b = 0; b < 256; ++b) fold[b] = static_cast<unsigned char>(b >= 'A' && b <= 'Z' ? b - 'A' + 'a' : b);
  return fold;
}();

// The index of `c` among `symbols[0, count)`, or `count`. With four or more children the
// record's offsets follow the symbols (4 bytes each), so 16 bytes read from any symbol stay
// inside the record: compared 16 at a time where SSE2 is there (every x86-64).
inline std::uint32_t find_byte(const unsigned char* symbols, std::uint32_t count, unsigned char c) {
#if defined(__SSE2__)
  if (count >= 4) {
    const __m128i wanted = _mm_set1_epi8(static_cast<char>(c));
    for (std::uint32_t at = 0; at < count; at += 16) {
      __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(symbols + at));
      auto mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(chunk, wanted)));
      if (mask != 0) {
        const std::uint32_t k = at + static_cast<std::uint32_t>(__builtin_ctz(mask));
        return k < count ? k : count;
      }
    }
    return count;
  }
#endif
  std::uint32_t k = 0;
  while (k < count && symbols[k] != c) ++k;
  return k;
}
}  // namespace phrase_trie_detail

template <typename OnPrefix>
void PhraseTrie::prefixes(std::string_view text, OnPrefix&& on_prefix) const {
  using phrase_trie_detail::kFold;
  if (text.empty()) return;
  const auto* t = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  const std::size_t limit = nodes_view_.size();
  const std::uint32_t* words = nodes_view_.data();
  std::uint32_t node = root_[t[0]];
  std::size_t i = 1;

  while (node != 0 && node + kHeadWords <= limit) {
    const std::uint32_t* record = words + node;
    const std::uint32_t label_length = record[1] & 0xFFFFu;
    const std::uint32_t children = record[1] >> 16;
    const std::uint32_t label_words = words_for(label_length);
    const std::uint32_t symbol_words = words_for(children);
    if (node + kHeadWords + label_words + symbol_words + children > limit) return;
    const auto* label = reinterpret_cast<const unsigned char*>(record + kHeadWords);
    if (label_length > n - i) return;
    for (std::uint32_t k = 0; k < label_length; ++k) {
      if (kFold[t[i + k]] != label[k]) return;
    }
    i += label_length;
    if (record[0] != kNoValue) on_prefix(i, record[0]);
    if (i == n || children == 0) return;
    const unsigned char* symbols = label + 4 * label_words;
    const unsigned char c = kFold[t[i]];
    const std::uint32_t k = phrase_trie_detail::find_byte(symbols, children, c);
    if (k == children) return;
    const std::uint32_t next = record[kHeadWords + label_words + symbol_words + k];
    if (next <= node) return;  // records lie depth first: a link back is damage, and would loop
    node = next;
    ++i;
  }
}

}  // namespace rungs

#endif  // RUNGS_SKILLS_PHRASE_TRIE_H_
