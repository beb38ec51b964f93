#include <cstdio>
#include "common/text.h"

#include <algorithm>
#include <numeric>

namespace rungs {

namespace {

// The length of the Unicode punctuation or space at `text[i]` that separates words like ASCII
// punctuation does (dashes, curly quotes, bullets, middle dot, no-break space), or 0.
std::size_t unicode_separator_at(std::string_view text, std::size_t i) {
  auto byte = [&](std::size_t k) { return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0; };
  if (byte(0) == 0xC2 && (byte(1) == 0xA0 || byte(1) == 0xB7)) return 2;  // U+00A0, U+00B7
  if (byte(0) == 0xE2 && byte(1) == 0x80 && byte(2) >= 0x90 && byte(2) <= 0xA7) return 3;  // U+2010..U+2027
  return 0;
}

}  // namespace

std::string normalize_key(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    std::size_t separator = c >= 0x80 ? unicode_separator_at(text, i) : 0;
    bool alnum = separator == 0 &&
                 ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80);
    if (!alnum) {
      pending_space = !out.empty();
      if (separator > 0) i += separator - 1;
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c));
  }
  return out;
}

bool holds_words(std::string_view key, std::string_view words) {
  if (words.empty()) return false;
  for (std::size_t at = key.find(words); at != std::string_view::npos; at = key.find(words, at + 1)) {
    const std::size_t end = at + words.size();
    if ((at == 0 || key[at - 1] == ' ') && (end == key.size() || key[end] == ' ')) return true;
  }
  return false;
}

std::string without_number_words(std::string_view key) {
  std::string out;
  out.reserve(key.size());
  for (std::size_t start = 0; start < key.size();) {
    std::size_t stop = key.find(' ', start);
    if (stop == std::string_view::npos) stop = key.size();
    const std::string_view word = key.substr(start, stop - start);
    if (!std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      if (!out.empty()) out.push_back(' ');
      out.append(word);
    }
    start = stop + 1;
  }
  return out;
}

int edit_distance(std::string_view a, std::string_view b) {
  // Optimal string alignment: insertions, deletions, substitutions and swaps of neighbours.
  const std::size_t n = b.size() + 1;
  std::vector<int> before(n), previous(n), current(n);
  std::iota(previous.begin(), previous.end(), 0);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = static_cast<int>(i);
    for (std::size_t j = 1; j <= b.size(); ++j) {
      int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        current[j] = std::min(current[j], before[j - 2] + 1);
      }
    }
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return previous[b.size()];
}

std::string closest_match(std::string_view word, const std::vector<std::string>& candidates) {
  int limit = std::max(1, static_cast<int>(word.size()) / 3);
  std::string best;
  int best_distance = limit + 1;
  for (const std::string& candidate : candidates) {
    int d = edit_distance(word, candidate);
    if (d < best_distance) {
      best_distance = d;
      best = candidate;
    }
  }
  return best;
}

std::string join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += separator;
    out += items[i];
  }
  return out;
}

std::string decimal_text(double value, int digits) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", digits, value);
  return buffer;
}

}  // namespace rungs
