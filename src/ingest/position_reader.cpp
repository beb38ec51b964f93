#include "ingest/position_reader.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "common/text.h"
#include "ingest/dates.h"
#include "ingest/field_lines.h"
#include "ingest/text_lines.h"

namespace rungs::ingest {
namespace {

// Whether `inner` starts and ends inside `outer` (an open end holds any later month). A date
// known only to its year may be any month of it: "2023 - 2024 (on-prem data centre)" lies inside
// "Mar 2023 - Present".
bool within(const DateRange& inner, const DateRange& outer) {
  if (!inner.start || !outer.start || month_index(*inner.start, true) < month_index(*outer.start, false)) return false;
  if (outer.present || !outer.end) return true;
  const std::optional<YearMonth>& end = inner.end ? inner.end : inner.start;
  return !inner.present && month_index(*end, false) <= month_index(*outer.end, true);
}

// A clause break or `least` lower-case words: a sentence, not a header ("at", "of", "till
// date" do not count).
bool is_sentence(std::string_view text, int least) {
  if (text.find("; ") != std::string_view::npos) return true;
  static const std::vector<std::string_view> kSmall = {
      "at", "of", "and",  "in",   "for",  "the",     "to",  "with",  "on",
      "a",  "an", "from", "till", "date", "present", "now", "since", "current"};
  int lower = 0;
  for (std::string_view word : split_at_any(text, {" "})) {
    if (starts_lower(word) && std::find(kSmall.begin(), kSmall.end(), word) == kSmall.end())
      ++lower;
  }
  return lower >= least;
}

// Dates as a header has them: a whole range, or a lone date outside a sentence.
// A line that ends one sentence and starts another ("... in Node.js. Since 2020 I ran the") is
// prose whatever its dates.
bool has_header_dates(std::string_view text) {
  std::optional<FoundRange> dates = find_date_range(text);
  if (!dates) return false;
  const bool prose = is_sentence(text, 3);
  for (std::size_t at = text.find(". "); prose && at != std::string_view::npos;
       at = text.find(". ", at + 2)) {
    if (at + 2 < text.size() && std::isupper(static_cast<unsigned char>(text[at + 2])))
      return false;
  }
  return dates->range.end || dates->range.present || !prose;
}

// A job title and a whole date range, nothing more: "Senior Software Engineer (Apr 2024 –
// Present)", "Software Engineer II · Apr 2022 – Mar 2024".
bool is_dated_title(std::string_view text) {
  std::optional<FoundRange> dates = find_date_range(text);
  if (!dates || !(dates->range.end || dates->range.present)) return false;
  const std::string title = without_range(text, *dates);
  return has_role_word(title) && word_count(title) <= 8 && title.find(". ") == std::string::npos &&
         title.find(';') == std::string::npos;
}

// A line about the employer under its header, wholly in parentheses or in emphasis: "(Global
// In-house Centre of a US bank)", "*Global capability centre of a US insurer*". It does not stop
// the title or dates that follow from completing the entry.
bool is_note_line(std::string_view text) {
  std::string_view t = trim_view(text);
  return t.size() > 2 && ((t.front() == '(' && t.back() == ')') || ((t.front() == '*' || t.front() == '_') && t.back() == t.front()));
}

bool only_notes(const std::vector<TextLine>& lines) {
  return std::all_of(lines.begin(), lines.end(), [](const TextLine& l) { return is_note_line(l.text); });
}

// Where a line's words start, past Markdown emphasis: "**Aug 2023 – Sep 2024** · ...".
std::size_t first_word(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && (text[i] == '*' || text[i] == '_' || text[i] == ' ')) ++i;
  return i;
}

void fill(Position& p, const EntryHeader& h) {
  if (p.title.empty() && !h.title.empty())
    p.title = h.title;
  else if (p.title.empty() && p.company != h.company)
    p.title = h.company;
  if (p.company.empty()) p.company = !h.company.empty() ? h.company : p.company;
  if (p.location.empty()) p.location = h.location;
  if (h.dates) p.dates = *h.dates;
}

}  // namespace

// A header line opens a position when it has dates, or when it is short and the next line
// has them; a dates-only line completes the position just opened. "Key : value" blocks of
// service-company resumes are read by their keys (field_lines.h).
void PositionReader::read(std::size_t i, TextLine cited) {
  const ResumeLine& line = lines_[i];
  if (field(i, cited)) return;
  if (titled_dates(cited)) return;
  // The plain lines after a project's "Description :" say what the project is; a bullet, a field
  // or a new entry ends them.
  if (in_description_ && in_position_ && !line.bullet && !looks_like_new_entry(i, cited)) {
    cited.about = true;
    p_.positions.back().lines.push_back(std::move(cited));
    return;
  }
  in_description_ = false;
  if (worked_as(cited)) return;
  Position* current = in_position_ ? &p_.positions.back() : nullptr;
  // "1) ValueLabs LLP, Hyderabad" over "Designation : ..." heads an employment block; a numbered
  // employer over its dated title too ("1) Vidyalaya ERP, Indore" over "Software Engineer
  // 04/2022 to till date"). A dash bullet over a dated line is the end of the entry before.
  if ((opens_field_block(i) || (numbered(line) && next_has_header_dates(i))) && looks_like_entry_line(cited.text)) {
    start_position(parse_entry_header(cited.text), cited.line);
    return;
  }
  // "* **Senior Software Engineer** (Apr 2024 – Present)": a promotion listed as a bullet under
  // its employer, a title and a whole range and nothing else, is an entry line as well.
  const bool dated_title = line.bullet && is_dated_title(cited.text);
  std::optional<FoundRange> dates = line.bullet && !dated_title ? std::nullopt : find_date_range(cited.text);
  bool entry_line = (!line.bullet || dated_title) && looks_like_entry_line(cited.text);
  // A year inside a sentence ("chosen to lead the revamp in 2023, ahead of two seniors", a
  // wrapped PDF bullet) is not a header; a whole range ("Apr 2021 - Dec 2023") still is.
  if (dates && !has_header_dates(cited.text)) dates.reset();
  // "**Aug 2023 – Sep 2024** · seed-stage lending startup (shut down in Sep 2024 after ...)": a
  // line that starts with a whole range completes the entry just opened, however long its rest
  // about the employer is (which stays as a line of the position).
  if (!entry_line && dates && !line.bullet && current && !current->dates.start && only_notes(current->lines) &&
      dates->begin <= first_word(cited.text) && (dates->range.end || dates->range.present)) {
    current->dates = dates->range;
    std::string rest(trim_view(std::string_view(cited.text).substr(dates->end)));
    while (!rest.empty() && std::string_view("*_|·-–— ").find(rest.front()) != std::string_view::npos) rest.erase(0, 1);
    if (rest.size() > 1 && static_cast<unsigned char>(rest[0]) == 0xC2) rest.erase(0, 2);  // a "·" left half-stripped
    rest = std::string(trim_view(rest));
    if (!rest.empty()) current->lines.push_back({rest, cited.section, cited.line});
    return;
  }
  if (entry_line && dates && !starts_lower(cited.text)) {
    EntryHeader h = parse_entry_header(cited.text);
    if (current && h.title.empty() && !current->title.empty() && h.dates &&
        within(*h.dates, current->dates)) {
      // "Training (Wipro, Nov 2024 - Jan 2025)" inside "Project Engineer, Wipro  Nov 2024 -
      // Till Date": a dated part of the position (training, a project), not a position.
      current->lines.push_back(std::move(cited));
    } else if (current && !current->dates.start &&
               (current->lines.empty() || (current->title.empty() && !h.title.empty()))) {
      // "Infosys, Bengaluru" then "Systems Engineer  2017 - 2019", with or without a line
      // about the company between them. Dated titles that follow with no employer of their own
      // are the same employer's earlier positions.
      if (current->title.empty() && !current->company.empty() && !h.title.empty()) group_company_ = current->company;
      fill(*current, h);
    } else if (current && !h.title.empty() && h.dates && within(*h.dates, current->dates) &&
               (current->lines.empty() || current->title.empty())) {
      // "LTIMindtree, Pune  2021 - Present" over "Enterprise Architect  2023 - Present" and
      // "Technical Architect  2021 - 2023": one employer, a position per title (also when the
      // employer's line has the last title and the titles before it follow as promotions).
      group_company_ = current->company;
      std::vector<TextLine> about = std::move(current->lines);  // a line about the employer
      p_.positions.pop_back();
      start_position(h, cited.line);
      p_.positions.back().company = group_company_;
      p_.positions.back().lines = std::move(about);
    } else {
      start_position(h, cited.line);
      if (h.title.empty()) {
        group_company_.clear();
      } else if (h.company.empty() && !group_company_.empty()) {
        p_.positions.back().company = group_company_;
      }
    }
    return;
  }
  const bool next_has_dates = next_has_header_dates(i);
  bool short_title = has_role_word(cited.text) && cited.text.find(". ") == std::string::npos &&
                     word_count(cited.text) <= 10;
  // "Capgemini, Mumbai  2017 - 2021" then "SENIOR CONSULTANT": the title under its employer.
  if (current && entry_line && short_title && !dates && !next_has_dates && current->title.empty() &&
      only_notes(current->lines) && !current->company.empty()) {
    current->title = cited.text;
    return;
  }
  // A line of a wrapped sentence ("Mentor two engineers and an intern; wrote the") opens nothing.
  // A Markdown sub-heading ("### Trakkit Mobility — Gurugram") always opens an entry.
  bool opens =
      entry_line && !starts_lower(cited.text) && !is_sentence(cited.text, 4) &&
      (next_has_dates || !current || line.heading > 0 || (short_title && !current->lines.empty()));
  if (opens) {
    EntryHeader h = parse_entry_header(cited.text);
    if (current && current->lines.empty() && !current->dates.start &&
        (current->title.empty() || current->company.empty())) {
      fill(*current, h);
    } else {
      start_position(h, cited.line);
    }
    return;
  }
  if (!current) start_position({}, cited.line);
  p_.positions.back().lines.push_back(std::move(cited));
}

// "Senior Associate   : Apr 2025 - Present": a title, a colon and its whole date range, one line
// per grade under a career-progression heading (the employer is the heading's).
bool PositionReader::titled_dates(const TextLine& cited) {
  const std::string_view t = trim_view(cited.text);
  const std::size_t colon = t.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 40) return false;
  const std::string title(trim_view(t.substr(0, colon)));
  const std::string_view value = trim_view(t.substr(colon + 1));
  if (!has_role_word(title) || word_count(title) > 6) return false;
  std::optional<FoundRange> dates = find_date_range(value);
  if (!dates || !(dates->range.end || dates->range.present) || !trim_view(without_range(value, *dates)).empty()) return false;
  start_position({title, group_company_, "", dates->range}, cited.line);
  in_grade_list_ = true;
  return true;
}

// "Working as Lead Engineer in Codeworth Technologies, Noida from Jul 2023 to till date": the
// sentence form of a position in Indian resumes, bulleted or numbered or not.
bool PositionReader::worked_as(const TextLine& cited) {
  const std::string key = normalize_key(cited.text);
  std::size_t as = std::string::npos;
  for (const char* lead : {"working as ", "worked as ", "currently working as ",
                           "presently working as ", "work as "}) {
    if (key.starts_with(lead)) as = std::string(lead).size();
  }
  if (as == std::string::npos) return false;
  std::optional<FoundRange> dates = find_date_range(cited.text);
  if (!dates || !(dates->range.end || dates->range.present)) return false;
  std::string text = without_range(cited.text, *dates);
  std::string_view rest = trim_view(text);
  // Past the lead words in the original text: as many words as the key's lead has.
  for (int words =
           static_cast<int>(std::count(key.begin(), key.begin() + static_cast<long>(as), ' '));
       words > 0; --words) {
    std::size_t space = rest.find(' ');
    if (space == std::string_view::npos) return false;
    rest = trim_view(rest.substr(space + 1));
  }
  std::string title(rest), company;
  for (const char* joint : {" in ", " at ", " with ", " for "}) {
    std::size_t at = std::string(rest).find(joint);
    if (at == std::string::npos) continue;
    title = std::string(rest.substr(0, at));
    company = std::string(trim_view(rest.substr(at + std::string_view(joint).size())));
    break;
  }
  while (!company.empty() &&
         (company.back() == '.' || company.back() == ',' || company.back() == ' '))
    company.pop_back();
  if (company.size() > 5 && company.ends_with(" from")) company.resize(company.size() - 5);
  EntryHeader h;
  h.title = title;
  std::size_t comma = company.find(", ");
  h.company = company.substr(0, comma);
  if (comma != std::string::npos) h.location = company.substr(comma + 2);
  h.dates = dates->range;
  start_position(h, cited.line);
  return true;
}

// Reads a "Key : value" line of an employment block; false when the line is not one.
// Organisation, Designation and Duration make the position; inside a project block ("Project
// #2") they describe the project, and every other field is a line of the position.
bool PositionReader::field(std::size_t i, const TextLine& cited) {
  if (is_field_header_row(cited.text)) return true;  // "Organisation | Designation | Duration"
  std::optional<FieldLine> f = field_line(cited.text);
  if (!f) return false;
  Position* current = in_position_ ? &p_.positions.back() : nullptr;
  in_description_ = f->kind == FieldKind::kDescription;
  switch (f->kind) {
    case FieldKind::kEmployer:
      // A project's "Organisation : HCLTech" describes it; "2) Company : Nexgen" followed by a
      // designation or duration is the next employment.
      if (in_project_block_ && current && !opens_field_block(i)) break;
      if (current && current->company.empty() && current->lines.empty()) {
        current->company = f->value;
      } else {
        start_position({"", f->value, "", std::nullopt}, cited.line);
      }
      return true;
    case FieldKind::kTitle:
      if (in_project_block_ || !current || !current->title.empty()) break;
      current->title = f->value;
      return true;
    case FieldKind::kDates:
      if (in_project_block_ || !current || current->dates.start) break;
      if (std::optional<FoundRange> d = find_date_range(f->value)) {
        current->dates = d->range;
        return true;
      }
      break;
    case FieldKind::kProject:
      in_project_block_ = true;
      break;
    case FieldKind::kDescription:
    case FieldKind::kAttribute:
      break;
  }
  if (!current) start_position({}, cited.line);
  p_.positions.back().lines.push_back(cited);
  if (in_description_ && !f->value.empty()) p_.positions.back().lines.back().about = true;
  return true;
}

// Whether the next non-blank line states a designation or a duration: line `i` heads an
// employment block.
bool PositionReader::next_has_header_dates(std::size_t i) const {
  const ResumeLine* next = next_nonblank(lines_, i);
  return next && !next->bullet && looks_like_entry_line(next->text) && has_header_dates(next->text);
}

bool PositionReader::numbered(const ResumeLine& line) {
  const std::string_view t = trim_view(line.text);
  return line.bullet && !t.empty() && t.front() >= '0' && t.front() <= '9';
}

bool PositionReader::opens_field_block(std::size_t i) const {
  const ResumeLine* next = next_nonblank(lines_, i);
  if (!next) return false;
  std::optional<FieldLine> f = field_line(next->text);
  return f && (f->kind == FieldKind::kTitle || f->kind == FieldKind::kDates);
}

// Whether line `i` opens an entry of its own: dated, or a header over a dated line.
bool PositionReader::looks_like_new_entry(std::size_t i, const TextLine& cited) const {
  return looks_like_entry_line(cited.text) && (has_header_dates(cited.text) || next_has_header_dates(i));
}

void PositionReader::start_position(const EntryHeader& h, int line) {
  Position p;
  p.title = h.title;
  p.company = h.company;
  p.location = h.location;
  if (h.dates) p.dates = *h.dates;
  p.line = line;
  p_.positions.push_back(std::move(p));
  in_position_ = true;
  in_project_block_ = in_description_ = in_grade_list_ = false;
}

void PositionReader::close() {
  in_position_ = in_project_block_ = in_description_ = false;
  group_company_.clear();
}

}  // namespace rungs::ingest
