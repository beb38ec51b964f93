#include "ingest/entry_header.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "common/text.h"
#include "ingest/dates.h"
#include "ingest/text_lines.h"

namespace rungs::ingest {
namespace {

// Splits on the separators header lines use between their parts; a comma, bracket or dash
// left at either end of a part goes.
std::vector<std::string> split_parts(std::string_view text) {
  std::vector<std::string> parts;
  for (const std::string& raw : split_at_any(text, {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " | ", "|", " at ",
                                                    " @ ", " \xC2\xB7 ", " \xE2\x80\xA2 ", "\t", ", ", "(", ")"})) {
    std::string_view t = raw;
    while (!t.empty() && (t.back() == ',' || t.back() == '(' || t.back() == '-')) t = trim_view(t.substr(0, t.size() - 1));
    while (!t.empty() && (t.front() == ',' || t.front() == ')')) t = trim_view(t.substr(1));
    if (!t.empty()) parts.emplace_back(t);
  }
  return parts;
}

}  // namespace

bool has_role_word(std::string_view text) {
  static const std::vector<std::string_view> kWords = {
      "engineer", "developer", "lead", "architect", "manager", "intern", "analyst", "consultant",
      "programmer", "sde", "sde1", "sde2", "sde3", "associate", "trainee", "head", "director",
      "specialist", "administrator", "devops", "sre", "cto", "founder", "co founder", "staff",
      "principal", "member of technical staff", "mts", "scientist", "tester", "designer",
      "vp", "svp", "avp", "vice president", "fellow", "officer", "executive", "freelancer", "contractor",
      "apprentice"};
  // Not "engineering" alone: "Hyderabad engineering centre" describes an employer ("VP
  // Engineering" and "Head of Engineering" have their own role words).
  const std::string key = normalize_key(text);
  return std::any_of(kWords.begin(), kWords.end(), [&](std::string_view w) { return holds_words(key, w); });
}

bool looks_like_entry_line(std::string_view line) {
  std::string_view t = trim_view(line);
  if (t.empty() || t.size() > 140 || bullet_length(line) > 0) return false;
  if (t.back() == '.' && !t.ends_with("Ltd.") && !t.ends_with("Inc.")) return false;
  // Words, not separators: "Walmart — Lead Engineer (Team Lead), Supply Chain | Jan 2019 – Mar 2022".
  int words = 0;
  for (const std::string& w : split_at_any(t, {" "})) {
    words += std::any_of(w.begin(), w.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }) ? 1 : 0;
  }
  return words <= 16;
}

EntryHeader parse_entry_header(std::string_view line) {
  EntryHeader header;
  std::string rest(trim_view(line));
  if (std::optional<FoundRange> found = find_date_range(rest)) {
    header.dates = found->range;
    rest = rest.substr(0, found->begin) + " | " + rest.substr(found->end);
  }
  std::vector<std::string> parts = split_parts(rest);
  // Markdown emphasis and leftovers such as "**" are not part of names.
  for (std::string& p : parts) {
    std::erase(p, '*');
    p = std::string(trim_view(p));
  }
  std::erase_if(parts, [](const std::string& p) { return p.empty(); });
  auto title_at = std::find_if(parts.begin(), parts.end(), [](const std::string& p) { return has_role_word(p); });
  if (title_at != parts.end()) {
    header.title = *title_at;
    parts.erase(title_at);
    if (!parts.empty()) {
      header.company = parts.front();
      parts.erase(parts.begin());
    }
  } else if (!parts.empty()) {
    header.company = parts.front();  // a line with no role word names the employer
    parts.erase(parts.begin());
  }
  if (!parts.empty()) header.location = join(parts, ", ");
  return header;
}

}  // namespace rungs::ingest
