#include "skills/aho_corasick.h"

#include <algorithm>
#include <span>

#include "common/binary_archive.h"

namespace rungs {
namespace {

// States up to this depth get a full row, as long as there are no more than kMaxDenseStates.
constexpr std::uint32_t kDenseDepth = 3;
constexpr std::size_t kMaxDenseStates = 1u << 15;

char fold_ascii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// The trie while the automaton is built, in flat arrays: node 0 is the root, and each node's
// children are the (symbol, node) pairs edges[first_child[node] .. first_child[node + 1]), sorted
// by symbol.
struct Trie {
  std::vector<std::uint32_t> value{AhoCorasick::kNoValue};
  std::vector<std::uint32_t> depth{0};
  std::vector<std::uint32_t> first_child;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;

  std::size_t size() const { return value.size(); }

  std::span<const std::pair<std::uint32_t, std::uint32_t>> children(std::uint32_t node) const {
    return {edges.data() + first_child[node], edges.data() + first_child[node + 1]};
  }

  std::uint32_t child(std::uint32_t node, std::uint32_t symbol) const {
    auto list = children(node);
    auto it = std::lower_bound(list.begin(), list.end(), std::make_pair(symbol, std::uint32_t{0}));
    return it != list.end() && it->first == symbol ? it->second : 0;
  }
};

// The trie of `patterns` (sorted, each once): consecutive patterns share their common prefix,
// so each new node hangs off the path of the pattern before it.
Trie build_trie(const std::vector<std::pair<std::string_view, std::uint32_t>>& patterns,
                const std::array<std::uint16_t, 256>& symbol_of) {
  Trie trie;
  struct Edge {
    std::uint32_t parent, symbol, node;
  };
  std::vector<Edge> edges;
  std::vector<std::uint32_t> path{0};  // the nodes of the previous pattern, by depth
  std::string_view previous;
  for (const auto& [pattern, value] : patterns) {
    std::size_t common = 0;
    while (common < pattern.size() && common < previous.size() && pattern[common] == previous[common]) {
      ++common;
    }
    path.resize(common + 1);
    for (std::size_t i = common; i < pattern.size(); ++i) {
      auto node = static_cast<std::uint32_t>(trie.size());
      edges.push_back({path.back(), symbol_of[static_cast<unsigned char>(pattern[i])], node});
      trie.value.push_back(AhoCorasick::kNoValue);
      trie.depth.push_back(static_cast<std::uint32_t>(i + 1));
      path.push_back(node);
    }
    trie.value[path.back()] = value;
    previous = pattern;
  }
  // Group the edges by parent (counting sort), then order each node's children by symbol.
  trie.first_child.assign(trie.size() + 1, 0);
  for (const Edge& e : edges) ++trie.first_child[e.parent + 1];
  for (std::size_t i = 1; i < trie.first_child.size(); ++i) trie.first_child[i] += trie.first_child[i - 1];
  trie.edges.resize(edges.size());
  std::vector<std::uint32_t> next(trie.first_child.begin(), trie.first_child.end() - 1);
  for (const Edge& e : edges) trie.edges[next[e.parent]++] = {e.symbol, e.node};
  for (std::size_t node = 0; node < trie.size(); ++node) {
    std::sort(trie.edges.begin() + trie.first_child[node], trie.edges.begin() + trie.first_child[node + 1]);
  }
  return trie;
}

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

  // Each pattern once (the first value wins), sorted so that shared prefixes are neighbours.
  std::vector<std::pair<std::string_view, std::uint32_t>> sorted;
  sorted.reserve(patterns_.size());
  for (const auto& [pattern, value] : patterns_) sorted.emplace_back(pattern, value);
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  sorted.erase(std::unique(sorted.begin(), sorted.end(),
                           [](const auto& a, const auto& b) { return a.first == b.first; }),
               sorted.end());
  for (const auto& [pattern, value] : sorted) ac.max_length_ = std::max(ac.max_length_, pattern.size());
  ac.pattern_count_ = sorted.size();
  const Trie trie = build_trie(sorted, ac.symbol_of_);
  const std::size_t n = trie.size();
  ac.state_count_ = n;

  // Failure links, breadth first (a node's link is always shallower than the node).
  std::vector<std::uint32_t> bfs{0};
  bfs.reserve(n);
  for (std::size_t i = 0; i < bfs.size(); ++i) {
    for (const auto& edge : trie.children(bfs[i])) bfs.push_back(edge.second);
  }
  std::vector<std::uint32_t> fail(n, 0);
  std::vector<std::uint32_t> output(n, 0);  // trie node of the next pattern on the chain
  std::vector<bool> reports(n, false);
  for (std::uint32_t node : bfs) {
    for (const auto& [symbol, target] : trie.children(node)) {
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
      offset += kHeadWords + 2 * trie.children(node).size();
      const auto& kids = trie.children(node);
      for (auto it = kids.rbegin(); it != kids.rend(); ++it) stack.push_back(it->second);
    }
  }
  if (offset + dense >= kReports) return AhoCorasick();  // too large to address: match nothing
  auto flagged = [&](std::uint32_t node) { return id[node] | (reports[node] ? kReports : 0); };
  auto info_of = [&](std::uint32_t node) {
    return StateInfo{flagged(fail[node]), trie.value[node], output[node] ? id[output[node]] : 0,
                     trie.depth[node], static_cast<std::uint32_t>(trie.children(node).size())};
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
    for (const auto& [symbol, target] : trie.children(node)) row[symbol] = flagged(target);
  }
  ac.sparse_.reserve(offset);
  for (std::uint32_t node : deep_order) {
    StateInfo head = info_of(node);
    ac.sparse_.insert(ac.sparse_.end(),
                      {head.fail, head.value, head.output_link, head.depth, head.edges});
    for (const auto& [symbol, target] : trie.children(node)) {
      ac.sparse_.push_back(symbol);
      ac.sparse_.push_back(flagged(target));
    }
  }
  patterns_.clear();
  ac.view_own_tables();
  return ac;
}

void AhoCorasick::view_own_tables() {
  dense_view_ = dense_;
  dense_info_view_ = dense_info_;
  sparse_view_ = sparse_;
}

std::size_t AhoCorasick::memory_bytes() const {
  return dense_view_.size_bytes() + dense_info_view_.size_bytes() + sparse_view_.size_bytes();
}

void AhoCorasick::write(BinaryWriter& out) const {
  out.array<std::uint16_t>(symbol_of_);
  for (std::uint64_t n : {std::uint64_t{symbols_}, std::uint64_t{dense_states_}, std::uint64_t{state_count_},
                          std::uint64_t{pattern_count_}, std::uint64_t{max_length_}}) {
    out.field(n);
  }
  out.array(dense_view_);
  out.array(dense_info_view_);
  out.array(sparse_view_);
}

bool AhoCorasick::read(BinaryReader& in, std::shared_ptr<const void> keep, AhoCorasick& out) {
  AhoCorasick ac;
  std::span<const std::uint16_t> symbols = in.array<std::uint16_t>();
  std::uint64_t n[5] = {};
  for (std::uint64_t& v : n) in.field(v);
  ac.dense_view_ = in.array<std::uint32_t>();
  ac.dense_info_view_ = in.array<StateInfo>();
  ac.sparse_view_ = in.array<std::uint32_t>();
  if (!in.ok() || symbols.size() != ac.symbol_of_.size()) {
    in.fail();
    return false;
  }
  std::copy(symbols.begin(), symbols.end(), ac.symbol_of_.begin());
  ac.symbols_ = static_cast<std::uint32_t>(n[0]);
  ac.dense_states_ = static_cast<std::uint32_t>(n[1]);
  ac.state_count_ = n[2];
  ac.pattern_count_ = n[3];
  ac.max_length_ = n[4];
  // Every table the size its counts say, every symbol inside the alphabet. The links inside the
  // tables are not walked (that would cost what the snapshot saves): the snapshot's checksum
  // stands for them, and whoever can write the snapshot can write the binary too.
  const bool sizes = n[0] > 0 && n[0] <= 257 && n[1] == ac.dense_info_view_.size() &&
                     ac.dense_view_.size() == n[0] * n[1] && (n[1] > 0 || ac.state_count_ == 0);
  const bool alphabet = std::all_of(symbols.begin(), symbols.end(), [&](std::uint16_t s) { return s < n[0]; });
  if (!sizes || !alphabet) {
    in.fail();
    return false;
  }
  ac.keep_ = std::move(keep);
  out = std::move(ac);
  return true;
}


}  // namespace rungs
