#include "skills/aho_corasick.h"

#include <algorithm>
#include <unordered_set>

namespace rungs {
namespace {

// States up to this depth get a full row, as long as there are no more than kMaxDenseStates.
constexpr std::uint32_t kDenseDepth = 3;
constexpr std::size_t kMaxDenseStates = 1u << 15;

char fold_ascii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// The trie while it is built: each node's children as (symbol, node) pairs, sorted by symbol.
struct Trie {
  std::vector<std::vector<std::pair<std::uint32_t, std::uint32_t>>> children{{}};
  std::vector<std::uint32_t> value{AhoCorasick::kNoValue};
  std::vector<std::uint32_t> depth{0};

  std::uint32_t child(std::uint32_t node, std::uint32_t symbol) const {
    const auto& list = children[node];
    auto it = std::lower_bound(list.begin(), list.end(), std::make_pair(symbol, std::uint32_t{0}));
    return it != list.end() && it->first == symbol ? it->second : 0;
  }

  std::uint32_t add_child(std::uint32_t node, std::uint32_t symbol) {
    auto& list = children[node];
    auto it = std::lower_bound(list.begin(), list.end(), std::make_pair(symbol, std::uint32_t{0}));
    if (it != list.end() && it->first == symbol) return it->second;
    auto id = static_cast<std::uint32_t>(children.size());
    list.insert(it, {symbol, id});
    std::uint32_t d = depth[node] + 1;
    children.emplace_back();  // may move `list`; it is not used again
    value.push_back(AhoCorasick::kNoValue);
    depth.push_back(d);
    return id;
  }
};

}  // namespace

void AhoCorasick::Builder::add(std::string_view pattern, std::uint32_t value) {
  if (pattern.empty()) return;
  std::string folded(pattern);
  for (char& c : folded) c = fold_ascii(c);
  patterns_.emplace_back(std::move(folded), value);
}

AhoCorasick AhoCorasick::Builder::build() {
  AhoCorasick ac;
  // The alphabet: one symbol per byte that some pattern uses; A-Z share a-z's symbols.
  for (const auto& [pattern, value] : patterns_) {
    for (char c : pattern) {
      auto b = static_cast<unsigned char>(c);
      if (ac.symbol_of_[b] == 0) ac.symbol_of_[b] = static_cast<std::uint16_t>(ac.symbols_++);
    }
  }
  for (int c = 'A'; c <= 'Z'; ++c) ac.symbol_of_[c] = ac.symbol_of_[c - 'A' + 'a'];

  Trie trie;
  std::unordered_set<std::string_view> seen;
  for (const auto& [pattern, value] : patterns_) {
    if (!seen.insert(pattern).second) continue;
    std::uint32_t node = 0;
    for (char c : pattern) node = trie.add_child(node, ac.symbol_of_[static_cast<unsigned char>(c)]);
    trie.value[node] = value;
    ac.max_length_ = std::max(ac.max_length_, pattern.size());
  }
  ac.pattern_count_ = seen.size();
  const std::size_t n = trie.children.size();
  ac.state_count_ = n;

  // Failure links, breadth first (a node's link is always shallower than the node).
  std::vector<std::uint32_t> bfs{0};
  bfs.reserve(n);
  for (std::size_t i = 0; i < bfs.size(); ++i) {
    for (const auto& edge : trie.children[bfs[i]]) bfs.push_back(edge.second);
  }
  std::vector<std::uint32_t> fail(n, 0);
  std::vector<std::uint32_t> output(n, 0);  // trie node of the next pattern on the chain
  std::vector<bool> reports(n, false);
  for (std::uint32_t node : bfs) {
    for (const auto& [symbol, target] : trie.children[node]) {
      std::uint32_t f = 0;
      if (node != 0) {
        f = fail[node];
        while (f != 0 && trie.child(f, symbol) == 0) f = fail[f];
        f = trie.child(f, symbol);
      }
      fail[target] = f;
      output[target] = trie.value[f] != kNoValue ? f : output[f];
      reports[target] = trie.value[target] != kNoValue || output[target] != 0;
    }
  }

  // Ids: the shallow states breadth first (they get rows), then the deep ones depth first, each
  // at the offset of its record.
  std::vector<std::uint32_t> id(n, 0);
  std::size_t dense = 0;
  while (dense < n && trie.depth[bfs[dense]] <= kDenseDepth && dense < kMaxDenseStates) ++dense;
  ac.dense_states_ = static_cast<std::uint32_t>(dense);
  for (std::size_t i = 0; i < dense; ++i) id[bfs[i]] = static_cast<std::uint32_t>(i);
  std::vector<std::uint32_t> deep_order;  // depth first from each deep root, children in order
  std::vector<std::uint32_t> stack;
  std::size_t offset = 0;
  std::vector<bool> placed(n, false);
  for (std::size_t i = dense; i < n; ++i) {
    if (placed[bfs[i]]) continue;  // breadth first, so an unplaced node roots a deep subtree
    stack.push_back(bfs[i]);
    while (!stack.empty()) {
      std::uint32_t node = stack.back();
      stack.pop_back();
      deep_order.push_back(node);
      placed[node] = true;
      id[node] = static_cast<std::uint32_t>(dense + offset);
      offset += kHeadWords + 2 * trie.children[node].size();
      const auto& kids = trie.children[node];
      for (auto it = kids.rbegin(); it != kids.rend(); ++it) stack.push_back(it->second);
    }
  }
  if (offset + dense >= kReports) return AhoCorasick();  // too large to address: match nothing
  auto flagged = [&](std::uint32_t node) { return id[node] | (reports[node] ? kReports : 0); };
  auto info_of = [&](std::uint32_t node) {
    return StateInfo{flagged(fail[node]), trie.value[node], output[node] ? id[output[node]] : 0,
                     trie.depth[node], static_cast<std::uint32_t>(trie.children[node].size())};
  };

  const std::uint32_t width = ac.symbols_;
  ac.dense_.assign(dense * width, 0);
  ac.dense_info_.resize(dense);
  for (std::size_t i = 0; i < dense; ++i) {
    std::uint32_t node = bfs[i];
    ac.dense_info_[i] = info_of(node);
    std::uint32_t* row = &ac.dense_[i * width];
    if (i != 0) {  // start from the failure state's row, which is shallower and done already
      const std::uint32_t* fail_row = &ac.dense_[static_cast<std::size_t>(id[fail[node]]) * width];
      std::copy(fail_row, fail_row + width, row);
    }
    for (const auto& [symbol, target] : trie.children[node]) row[symbol] = flagged(target);
  }
  ac.sparse_.reserve(offset);
  for (std::uint32_t node : deep_order) {
    StateInfo head = info_of(node);
    ac.sparse_.insert(ac.sparse_.end(),
                      {head.fail, head.value, head.output_link, head.depth, head.edges});
    for (const auto& [symbol, target] : trie.children[node]) {
      ac.sparse_.push_back(symbol);
      ac.sparse_.push_back(flagged(target));
    }
  }
  patterns_.clear();
  return ac;
}

std::size_t AhoCorasick::memory_bytes() const {
  return dense_.size() * 4 + dense_info_.size() * sizeof(StateInfo) + sparse_.size() * 4;
}

}  // namespace rungs
