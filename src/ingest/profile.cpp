#include <algorithm>
#include <array>
#include <chrono>
#include <ctime>
#include <utility>

#include "rungs/profile.h"

namespace rungs {

const char* section_name(Section section) {
  switch (section) {
    case Section::kHeader: return "header";
    case Section::kSummary: return "summary";
    case Section::kExperience: return "experience";
    case Section::kProjects: return "projects";
    case Section::kSkills: return "skills";
    case Section::kEducation: return "education";
    case Section::kCertifications: return "certifications";
    case Section::kAchievements: return "achievements";
    case Section::kOther: return "other";
  }
  return "other";
}

int month_index(YearMonth date, bool is_end) {
  int month = date.month != 0 ? date.month : (is_end ? 12 : 1);
  return date.year * 12 + (month - 1);
}

double experience_years(const Profile& profile, YearMonth today) {
  std::vector<const Position*> positions;
  for (const Position& p : profile.positions) positions.push_back(&p);
  return experience_years(positions, today);
}

double experience_years(const std::vector<const Position*>& positions, YearMonth today) {
  // [first month, last month], inclusive; on the stack for the usual handful of positions.
  std::array<std::pair<int, int>, 16> local;
  std::vector<std::pair<int, int>> heap;
  std::pair<int, int>* spans = local.data();
  if (positions.size() > local.size()) {
    heap.resize(positions.size());
    spans = heap.data();
  }
  std::size_t count = 0;
  const int now = month_index(today, true);
  for (const Position* position : positions) {
    const Position& p = *position;
    if (p.volunteer || !p.dates.start) continue;
    int first = month_index(*p.dates.start, false);
    int last = p.dates.end ? month_index(*p.dates.end, true) : (p.dates.present ? now : first);
    last = std::min(last, now);
    if (last < first) continue;
    spans[count++] = {first, last};
  }
  std::sort(spans, spans + count);
  int months = 0;
  int covered_to = -1;  // the last month already counted
  for (std::size_t i = 0; i < count; ++i) {
    auto [first, last] = spans[i];
    first = std::max(first, covered_to + 1);
    if (last >= first) months += last - first + 1;
    covered_to = std::max(covered_to, last);
  }
  return months / 12.0;
}

std::vector<TextLine> all_lines(const Profile& profile) {
  std::vector<TextLine> lines;
  if (!profile.person.headline.empty()) {
    lines.push_back({profile.person.headline, Section::kHeader, profile.person.headline_line});
  }
  auto add = [&lines](const std::vector<TextLine>& more) {
    lines.insert(lines.end(), more.begin(), more.end());
  };
  add(profile.summary);
  for (const Position& p : profile.positions) add(p.lines);
  for (const Project& p : profile.projects) add(p.lines);
  for (const SkillGroup& g : profile.skills) add(g.entries);
  for (const Credential& c : profile.certifications) {
    lines.push_back({c.name, Section::kCertifications, c.line});
  }
  for (const Education& e : profile.education) {
    lines.push_back({e.degree.empty() ? e.institution : e.degree + ", " + e.institution,
                     Section::kEducation, e.line});
  }
  add(profile.achievements);
  add(profile.other);
  return lines;
}

std::string format_month(YearMonth date) {
  std::string out = std::to_string(date.year);
  if (date.month != 0) out += (date.month < 10 ? "-0" : "-") + std::to_string(date.month);
  return out;
}

std::string format_range(const DateRange& range) {
  if (!range.start && !range.end) return range.present ? "present" : "";
  std::string out = range.start ? format_month(*range.start) : "?";
  if (range.end) out += " - " + format_month(*range.end);
  else if (range.present) out += " - present";
  return out;
}

YearMonth current_month() {
  const auto today = std::chrono::year_month_day(
      std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()));
  return {static_cast<int>(today.year()), static_cast<int>(static_cast<unsigned>(today.month()))};
}

std::string current_time_utc() {
  std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm utc{};
  gmtime_r(&now, &utc);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return buffer;
}

bool is_personal_detail(std::string_view sentence) {
  static constexpr std::array<std::string_view, 24> kLabels = {
      "notice period", "date of birth", "dob", "d.o.b", "marital status", "nationality", "gender",
      "current ctc", "expected ctc", "ctc", "current salary", "expected salary", "passport",
      "languages known", "father's name", "father name", "mother's name", "religion", "permanent address",
      "present address", "visa status", "total experience", "relevant experience", "hobbies"};
  std::size_t start = 0;
  while (start < sentence.size() && (sentence[start] == ' ' || sentence[start] == '*' || sentence[start] == '-')) ++start;
  std::string_view text = sentence.substr(start);
  for (std::string_view label : kLabels) {
    if (text.size() <= label.size()) continue;
    bool same = true;
    for (std::size_t i = 0; i < label.size() && same; ++i) {
      same = std::tolower(static_cast<unsigned char>(text[i])) == label[i];
    }
    const char next = text[label.size()];
    // The label, then its value: "Notice period: 60 days", "Notice period 90 days", "DOB - 1999".
    if (same && (next == ':' || next == ' ' || next == '-')) return true;
  }
  return false;
}

}  // namespace rungs
