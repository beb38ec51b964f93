#include "skills/word_boundary.h"

#include <utf8proc.h>

#include <string>

namespace rungs {
namespace {

bool is_word_code_point(utf8proc_int32_t c) {
  if (c < 0x80) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }
  switch (utf8proc_category(c)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME: case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
      return true;
    default:
      return false;
  }
}

// The code point starting at byte `at`; a byte that does not start valid UTF-8 counts as a letter,
// so that a damaged word is not split into names.
bool word_at_slow(std::string_view text, std::size_t at) {
  auto b = static_cast<unsigned char>(text[at]);
  if (b < 0x80) return is_word_code_point(b);
  utf8proc_int32_t c = 0;
  auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + at),
                            static_cast<utf8proc_ssize_t>(text.size() - at), &c);
  return n <= 0 || is_word_code_point(c);
}

inline bool word_at(std::string_view text, std::size_t at) {
  const auto b = static_cast<unsigned char>(text[at]);
  return b < 0x80 ? ascii_word_byte(static_cast<char>(b)) : word_at_slow(text, at);
}

// The code point that ends just before byte `at` (at > 0).
bool word_before_slow(std::string_view text, std::size_t at) {
  std::size_t start = at - 1;
  while (start > 0 && at - start < 4 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) {
    --start;
  }
  return word_at(text, start);
}

inline bool word_before(std::string_view text, std::size_t at) {
  const auto b = static_cast<unsigned char>(text[at - 1]);
  return b < 0x80 ? ascii_word_byte(static_cast<char>(b)) : word_before_slow(text, at);
}

bool is_joiner(char c) { return c == '-' || c == '&' || c == '.'; }

// Whether the name ending at `end` is made an adjective of comparison: "Kafka-esque",
// "Redis-like", "Jira-ish" describe something else that resembles the tool.
bool compared_at(std::string_view text, std::size_t end) {
  if (end >= text.size() || text[end] != '-') return false;
  std::size_t stop = end + 1;
  while (stop < text.size() && word_at(text, stop)) ++stop;
  std::string word(text.substr(end + 1, stop - end - 1));
  for (char& c : word) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return word == "esque" || word == "like" || word == "ish";
}

}  // namespace

bool may_begin_name_slow(std::string_view text, std::size_t at) {
  return !(at > 0 && word_at(text, at) && word_before(text, at));
}

bool stands_alone(std::string_view text, std::size_t begin, std::size_t end, bool strict) {
  if (begin >= end || end > text.size()) return false;
  if (!may_begin_name(text, begin)) return false;
  if (end < text.size() && word_before(text, end) && word_at(text, end)) return false;
  if (compared_at(text, end)) return false;
  if (strict) {
    if (begin >= 2 && is_joiner(text[begin - 1]) && word_before(text, begin - 1)) return false;
    if (end + 1 < text.size() && is_joiner(text[end]) && word_at(text, end + 1)) return false;
  }
  return true;
}

}  // namespace rungs
