#include "skills/phrase_trie.h"

#include <algorithm>
#include <cstring>

#include "common/binary_archive.h"

namespace rungs {
namespace {

// The uncompressed trie while it is built, in flat arrays: node 0 is the root, and each node's
// children are the (byte, node) pairs edges[first_child[node] .. first_child[node + 1]), sorted
// by byte.
struct Trie {
  std::vector<std::uint32_t> value{PhraseTrie::kNoValue};
  std::vector<std::uint32_t> first_child;
  std::vector<std::pair<unsigned char, std::uint32_t>> edges;

  std::size_t size() const { return value.size(); }
  std::span<const std::pair<unsigned char, std::uint32_t>> children(std::uint32_t node) const {
    return {edges.data() + first_child[node], edges.data() + first_child[node + 1]};
  }
};

// The trie of `patterns` (sorted, each once): consecutive patterns share their common prefix, so
// each new node hangs off the path of the pattern before it.
Trie build_trie(const std::vector<std::pair<std::string_view, std::uint32_t>>& patterns) {
  Trie trie;
  struct Edge {
    std::uint32_t parent;
    unsigned char byte;
    std::uint32_t node;
  };
  std::vector<Edge> edges;
  std::vector<std::uint32_t> path{0};  // the nodes of the previous pattern, by depth
  std::string_view previous;
  for (const auto& [pattern, value] : patterns) {
    std::size_t common = 0;
    while (common < pattern.size() && common < previous.size() && pattern[common] == previous[common]) ++common;
    path.resize(common + 1);
    for (std::size_t i = common; i < pattern.size(); ++i) {
      auto node = static_cast<std::uint32_t>(trie.size());
      edges.push_back({path.back(), static_cast<unsigned char>(pattern[i]), node});
      trie.value.push_back(PhraseTrie::kNoValue);
      path.push_back(node);
    }
    trie.value[path.back()] = value;
    previous = pattern;
  }
  // Group the edges by parent (counting sort); sorted patterns add each node's children in order.
  trie.first_child.assign(trie.size() + 1, 0);
  for (const Edge& e : edges) ++trie.first_child[e.parent + 1];
  for (std::size_t i = 1; i < trie.first_child.size(); ++i) trie.first_child[i] += trie.first_child[i - 1];
  trie.edges.resize(edges.size());
  std::vector<std::uint32_t> next(trie.first_child.begin(), trie.first_child.end() - 1);
  for (const Edge& e : edges) trie.edges[next[e.parent]++] = {e.byte, e.node};
  return trie;
}

// Appends `bytes` to `words`, packed 4 a word (zero padded).
void pack(const std::vector<unsigned char>& bytes, std::vector<std::uint32_t>& words) {
  const std::size_t at = words.size();
  words.resize(at + (bytes.size() + 3) / 4, 0);
  if (!bytes.empty()) std::memcpy(words.data() + at, bytes.data(), bytes.size());
}

}  // namespace

void PhraseTrie::Builder::add(std::string_view pattern, std::uint32_t value) {
  if (pattern.empty()) return;
  std::string folded(pattern);
  for (char& c : folded) c = static_cast<char>(phrase_trie_detail::kFold[static_cast<unsigned char>(c)]);
  patterns_.emplace_back(std::move(folded), value);
}

PhraseTrie PhraseTrie::Builder::build() {
  // Each pattern once (the first value wins), sorted so that shared prefixes are neighbours.
  std::vector<std::pair<std::string_view, std::uint32_t>> sorted;
  sorted.reserve(patterns_.size());
  for (const auto& [pattern, value] : patterns_) sorted.emplace_back(pattern, value);
  std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  sorted.erase(std::unique(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.first == b.first; }),
               sorted.end());
  PhraseTrie out;
  out.pattern_count_ = sorted.size();
  const Trie trie = build_trie(sorted);

  // Records depth first (a node's first child right after it, so one long name reads memory in
  // sequence; a child always lies after its parent), each starting at a trie node reached by one
  // byte and running down its chain of single children that end no pattern.
  std::vector<std::uint32_t>& words = out.nodes_;
  words.push_back(0);  // offset 0 is no node
  struct Pending {
    std::uint32_t node;  // the trie node the record starts at
    std::size_t slot;    // where its offset goes: a parent's child slot, or the root row's entry
    bool from_root;
  };
  std::vector<Pending> stack;
  for (auto it = trie.children(0).rbegin(); it != trie.children(0).rend(); ++it) {
    stack.push_back({it->second, it->first, true});
  }
  std::vector<unsigned char> label, symbols;
  while (!stack.empty()) {
    const Pending p = stack.back();
    stack.pop_back();
    const auto offset = static_cast<std::uint32_t>(words.size());
    if (p.from_root) {
      out.root_[p.slot] = offset;
      if (p.slot >= 'a' && p.slot <= 'z') out.root_[p.slot - 'a' + 'A'] = offset;
    } else {
      words[p.slot] = offset;
    }
    std::uint32_t end = p.node;
    label.clear();
    while (trie.value[end] == kNoValue && trie.children(end).size() == 1 && label.size() < 0xFFFF) {
      label.push_back(trie.children(end)[0].first);
      end = trie.children(end)[0].second;
    }
    const auto kids = trie.children(end);
    symbols.clear();
    for (const auto& edge : kids) symbols.push_back(edge.first);
    words.push_back(trie.value[end]);
    words.push_back(static_cast<std::uint32_t>(label.size()) | static_cast<std::uint32_t>(kids.size()) << 16);
    pack(label, words);
    pack(symbols, words);
    const std::size_t slots = words.size();
    words.resize(slots + kids.size(), 0);
    for (std::size_t k = kids.size(); k-- > 0;) stack.push_back({kids[k].second, slots + k, false});
  }
  out.nodes_view_ = out.nodes_;
  patterns_.clear();
  return out;
}

void PhraseTrie::write(BinaryWriter& out) const {
  out.array<std::uint32_t>(root_);
  out.field(static_cast<std::uint64_t>(pattern_count_));
  out.array(nodes_view_);
}

bool PhraseTrie::read(BinaryReader& in, std::shared_ptr<const void> keep, PhraseTrie& out) {
  PhraseTrie trie;
  std::span<const std::uint32_t> root = in.array<std::uint32_t>();
  std::uint64_t patterns = 0;
  in.field(patterns);
  trie.nodes_view_ = in.array<std::uint32_t>();
  const bool root_inside = std::all_of(root.begin(), root.end(), [&](std::uint32_t o) { return o < trie.nodes_view_.size(); });
  if (!in.ok() || root.size() != trie.root_.size() || !root_inside) {
    in.fail();
    return false;
  }
  std::copy(root.begin(), root.end(), trie.root_.begin());
  trie.pattern_count_ = patterns;
  trie.keep_ = std::move(keep);
  out = std::move(trie);
  return true;
}

}  // namespace rungs
