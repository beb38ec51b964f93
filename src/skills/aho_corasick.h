// A byte-level Aho-Corasick automaton over many patterns, ASCII case-insensitive.
//
// Shallow states (the ones text sits in most of the time) have a full transition row over a
// reduced alphabet (only the bytes some pattern uses, upper case folded onto lower case). Deeper
// states are compact records (failure link, output, then their few trie edges) laid out in
// depth-first order, so following a long name reads memory in sequence. A state id carries a
// flag bit when a pattern ends in that state or on its failure chain, so the scan tests for
// output without another memory access. A 9,000-name dictionary takes a few megabytes.
#ifndef RUNGS_SKILLS_AHO_CORASICK_H_
#define RUNGS_SKILLS_AHO_CORASICK_H_

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace rungs {

class AhoCorasick {
 public:
  static constexpr std::uint32_t kNoValue = 0xFFFFFFFFu;

  // Collects patterns, then builds the automaton. ASCII letters are compared without case; other
  // bytes as they are. A pattern added twice keeps its first value.
  class Builder {
   public:
    // Adds `pattern` (ignored when empty) with the value a match reports.
    void add(std::string_view pattern, std::uint32_t value);
    // The automaton; the builder is left empty.
    AhoCorasick build();

   private:
    std::vector<std::pair<std::string, std::uint32_t>> patterns_;
  };

  AhoCorasick() = default;
  // Move-only: the tables may be views into memory this object keeps alive.
  AhoCorasick(AhoCorasick&&) noexcept = default;
  AhoCorasick& operator=(AhoCorasick&&) noexcept = default;
  AhoCorasick(const AhoCorasick&) = delete;
  AhoCorasick& operator=(const AhoCorasick&) = delete;

  // The tables in the data snapshot's binary format (common/binary_archive.h).
  void write(class BinaryWriter& out) const;
  // An automaton whose tables are read in place from `in`'s bytes, which `keep` keeps alive
  // (a mapped snapshot). Checks that every state and link is inside the tables; false, with
  // `in` failed, when they are not.
  static bool read(class BinaryReader& in, std::shared_ptr<const void> keep, AhoCorasick& out);

  // Runs over `text` and calls `on_end(end, state)` at every byte position where at least one
  // pattern ends (`end` is one past its last byte). Read the patterns ending there with
  // longest_at(state), then next_shorter() until it returns 0; longest first.
  template <typename OnEnd>
  void scan(std::string_view text, OnEnd&& on_end) const;

  // The state of the longest pattern ending where scan reported `state`.
  std::uint32_t longest_at(std::uint32_t state) const;
  // The state of the next shorter pattern ending at the same place, or 0.
  std::uint32_t next_shorter(std::uint32_t state) const { return info(state).output_link; }
  // The value and length of the pattern ending in `state` (a state from the two above).
  std::uint32_t value(std::uint32_t state) const { return info(state).value; }
  std::uint32_t length(std::uint32_t state) const { return info(state).depth; }

  std::size_t state_count() const { return state_count_; }
  std::size_t pattern_count() const { return pattern_count_; }
  std::size_t max_pattern_length() const { return max_length_; }
  // Bytes held by the tables, for the benchmark's report.
  std::size_t memory_bytes() const;

 private:
  static constexpr std::uint32_t kReports = 0x80000000u;  // flag bit on state ids
  static constexpr std::uint32_t kIdMask = ~kReports;

  // What a state says about output. Sparse states keep it at the head of their record.
  struct StateInfo {
    std::uint32_t fail;         // failure link (flagged id)
    std::uint32_t value;        // the pattern ending exactly here, or kNoValue
    std::uint32_t output_link;  // next state on the failure chain that ends a pattern, or 0
    std::uint32_t depth;
    std::uint32_t edges;        // number of (symbol, target) pairs that follow (sparse only)
  };
  static constexpr std::size_t kHeadWords = sizeof(StateInfo) / 4;

  StateInfo info(std::uint32_t state) const;
  std::uint32_t step(std::uint32_t state, std::uint32_t symbol) const;

  std::array<std::uint16_t, 256> symbol_of_{};  // byte -> alphabet symbol; 0 = in no pattern
  std::uint32_t symbols_ = 1;
  std::uint32_t dense_states_ = 0;        // ids [0, dense_states_) have a full row
  // The tables, as built (the vectors) or read from a snapshot (views kept alive by keep_);
  // scanning reads them through the views.
  std::vector<std::uint32_t> dense_;      // dense_[id * symbols_ + symbol] = flagged next id
  std::vector<StateInfo> dense_info_;
  std::vector<std::uint32_t> sparse_;     // records: id - dense_states_ is the offset of one
  std::span<const std::uint32_t> dense_view_;
  std::span<const StateInfo> dense_info_view_;
  std::span<const std::uint32_t> sparse_view_;
  std::shared_ptr<const void> keep_;
  void view_own_tables();
  std::size_t state_count_ = 0;
  std::size_t pattern_count_ = 0;
  std::size_t max_length_ = 0;
};

inline AhoCorasick::StateInfo AhoCorasick::info(std::uint32_t state) const {
  state &= kIdMask;
  if (state < dense_states_) return dense_info_view_[state];
  const std::uint32_t* r = &sparse_view_[state - dense_states_];
  return {r[0], r[1], r[2], r[3], r[4]};
}

inline std::uint32_t AhoCorasick::longest_at(std::uint32_t state) const {
  StateInfo i = info(state);
  return i.value != kNoValue ? (state & kIdMask) : i.output_link;
}

inline std::uint32_t AhoCorasick::step(std::uint32_t state, std::uint32_t symbol) const {
  state &= kIdMask;
  while (state >= dense_states_) {
    const std::uint32_t* record = &sparse_view_[state - dense_states_];
    const std::uint32_t* edge = record + kHeadWords;
    for (const std::uint32_t* last = edge + 2 * record[4]; edge < last; edge += 2) {
      if (edge[0] == symbol) return edge[1];
    }
    state = record[0] & kIdMask;
  }
  return dense_view_[static_cast<std::size_t>(state) * symbols_ + symbol];
}

template <typename OnEnd>
void AhoCorasick::scan(std::string_view text, OnEnd&& on_end) const {
  if (state_count_ == 0) return;
  std::uint32_t state = 0;
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  for (std::size_t i = 0, n = text.size(); i < n; ++i) {
    state = step(state, symbol_of_[bytes[i]]);
    if (state & kReports) on_end(i + 1, state & kIdMask);
  }
}

}  // namespace rungs

#endif  // RUNGS_SKILLS_AHO_CORASICK_H_
