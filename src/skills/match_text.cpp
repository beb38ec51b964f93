#include "skills/match_text.h"

#include <utf8proc.h>

#include <algorithm>

namespace rungs {
namespace {

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
  // Text of printable ASCII with single plain spaces is already normal: the common case, checked
  // first. Anything else (a byte above ASCII, a tab, a run of spaces) takes the pass below, which
  // folds white space to one space.
  // Branch-free, so the compiler vectorises it.
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  unsigned char odd = 0;  // a byte outside printable ASCII, or a space after a space
  for (std::size_t i = 0; i + 1 < size; ++i) {
    odd |= static_cast<unsigned char>((static_cast<unsigned char>(bytes[i] - ' ') >= 0x60) |
                                      ((bytes[i] == ' ') & (bytes[i + 1] == ' ')));
  }
  if (size > 0) odd |= static_cast<unsigned char>(static_cast<unsigned char>(bytes[size - 1] - ' ') >= 0x60);
  const bool plain = odd == 0;
  if (plain) return text;
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
