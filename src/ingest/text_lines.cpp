#include "ingest/text_lines.h"

#include <array>

namespace rungs::ingest {

std::string_view trim_view(std::string_view s) {
  std::size_t a = s.find_first_not_of(" \t\r\n\f\v");
  if (a == std::string_view::npos) return {};
  std::size_t b = s.find_last_not_of(" \t\r\n\f\v");
  return s.substr(a, b - a + 1);
}

int word_count(std::string_view text) {
  int words = 0;
  bool in_word = false;
  for (char c : text) {
    bool space = c == ' ' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

std::vector<std::string> split_at_any(std::string_view text, std::initializer_list<std::string_view> separators) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  auto flush = [&](std::size_t stop) {
    std::string_view part = trim_view(text.substr(start, stop - start));
    if (!part.empty()) parts.emplace_back(part);
  };
  for (std::size_t i = 0; i < text.size();) {
    std::size_t skip = 0;
    for (std::string_view sep : separators) {
      if (text.substr(i).starts_with(sep)) {
        skip = sep.size();
        break;
      }
    }
    if (skip == 0) {
      ++i;
      continue;
    }
    flush(i);
    i += skip;
    start = i;
  }
  flush(text.size());
  return parts;
}

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n' || text[i] == '\r') {
      lines.push_back(text.substr(start, i - start));
      if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      start = i + 1;
    }
  }
  if (start < text.size()) lines.push_back(text.substr(start));
  return lines;
}

std::size_t bullet_length(std::string_view line) {
  std::size_t indent = line.find_first_not_of(" \t");
  if (indent == std::string_view::npos) return 0;
  std::string_view rest = line.substr(indent);
  static constexpr std::array<std::string_view, 14> kMarks = {
      "- ", "* ", "+ ", "\xE2\x80\xA2", "\xE2\x96\xAA", "\xE2\x97\xA6", "\xE2\x97\x8F",
      "\xE2\x96\xA0", "\xE2\x96\xBA", "\xE2\x9E\xA2", "\xE2\x9C\x93", "\xE2\x80\x93 ",
      "\xEF\x82\xB7", "\xC2\xB7"};  // the last two: Symbol-font bullet from Word, middle dot
  for (std::string_view mark : kMarks) {
    if (rest.starts_with(mark)) return indent + mark.size();
  }
  // "1." "2)" "a)" "iv." followed by a space
  std::size_t k = 0;
  while (k < rest.size() && k < 3 && rest[k] >= '0' && rest[k] <= '9') ++k;
  if (k == 0 && rest.size() > 1 && rest[0] >= 'a' && rest[0] <= 'z' && rest[1] == ')') k = 1;
  if (k > 0 && k + 1 < rest.size() && (rest[k] == '.' || rest[k] == ')') && rest[k + 1] == ' ') {
    return indent + k + 2;
  }
  return 0;
}

std::string strip_bullet(std::string_view line) {
  return std::string(trim_view(line.substr(bullet_length(line))));
}

std::vector<TextLine> block_lines(std::string_view block, Section section, int first_line) {
  std::vector<TextLine> out;
  int line = first_line;
  for (std::string_view raw : split_lines(block)) {
    std::string text = strip_bullet(raw);
    if (!text.empty()) out.push_back({std::move(text), section, line});
    ++line;
  }
  return out;
}

}  // namespace rungs::ingest
