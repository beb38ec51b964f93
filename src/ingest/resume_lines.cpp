#include "ingest/resume_lines.h"

#include <optional>

#include "ingest/dates.h"
#include "ingest/field_lines.h"
#include "ingest/text_lines.h"

namespace rungs::ingest {
namespace {

// "## Skills" -> level 2; "[GitHub](https://github.com/x)" -> "GitHub (https://github.com/x)";
// "**bold**" and "`code`" lose their marks.
ResumeLine markdown_line(std::string_view raw, int number) {
  ResumeLine line{"", number, 0, bullet_length(raw) > 0};
  std::string_view t = trim_view(raw);
  while (line.heading < 6 && static_cast<std::size_t>(line.heading) < t.size() && t[line.heading] == '#') ++line.heading;
  if (line.heading > 0 && (static_cast<std::size_t>(line.heading) == t.size() || t[line.heading] == ' ')) {
    t = trim_view(t.substr(line.heading));
  } else {
    line.heading = 0;
  }
  std::string out;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i] == '[') {
      std::size_t close = t.find("](", i);
      std::size_t end = close == std::string_view::npos ? close : t.find(')', close);
      if (end != std::string_view::npos) {
        out.append(t.substr(i + 1, close - i - 1)).append(" (").append(t.substr(close + 2, end - close - 2)).append(")");
        i = end;
        continue;
      }
    }
    if (t[i] == '`') continue;
    if (t.substr(i).starts_with("**") || t.substr(i).starts_with("__")) {
      ++i;
      continue;
    }
    out += t[i];
  }
  if (out == "---" || out == "***" || out == "___") out.clear();  // rules
  // "*Series B logistics SaaS.*": a line in italics loses its marks.
  if (out.size() > 2 && (out.front() == '*' || out.front() == '_') && out.back() == out.front() && out[1] != ' ') {
    out = out.substr(1, out.size() - 2);
  }
  line.text = std::move(out);
  return line;
}

// The length of a dash (-, en dash, em dash) at the start of `text`, or 0.
std::size_t dash_length(std::string_view text) {
  if (text.starts_with("-")) return 1;
  if (text.starts_with("\xE2\x80\x93") || text.starts_with("\xE2\x80\x94")) return 3;
  return 0;
}

// "June 2020 –" in one line and "Present" at the start of the next: a date column that wrapped
// (LaTeX moderncv sets dates in a narrow margin beside each entry). The end of the range moves
// up beside its start, so "June 2020 – Present  MERN Stack Developer, OpenAI" reads whole.
void join_wrapped_ranges(std::vector<std::string>& lines) {
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    std::string_view line = lines[i];
    std::optional<FoundRange> range = find_date_range(line);
    if (!range || range->range.end || range->range.present) continue;
    std::size_t at = range->end;
    while (at < line.size() && line[at] == ' ') ++at;
    std::size_t dash = dash_length(line.substr(at));
    if (dash == 0) continue;
    std::string_view head = trim_view(lines[i + 1]);
    std::size_t take = 0;
    if (std::optional<FoundRange> d = find_date_range(head); d && d->begin == 0) {
      take = d->end;
    } else {
      std::size_t word = head.find(' ');
      if (is_present_word(head.substr(0, word))) take = word == std::string_view::npos ? head.size() : word;
    }
    if (take == 0) continue;
    std::string joined = std::string(line.substr(0, at + dash)) + " " + std::string(head.substr(0, take)) +
                         "  " + std::string(trim_view(line.substr(at + dash)));
    lines[i + 1] = std::string(trim_view(head.substr(take)));
    lines[i] = std::move(joined);
  }
}

// A setext underline: a line of two or more '=' (level 1) or '-' (level 2) and nothing else.
int underline_level(std::string_view raw) {
  std::string_view t = trim_view(raw);
  if (t.size() < 2) return 0;
  if (t.find_first_not_of('=') == std::string_view::npos) return 1;
  if (t.find_first_not_of('-') == std::string_view::npos) return 2;
  return 0;
}

std::size_t indent_of(std::string_view raw) {
  std::size_t n = raw.find_first_not_of(" \t");
  return n == std::string_view::npos ? 0 : n;
}

}  // namespace

const ResumeLine* next_nonblank(const std::vector<ResumeLine>& lines, std::size_t i) {
  for (std::size_t k = i + 1; k < lines.size(); ++k) {
    if (!trim_view(lines[k].text).empty()) return &lines[k];
  }
  return nullptr;
}

std::vector<ResumeLine> resume_lines(std::string_view text) {
  std::vector<std::string> raw;
  for (std::string_view r : split_lines(text)) raw.emplace_back(r);
  join_wrapped_ranges(raw);
  std::vector<ResumeLine> lines;
  lines.reserve(raw.size());
  // The bullet that wrapped lines continue, and the indentation of its marker.
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::size_t open_bullet = kNone;
  std::size_t bullet_indent = 0;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    ResumeLine line = markdown_line(raw[i], static_cast<int>(i) + 1);
    const bool blank = trim_view(raw[i]).empty();
    // "Work\n----": the line above an underline is a heading; the underline itself is blank.
    if (!blank && !line.bullet && line.heading == 0 && i + 1 < raw.size()) {
      if (int level = underline_level(raw[i + 1])) {
        line.heading = level;
        lines.push_back(std::move(line));
        lines.push_back({"", static_cast<int>(i) + 2, 0, false});
        ++i;
        open_bullet = kNone;
        continue;
      }
    }
    // A bullet's text that wrapped onto lines indented under it, or going on in lower case
    // (Markdown's lazy continuation), is the same bullet (a "Key : value" line never is): "- Ran the RCA\n  for the Oct 2024 outage".
    // An indented line that starts in capitals with a title before a whole date range is an
    // entry's own line, not a wrapped one: "1) Vidyalaya ERP, Indore\n   Software Engineer
    // 04/2022 to till date". The end of a wrapped range ("from Nov 2020 to\n   Jun 2023.") is not.
    auto own_entry_line = [&] {
      const std::optional<FoundRange> range = starts_lower(line.text) ? std::nullopt : find_date_range(line.text);
      return range && range->begin > 0 && (range->range.end || range->range.present);
    };
    if (open_bullet != kNone && !blank && !line.bullet && line.heading == 0 && !field_line(line.text) &&
        (indent_of(raw[i]) > bullet_indent || starts_lower(line.text)) && !own_entry_line()) {
      std::string& into = lines[open_bullet].text;
      into += " " + std::string(trim_view(line.text));
      lines.push_back({"", line.number, 0, false});
      continue;
    }
    if (line.bullet) {
      open_bullet = lines.size();
      bullet_indent = indent_of(raw[i]);
    } else {
      open_bullet = kNone;
    }
    lines.push_back(std::move(line));
  }
  return lines;
}

}  // namespace rungs::ingest
