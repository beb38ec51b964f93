#include "skills/match_text.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstring>

namespace rungs {
namespace {

// Sorted: dashes, bullets, quotes, arrows, check marks and currency signs.
constexpr std::array<char32_t, 37> kLayoutMarks = {
    0x00A3, 0x00A9, 0x00AB, 0x00AE, 0x00B0, 0x00B7, 0x00BB, 0x00D7, 0x2010, 0x2013,
    0x2014, 0x2015, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2023, 0x2043, 0x20AC,
    0x20B9, 0x2190, 0x2191, 0x2192, 0x2193, 0x2212, 0x25A0, 0x25AA, 0x25AB, 0x25BA,
    0x25CB, 0x25CF, 0x25E6, 0x2605, 0x2713, 0x2714, 0x27A2};

}  // namespace

bool is_layout_mark(char32_t c) { return std::binary_search(kLayoutMarks.begin(), kLayoutMarks.end(), c); }

namespace {

// Whether every character of `text` above ASCII is a layout mark (`text` has one or more).
bool only_layout_marks_beyond_ascii(std::string_view text) {
  static_assert(std::is_sorted(kLayoutMarks.begin(), kLayoutMarks.end()));
  const auto* b = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  const std::size_t n = text.size();
  for (std::size_t i = 0; i < n;) {
    std::uint64_t eight = 0;  // ASCII passed eight bytes at a time
    if (i + 8 <= n && (std::memcpy(&eight, b + i, 8), (eight & 0x8080808080808080ull) == 0)) {
      i += 8;
      continue;
    }
    if (b[i] < 0x80) {
      ++i;
      continue;
    }
    utf8proc_int32_t c = 0;
    const utf8proc_ssize_t length = utf8proc_iterate(b + i, static_cast<utf8proc_ssize_t>(n - i), &c);
    if (length <= 0 || !is_layout_mark(static_cast<char32_t>(c))) return false;  // not UTF-8, or another character
    i += static_cast<std::size_t>(length);
  }
  return true;
}

constexpr auto kOptions = static_cast<utf8proc_option_t>(
    UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);

bool is_ascii_space(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Appends `word` (no ASCII white space inside) to `out`, normalised.
void append_normalised_word(std::string_view word, std::vector<std::int32_t>& points,
                            std::string& out) {
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(word.data());
  const auto length = static_cast<utf8proc_ssize_t>(word.size());
  if (points.size() < word.size() + 8) points.resize(word.size() + 8);
  utf8proc_ssize_t count = 0;
  for (;;) {
    count = utf8proc_decompose(bytes, length, points.data(),
                               static_cast<utf8proc_ssize_t>(points.size()), kOptions);
    if (count < 0) {  // not valid UTF-8: keep the bytes; the matcher treats them as letters
      out.append(word);
      return;
    }
    if (static_cast<std::size_t>(count) <= points.size()) break;
    points.resize(static_cast<std::size_t>(count));
  }
  // Re-encoding writes UTF-8 over the code points, which always fits (4 bytes per code point).
  utf8proc_ssize_t bytes_out = utf8proc_reencode(points.data(), count, kOptions);
  if (bytes_out < 0) {
    out.append(word);
    return;
  }
  out.append(reinterpret_cast<const char*>(points.data()), static_cast<std::size_t>(bytes_out));
}

}  // namespace

std::string_view normalise_for_match(std::string_view text, std::string& out,
                                     std::vector<std::int32_t>& code_points) {
  // Text of printable ASCII with single plain spaces, beyond ASCII only layout marks, is already
  // normal: the common case, checked first, branch-free so that the compiler vectorises it.
  // Anything else (another character, a tab, a run of spaces) takes the pass below, which folds
  // white space to one space.
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  unsigned char spacing = 0;  // a control byte, or a space after a space
  unsigned char high = 0;     // a byte above ASCII
  for (std::size_t i = 0; i + 1 < size; ++i) {
    spacing |= static_cast<unsigned char>((bytes[i] < ' ') | (bytes[i] == 0x7F) | ((bytes[i] == ' ') & (bytes[i + 1] == ' ')));
    high |= bytes[i];
  }
  if (size > 0) {
    spacing |= static_cast<unsigned char>((bytes[size - 1] < ' ') | (bytes[size - 1] == 0x7F));
    high |= bytes[size - 1];
  }
  if (spacing == 0 && (high < 0x80 || only_layout_marks_beyond_ascii(text))) return text;
  out.clear();
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t start = i;
    bool word_ascii = true;
    while (i < text.size() && !is_ascii_space(static_cast<unsigned char>(text[i]))) {
      word_ascii = word_ascii && static_cast<unsigned char>(text[i]) < 0x80;
      ++i;
    }
    std::string_view word = text.substr(start, i - start);
    if (word_ascii) {
      out.append(word);
    } else {
      append_normalised_word(word, code_points, out);
    }
    if (i < text.size()) out.push_back(' ');  // "Spring  Boot" matches "Spring Boot"
    while (i < text.size() && is_ascii_space(static_cast<unsigned char>(text[i]))) ++i;
  }
  return out;
}

std::string normalise_pattern(std::string_view name) {
  std::string buffer;
  std::vector<std::int32_t> code_points;
  std::string_view normal = normalise_for_match(name, buffer, code_points);
  std::string out;
  out.reserve(normal.size());
  for (char c : normal) {
    auto u = static_cast<unsigned char>(c);
    if (is_ascii_space(u)) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
      continue;
    }
    out.push_back(u >= 'A' && u <= 'Z' ? static_cast<char>(u - 'A' + 'a') : c);
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace rungs
