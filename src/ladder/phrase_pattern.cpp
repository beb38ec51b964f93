#include "rungs/phrase_pattern.h"

#include <algorithm>
#include <cctype>

namespace rungs {
namespace {

constexpr std::size_t kMaxGap = 8;  // words between two parts of a pattern

// The words of `text` as pattern_text splits them, keeping '*' on a word's end.
std::vector<std::string> words_of(std::string_view text, bool keep_star) {
  std::vector<std::string> out;
  std::string word;
  for (char c : text) {
    auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80 || c == '+' || c == '#' || (keep_star && (c == '*' || c == '/'))) {
      word.push_back(static_cast<char>(std::tolower(u)));
    } else if (!word.empty()) {
      out.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) out.push_back(std::move(word));
  return out;
}

bool word_matches(const PatternWord& w, const std::string& word) {
  for (const PatternForm& f : w.forms) {
    if (f.number ? !word.empty() && word[0] >= '0' && word[0] <= '9'
                 : f.prefix ? word.starts_with(f.text) : word == f.text) {
      return true;
    }
  }
  return false;
}

// Whether alternative `alt` matches the words of `text` starting at `at` (all in one clause).
bool alternative_at(const std::vector<PatternWord>& alt, const PatternText& text, std::size_t at) {
  if (at + alt.size() > text.words.size()) return false;
  for (std::size_t k = 0; k < alt.size(); ++k) {
    if (text.clause[at + k] != text.clause[at] || !word_matches(alt[k], text.words[at + k])) return false;
  }
  return true;
}

// Matches parts[part...] with part `part` starting in [from, until); true when all match.
bool parts_from(const PhrasePattern& p, std::size_t part, const PatternText& text, std::size_t from,
                std::size_t until, std::uint16_t clause) {
  if (part == p.parts.size()) return true;
  for (std::size_t at = from; at < until && at < text.words.size(); ++at) {
    if (part > 0 && text.clause[at] != clause) break;
    for (const std::vector<PatternWord>& alt : p.parts[part]) {
      if (!alternative_at(alt, text, at)) continue;
      std::size_t next = at + alt.size();
      if (parts_from(p, part + 1, text, next, next + kMaxGap + 1, text.clause[at])) return true;
    }
  }
  return false;
}

}  // namespace

Result<PhrasePattern> parse_phrase_pattern(std::string_view phrase) {
  PhrasePattern out;
  std::size_t start = 0;
  while (start <= phrase.size()) {
    std::size_t dots = phrase.find("...", start);
    std::string_view part = phrase.substr(start, dots == std::string_view::npos ? std::string_view::npos : dots - start);
    std::vector<std::vector<PatternWord>> alternatives;
    std::size_t a = 0;
    while (a <= part.size()) {
      std::size_t bar = part.find('|', a);
      std::string_view alt = part.substr(a, bar == std::string_view::npos ? std::string_view::npos : bar - a);
      std::vector<PatternWord> words;
      for (const std::string& w : words_of(alt, true)) {
        PatternWord word;
        for (std::size_t at = 0; at <= w.size();) {
          std::size_t slash = w.find('/', at);
          std::string form = w.substr(at, slash == std::string::npos ? std::string::npos : slash - at);
          bool prefix = !form.empty() && form.back() == '*';
          if (prefix) form.pop_back();
          if (form.empty() || form.find('*') != std::string::npos) {
            return invalid_input("phrase '" + std::string(phrase) +
                                 "': every form of a word needs a letter, and '*' may only end one");
          }
          const bool number = form == "#";
          word.forms.push_back({number ? "" : std::move(form), prefix, number});
          if (slash == std::string::npos) break;
          at = slash + 1;
        }
        words.push_back(std::move(word));
      }
      if (words.empty()) return invalid_input("phrase '" + std::string(phrase) + "': an empty alternative");
      alternatives.push_back(std::move(words));
      if (bar == std::string_view::npos) break;
      a = bar + 1;
    }
    out.parts.push_back(std::move(alternatives));
    if (dots == std::string_view::npos) break;
    start = dots + 3;
  }
  return out;
}

PatternText pattern_text(std::string_view line) {
  PatternText out;
  std::string word;
  std::uint16_t clause = 0;
  auto flush = [&] {
    if (word.empty()) return;
    out.words.push_back(std::move(word));
    out.clause.push_back(clause);
    word.clear();
  };
  for (std::size_t i = 0; i < line.size(); ++i) {
    auto u = static_cast<unsigned char>(line[i]);
    if (std::isalnum(u) || u >= 0x80 || u == '+' || u == '#') {
      word.push_back(static_cast<char>(std::tolower(u)));
      continue;
    }
    // A version's wildcard ("Struts 1.x", "Hibernate 3.X") is one word, a number, not "1 times".
    const bool digits = !word.empty() && std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (u == '.' && digits && i + 1 < line.size() && (line[i + 1] == 'x' || line[i + 1] == 'X') &&
        (i + 2 == line.size() || !std::isalnum(static_cast<unsigned char>(line[i + 2])))) {
      word += ".x";
      ++i;
      continue;
    }
    flush();
    if (u == '%') {  // "31%" reads "31 percent"
      out.words.push_back("percent");
      out.clause.push_back(clause);
    }
    // A clause ends at ';' and at a full stop followed by a space (not "Node.js", not "3.5").
    if (u == ';' || ((u == '.' || u == '!' || u == '?') && (i + 1 == line.size() || line[i + 1] == ' '))) ++clause;
  }
  flush();
  return out;
}

bool matches(const PhrasePattern& pattern, const PatternText& text) {
  return !pattern.parts.empty() && parts_from(pattern, 0, text, 0, text.words.size(), 0);
}

}  // namespace rungs
