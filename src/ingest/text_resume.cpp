// Plain text and Markdown resumes (and the text of PDFs and DOCX files) into a Profile:
// sections by their headings, positions by their header lines, bullets into cited lines.
#include <algorithm>

#include "common/text.h"
#include "common/utf8.h"
#include "ingest/contact.h"
#include "ingest/dates.h"
#include "ingest/entry_header.h"
#include "ingest/readers.h"
#include "ingest/section_headings.h"
#include "ingest/text_lines.h"

namespace rungs::ingest {
namespace {

// One line after Markdown marks are taken off.
struct Line {
  std::string text;   // without heading marks, emphasis, link syntax
  int number = 0;     // 1-based line in the document
  int heading = 0;    // Markdown heading level, 0 for none
  bool bullet = false;
};

// "## Skills" -> level 2; "[GitHub](https://github.com/x)" -> "GitHub (https://github.com/x)";
// "**bold**" and "`code`" lose their marks.
Line markdown_line(std::string_view raw, int number) {
  Line line{"", number, 0, bullet_length(raw) > 0};
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

bool is_entry_section(Section s) {
  return s == Section::kExperience || s == Section::kProjects || s == Section::kEducation;
}

bool starts_lower(std::string_view text) { return !text.empty() && text.front() >= 'a' && text.front() <= 'z'; }

bool has_any_word(std::string_view text, std::initializer_list<std::string_view> words) {
  return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return text.find(w) != std::string_view::npos; });
}

bool names_school(std::string_view text) {
  return has_any_word(text, {"University", "College", "Institute", "School", "IIT", "NIT", "IIIT", "BITS",
                             "Academy", "Vidyalaya", "Polytechnic"});
}

class TextResumeReader {
 public:
  TextResumeReader(Profile& profile, std::vector<Line> lines) : p_(profile), lines_(std::move(lines)) {}

  void read() {
    for (std::size_t i = 0; i < lines_.size(); ++i) {
      const Line& line = lines_[i];
      if (trim_view(line.text).empty()) continue;
      if (std::optional<Heading> h = heading_of(line.text, line.heading, is_entry_section(section_))) {
        // The first line of the document is the person's name even when it looks like a heading.
        if (!(section_ == Section::kHeader && p_.person.name.empty() && !h->known)) {
          open(*h);
          continue;
        }
      }
      take(i);
    }
  }

 private:
  void open(const Heading& h) {
    section_ = h.section;
    in_position_ = in_project_ = in_education_ = false;
    if (h.section == Section::kSkills) p_.skills.push_back({"", {}});
    if (!h.known) p_.other.push_back({h.text, Section::kOther, 0});
  }

  // The next non-blank line after `i`, or nullptr.
  const Line* next_line(std::size_t i) const {
    for (std::size_t k = i + 1; k < lines_.size(); ++k) {
      if (!trim_view(lines_[k].text).empty()) return &lines_[k];
    }
    return nullptr;
  }

  void take(std::size_t i) {
    const Line& line = lines_[i];
    const std::string text = line.bullet ? strip_bullet(line.text) : std::string(trim_view(line.text));
    TextLine cited{text, section_, line.number};
    switch (section_) {
      case Section::kHeader: return header(line, cited);
      case Section::kSummary: p_.summary.push_back(cited); return;
      case Section::kExperience: return experience(i, cited);
      case Section::kProjects: return project(i, cited);
      case Section::kSkills: return skills(cited);
      case Section::kEducation: return education(cited);
      case Section::kCertifications: return certification(cited);
      case Section::kAchievements: p_.achievements.push_back(cited); return;
      case Section::kOther: p_.other.push_back(cited); return;
    }
  }

  void header(const Line& line, const TextLine& cited) {
    Person& person = p_.person;
    if (take_contact_details(cited.text, person)) return;
    if (person.name.empty() && !line.bullet) {
      person.name = cited.text.substr(0, cited.text.find("  "));  // a PDF line: name, then a gap
      // "Priya Sharma | Backend Engineer": a name line that carries the headline too.
      std::size_t bar = cited.text.find(" | ");
      if (bar != std::string::npos && has_role_word(cited.text.substr(bar))) {
        person.name = std::string(trim_view(std::string_view(cited.text).substr(0, bar)));
        person.headline = std::string(trim_view(std::string_view(cited.text).substr(bar + 3)));
        person.headline_line = cited.line;
      }
      return;
    }
    if (person.headline.empty() && has_role_word(cited.text) && cited.text.size() < 120) {
      person.headline = cited.text.substr(0, cited.text.find("  "));
      person.headline_line = cited.line;
      return;
    }
    if (person.location.empty() && cited.text.size() < 60 && cited.text.find(',') != std::string::npos &&
        std::none_of(cited.text.begin(), cited.text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      person.location = cited.text;
      return;
    }
    p_.summary.push_back({cited.text, Section::kSummary, cited.line});
  }

  // A header line opens a position when it has dates, or when it is short and the next line
  // has them; a dates-only line completes the position just opened.
  void experience(std::size_t i, TextLine cited) {
    const Line& line = lines_[i];
    Position* current = in_position_ ? &p_.positions.back() : nullptr;
    std::optional<FoundRange> dates = line.bullet ? std::nullopt : find_date_range(cited.text);
    bool entry_line = !line.bullet && looks_like_entry_line(cited.text);
    if (entry_line && dates) {
      EntryHeader h = parse_entry_header(cited.text);
      if (current && current->lines.empty() && !current->dates.start) {
        fill(*current, h);  // "Infosys, Bengaluru" then "Systems Engineer  2017 - 2019"
      } else {
        start_position(h, cited.line);
      }
      return;
    }
    const Line* next = next_line(i);
    bool next_has_dates = next && !next->bullet && find_date_range(next->text).has_value() &&
                          looks_like_entry_line(next->text);
    bool short_title = has_role_word(cited.text) && cited.text.find(". ") == std::string::npos &&
                       word_count(cited.text) <= 10;
    bool opens = entry_line && !starts_lower(cited.text) &&
                 (next_has_dates || !current || (short_title && !current->lines.empty()));
    if (opens) {
      EntryHeader h = parse_entry_header(cited.text);
      if (current && current->lines.empty() && !current->dates.start && (current->title.empty() || current->company.empty())) {
        fill(*current, h);
      } else {
        start_position(h, cited.line);
      }
      return;
    }
    if (!current) start_position({}, cited.line);
    p_.positions.back().lines.push_back(std::move(cited));
  }

  static void fill(Position& p, const EntryHeader& h) {
    if (p.title.empty() && !h.title.empty()) p.title = h.title;
    else if (p.title.empty() && p.company != h.company) p.title = h.company;
    if (p.company.empty()) p.company = !h.company.empty() ? h.company : p.company;
    if (p.location.empty()) p.location = h.location;
    if (h.dates) p.dates = *h.dates;
  }

  void start_position(const EntryHeader& h, int line) {
    Position p;
    p.title = h.title;
    p.company = h.company;
    p.location = h.location;
    if (h.dates) p.dates = *h.dates;
    p.line = line;
    p_.positions.push_back(std::move(p));
    in_position_ = true;
  }

  void project(std::size_t i, TextLine cited) {
    const Line& line = lines_[i];
    Project* current = in_project_ ? &p_.projects.back() : nullptr;
    const bool marked = cited.text.find('|') != std::string::npos || find_date_range(cited.text).has_value();
    const bool few_words = word_count(cited.text) <= 10;
    bool title_line = !line.bullet && looks_like_entry_line(cited.text) &&
                      (marked || (few_words && !starts_lower(cited.text))) && (!current || !current->lines.empty());
    if (title_line) {
      Project p;
      std::string name = cited.text;
      if (std::optional<FoundRange> d = find_date_range(name)) {
        p.dates = d->range;
        name = without_range(name, *d);
      }
      // "Payments Gateway | Java, Spring Boot, Kafka": what follows a bar or "Tech:" is keywords.
      for (std::string_view mark : {" | ", " - Tech", "Tech Stack:", "Technologies:", "Tech:"}) {
        std::size_t at = name.find(mark);
        if (at != std::string::npos && at > 0) {
          std::string tail = name.substr(at + mark.size());
          for (std::string_view k : split_list(tail)) p.keywords.emplace_back(k);
          name = std::string(trim_view(name.substr(0, at)));
          break;
        }
      }
      while (!name.empty() && (name.back() == '|' || name.back() == '(' || name.back() == '-' || name.back() == ',')) name.pop_back();
      p.name = std::string(trim_view(name));
      p.line = cited.line;
      if (!p.keywords.empty()) p.lines.push_back(cited);
      p_.projects.push_back(std::move(p));
      in_project_ = true;
      return;
    }
    if (!current) {
      p_.projects.push_back(Project{});
      p_.projects.back().line = cited.line;
      in_project_ = true;
    }
    p_.projects.back().lines.push_back(std::move(cited));
  }

  // "Languages: Java, Python" -> group "Languages" with two entries.
  void skills(const TextLine& cited) {
    if (p_.skills.empty()) p_.skills.push_back({"", {}});
    std::string_view text = cited.text;
    std::string group;
    std::size_t colon = text.find(':');
    std::size_t bar = text.find(" | ");  // a table row from a DOCX: "Languages | Java, Kotlin"
    if (colon != std::string_view::npos && colon < 40) {
      group = std::string(trim_view(text.substr(0, colon)));
      text = text.substr(colon + 1);
    } else if (bar != std::string_view::npos && bar < 40 && text.substr(0, bar).find(',') == std::string_view::npos &&
               text.substr(bar + 3).find(',') != std::string_view::npos) {
      group = std::string(trim_view(text.substr(0, bar)));
      text = text.substr(bar + 3);
    }
    if (!group.empty() && (p_.skills.back().name != group || !p_.skills.back().entries.empty())) {
      p_.skills.push_back({group, {}});
    }
    for (std::string_view item : split_list(text)) {
      p_.skills.back().entries.push_back({std::string(item), Section::kSkills, cited.line});
    }
  }

  void education(const TextLine& cited) {
    Education* current = in_education_ ? &p_.education.back() : nullptr;
    std::string text = cited.text;
    std::optional<FoundRange> dates = find_date_range(text);
    if (dates) text = without_range(text, *dates);
    bool school = names_school(text);
    bool degree = has_any_word(text, {"B.Tech", "B. Tech", "BTech", "B.E", "BE ", "M.Tech", "MTech", "MCA", "BCA", "B.Sc", "M.Sc", "BSc", "MSc",
                                      "Bachelor", "Master", "PhD", "Ph.D", "Diploma", "B.S", "M.S", "MBA", "12th", "10th", "HSC", "SSC", "Class X"});
    if (!current || ((school && !current->institution.empty()) || (degree && !current->degree.empty()))) {
      if (!school && !degree && current) return;  // a note on the current entry
      p_.education.push_back(Education{});
      current = &p_.education.back();
      current->line = cited.line;
      in_education_ = true;
    }
    if (school && current->institution.empty()) {
      // "B.Tech, Computer Science - NIT Trichy": the part naming a school is the institution,
      // the parts before it (or else after it) the degree.
      std::vector<std::string> parts = split_at_any(text, {", ", " - ", " | "});
      auto at = std::find_if(parts.begin(), parts.end(), [](const std::string& p) { return names_school(p); });
      current->institution = at != parts.end() ? *at : text;
      std::vector<std::string> before(parts.begin(), at), after(at == parts.end() ? at : at + 1, parts.end());
      std::string rest = join(before.empty() ? after : before, ", ");
      if (degree && current->degree.empty()) current->degree = rest;
    } else if (degree && current->degree.empty()) {
      std::size_t comma = text.find(", ");
      current->degree = text.substr(0, comma);
      if (comma != std::string::npos && current->institution.empty()) current->institution = text.substr(comma + 2);
    } else if (current->institution.empty()) {
      current->institution = text;
    }
    if (dates) current->dates = dates->range;
    current->dates.present = false;
  }

  void certification(const TextLine& cited) {
    Credential c;
    std::string text = cited.text;
    if (std::optional<FoundRange> d = find_date_range(text)) {
      c.date = d->range.start;
      text = without_range(text, *d);
    }
    c.name = text;
    c.line = cited.line;
    if (!c.name.empty()) p_.certifications.push_back(std::move(c));
  }

  // "Java, Spring Boot; Kafka | Redis" -> the items; "/" is kept ("CI/CD", "TCP/IP").
  static std::vector<std::string_view> split_list(std::string_view text) {
    std::vector<std::string_view> items;
    std::size_t start = 0;
    auto flush = [&](std::size_t stop) {
      std::string_view item = trim_view(text.substr(start, stop - start));
      while (!item.empty() && (item.back() == '.' )) item = trim_view(item.substr(0, item.size() - 1));
      if (!item.empty()) items.push_back(item);
    };
    int depth = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
      char c = text[i];
      if (c == '(') ++depth;
      if (c == ')' && depth > 0) --depth;
      bool bullet = text.substr(i).starts_with("\xE2\x80\xA2") || text.substr(i).starts_with("\xC2\xB7");
      if (depth == 0 && (c == ',' || c == ';' || c == '|' || bullet)) {
        flush(i);
        start = i + (bullet ? (text[i] == '\xC2' ? 2 : 3) : 1);
        if (bullet) i = start - 1;
      }
    }
    flush(text.size());
    return items;
  }

  Profile& p_;
  std::vector<Line> lines_;
  Section section_ = Section::kHeader;
  // Whether the last position, project and education entry still take lines.
  bool in_position_ = false;
  bool in_project_ = false;
  bool in_education_ = false;
};

}  // namespace

Result<Profile> read_text_profile(std::string_view text, const std::string& name) {
  text = strip_utf8_bom(text);
  if (std::optional<std::size_t> bad = first_invalid_utf8(text)) {
    return invalid_input(name + ": not UTF-8 text (invalid byte at line " +
                         std::to_string(line_at(text, *bad)) + "); save it as UTF-8");
  }
  if (text.find('\0') != std::string_view::npos) {
    return invalid_input(name + ": binary data, not a resume in a known format (PDF, DOCX, JSON, "
                         "LinkedIn export, text)");
  }
  if (trim_view(text).empty()) return invalid_input(name + ": the document is empty");
  std::vector<std::string> raw_lines;
  for (std::string_view raw : split_lines(text)) raw_lines.emplace_back(raw);
  join_wrapped_ranges(raw_lines);
  std::vector<Line> lines;
  int number = 0;
  for (const std::string& raw : raw_lines) lines.push_back(markdown_line(raw, ++number));
  Profile profile;
  profile.source = {name, "text"};
  TextResumeReader(profile, std::move(lines)).read();
  std::erase_if(profile.skills, [](const SkillGroup& g) { return g.entries.empty(); });
  if (profile.positions.empty() && profile.projects.empty() && profile.skills.empty()) {
    profile.notes.push_back("no experience, projects or skills sections were found; is this a resume?");
  }
  return profile;
}

}  // namespace rungs::ingest
