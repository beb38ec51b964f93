#include "report/text_table.h"

#include <algorithm>
#include <cstdio>
#include <numeric>

namespace rungs {

std::string percent_text(double fraction) {
  char b[16];
  std::snprintf(b, sizeof b, "%.0f%%", fraction * 100);
  return b;
}

std::string section_heading(const std::string& text) {
  return "\n" + text + "\n" + std::string(display_width(text), '=') + "\n";
}
namespace {

constexpr std::size_t kGap = 2;
constexpr std::size_t kMinColumn = 8;

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Byte length of the longest prefix of `text` that is at most `columns` wide.
std::size_t prefix_bytes(std::string_view text, std::size_t columns) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (is_continuation(static_cast<unsigned char>(text[i]))) continue;
    if (width == columns) return i;
    ++width;
  }
  return text.size();
}

void wrap_paragraph(std::string_view text, std::size_t width, std::vector<std::string>& out) {
  std::string line;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find(' ', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view word = text.substr(pos, end - pos);
    pos = end + 1;
    if (word.empty()) continue;
    std::size_t need = display_width(line) + (line.empty() ? 0 : 1) + display_width(word);
    if (!line.empty() && need > width) {
      out.push_back(std::move(line));
      line.clear();
    }
    while (display_width(word) > width) {  // a word longer than the column is cut
      if (!line.empty()) {
        out.push_back(std::move(line));
        line.clear();
      }
      std::size_t cut = prefix_bytes(word, width);
      out.emplace_back(word.substr(0, cut));
      word.remove_prefix(cut);
    }
    if (word.empty()) continue;
    if (!line.empty()) line += ' ';
    line += word;
  }
  if (!line.empty() || out.empty()) out.push_back(std::move(line));
}

}  // namespace

std::size_t display_width(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(
      text.begin(), text.end(), [](char c) { return !is_continuation(static_cast<unsigned char>(c)); }));
}

std::vector<std::string> wrap_text(std::string_view text, std::size_t width) {
  std::vector<std::string> out;
  width = std::max<std::size_t>(width, 1);
  std::size_t start = 0;
  while (true) {
    std::size_t nl = text.find('\n', start);
    wrap_paragraph(text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start),
                   width, out);
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
  return out;
}

TextTable::TextTable(std::vector<std::string> headers) : headers_(std::move(headers)) {}

void TextTable::add_row(std::vector<std::string> cells) {
  cells.resize(headers_.size());
  rows_.push_back(std::move(cells));
}

std::vector<std::size_t> TextTable::column_widths(std::size_t width) const {
  std::vector<std::size_t> natural(headers_.size());
  std::vector<std::size_t> minimum(headers_.size());
  for (std::size_t c = 0; c < headers_.size(); ++c) {
    natural[c] = display_width(headers_[c]);
    std::size_t longest_word = 0;
    for (const auto& row : rows_) {
      for (const std::string& line : wrap_text(row[c], SIZE_MAX)) {
        natural[c] = std::max(natural[c], display_width(line));
        std::size_t start = 0;
        while (start <= line.size()) {
          std::size_t end = std::min(line.find(' ', start), line.size());
          longest_word = std::max(longest_word, display_width(std::string_view(line).substr(start, end - start)));
          start = end + 1;
        }
      }
    }
    // Keep words whole where they are not absurdly long.
    longest_word = std::min<std::size_t>(longest_word, 28);
    minimum[c] = std::min(natural[c], std::max(kMinColumn, longest_word));
  }
  std::size_t gaps = kGap * (headers_.empty() ? 0 : headers_.size() - 1);
  std::size_t available = width > gaps ? width - gaps : 0;
  // Water-filling: columns narrower than a fair share keep their natural width; the others share
  // what is left in proportion to their natural widths, never below their minimum.
  std::vector<std::size_t> widths = natural;
  std::vector<bool> settled(headers_.size(), false);
  std::size_t open = headers_.size();
  bool changed = true;
  while (changed && open > 0) {
    changed = false;
    std::size_t used = 0;
    for (std::size_t c = 0; c < widths.size(); ++c) used += settled[c] ? widths[c] : 0;
    std::size_t left = available > used ? available - used : 0;
    std::size_t fair = left / open;
    for (std::size_t c = 0; c < widths.size(); ++c) {
      if (!settled[c] && natural[c] <= fair) {
        settled[c] = true;
        --open;
        changed = true;
      }
    }
  }
  std::size_t used = 0, open_natural = 0;
  for (std::size_t c = 0; c < widths.size(); ++c) {
    if (settled[c]) used += widths[c];
    else open_natural += natural[c];
  }
  std::size_t left = available > used ? available - used : 0;
  for (std::size_t c = 0; c < widths.size(); ++c) {
    if (settled[c] || open_natural == 0) continue;
    widths[c] = std::max(minimum[c], std::min(natural[c], left * natural[c] / open_natural));
  }
  // The minimums may have pushed the total over: take it back from the widest columns, first
  // keeping words whole, then down to the narrow floor (cutting long words).
  auto total = [&] { return std::accumulate(widths.begin(), widths.end(), gaps); };
  for (bool keep_words : {true, false}) {
    while (total() > width) {
      std::size_t widest = widths.size();
      for (std::size_t c = 0; c < widths.size(); ++c) {
        std::size_t floor = keep_words ? minimum[c] : std::min(natural[c], kMinColumn);
        if (widths[c] > floor && (widest == widths.size() || widths[c] > widths[widest])) widest = c;
      }
      if (widest == widths.size()) break;
      --widths[widest];
    }
  }
  return widths;
}

std::string TextTable::render(std::size_t width) const {
  std::vector<std::size_t> widths = column_widths(width);
  std::string out;
  auto emit_row = [&](const std::vector<std::string>& cells) {
    std::vector<std::vector<std::string>> wrapped;
    std::size_t height = 1;
    for (std::size_t c = 0; c < cells.size(); ++c) {
      wrapped.push_back(wrap_text(cells[c], widths[c]));
      height = std::max(height, wrapped.back().size());
    }
    for (std::size_t line = 0; line < height; ++line) {
      std::string text;
      for (std::size_t c = 0; c < cells.size(); ++c) {
        std::string cell = line < wrapped[c].size() ? wrapped[c][line] : "";
        if (c > 0) text += std::string(kGap, ' ');
        text += cell;
        if (c + 1 < cells.size()) text += std::string(widths[c] - std::min(widths[c], display_width(cell)), ' ');
      }
      while (!text.empty() && text.back() == ' ') text.pop_back();
      out += text + "\n";
    }
  };
  emit_row(headers_);
  std::vector<std::string> rule;
  for (std::size_t w : widths) rule.push_back(std::string(w, '-'));
  emit_row(rule);
  for (const auto& row : rows_) emit_row(row);
  return out;
}

}  // namespace rungs
