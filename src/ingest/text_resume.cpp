// Plain text and Markdown resumes (and the text of PDFs and DOCX files) into a Profile:
// sections by their headings, positions by their header lines, bullets into cited lines.
#include <algorithm>
#include <array>
#include <cctype>

#include "common/text.h"
#include "common/utf8.h"
#include "ingest/contact.h"
#include "ingest/dates.h"
#include "ingest/entry_header.h"
#include "ingest/field_lines.h"
#include "ingest/position_reader.h"
#include "ingest/readers.h"
#include "ingest/resume_lines.h"
#include "ingest/section_headings.h"
#include "ingest/text_lines.h"

namespace rungs::ingest {
namespace {

bool is_entry_section(Section s) {
  return s == Section::kExperience || s == Section::kProjects || s == Section::kEducation;
}

bool has_any_word(std::string_view text, std::initializer_list<std::string_view> words) {
  return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return text.find(w) != std::string_view::npos; });
}

// "RESUME", "Curriculum Vitae" or "Bio-data" above the name: the document's title, not the person.
bool is_document_title(std::string_view text) {
  static const std::array<std::string_view, 6> kTitles = {"resume", "curriculum vitae", "cv", "bio data",
                                                          "biodata", "r\xC3\xA9sum\xC3\xA9"};
  const std::string key = normalize_key(text);
  return std::find(kTitles.begin(), kTitles.end(), key) != kTitles.end();
}

bool names_school(std::string_view text) {
  return has_any_word(text, {"University", "College", "Institute", "School", "IIT", "NIT", "IIIT", "BITS",
                             "Academy", "Vidyalaya", "Polytechnic"});
}

class TextResumeReader {
 public:
  TextResumeReader(Profile& profile, std::vector<ResumeLine> lines) : p_(profile), lines_(std::move(lines)) {}

  void read() {
    for (std::size_t i = 0; i < lines_.size(); ++i) {
      const ResumeLine& line = lines_[i];
      if (trim_view(line.text).empty()) continue;
      // A Markdown heading as high as the one that opened an entry section closes it, whatever
      // it says ("## Career Switch" after "## Experience"); lower ones name companies there.
      const bool in_entries = is_entry_section(section_) && !(line.heading > 0 && line.heading <= section_level_);
      const bool sub_heading = in_entries && section_level_ > 0 && line.heading > section_level_;
      if (std::optional<Heading> h = heading_of(line.text, line.heading, in_entries, sub_heading)) {
        // The first line of the document is the person's name even when it looks like a heading;
        // "PROJECT DETAILS" inside an open employment block of a service-company resume, or a
        // phrase naming its projects or achievements ("Key projects at Ledgerline:"), is a part
        // of that employment, not a section of its own.
        // So is the employer's own training inside the block ("Training:" over "Completed 14 week
        // Generic and Stream training at Infosys Global Education Centre"), which a service
        // company gives every joiner.
        const std::string key = normalize_key(h->text);
        const bool about_the_job = (!h->exact && (h->section == Section::kProjects || h->section == Section::kAchievements)) ||
                                   key == "training" || key == "trainings";
        const bool part_of_employment = section_ == Section::kExperience && positions_.open() &&
                                        !positions_.in_grade_list() && line.heading == 0 &&
                                        (key == "project details" || about_the_job);
        if (!(section_ == Section::kHeader && p_.person.name.empty() && !h->known) && !part_of_employment) {
          // "## HealthifyMe" over "**Engineering Manager** · Apr 2022 – present": an employer
          // heading (with no Experience heading above it, or beside others at its level) is an
          // entry of the experience section.
          if (!h->known && next_is_dated_title(i)) {
            open(Heading{Section::kExperience, h->text, true}, line.heading);
            take(i);
            continue;
          }
          open(*h, line.heading);
          continue;
        }
      }
      // "Skills: Scala, Akka, Kafka" in a terse resume: a section named inline, its content after.
      // Inside a skills section, "Languages : Java, C, SQL" is a row of it (programming
      // languages), not the spoken-languages section.
      if (std::optional<Heading> h = inline_heading(line);
          h && section_ != Section::kHeader && !(section_ == Section::kSkills && h->section == Section::kOther)) {
        open(*h, 0);
        lines_[i].text = lines_[i].text.substr(lines_[i].text.find(':') + 1);
      }
      take(i);
    }
  }

 private:
  void open(const Heading& h, int heading_level) {
    section_ = h.section;
    section_level_ = heading_level;
    in_project_ = in_education_ = false;
    academic_section_ = h.section == Section::kProjects && names_academic_work(h.text);
    positions_.close();
    if (!h.employer.empty()) positions_.set_employer(h.employer);
    if (h.section == Section::kSkills) p_.skills.push_back({"", {}});
    if (!h.known) p_.other.push_back({h.text, Section::kOther, 0});
  }

  // The heading of a line that starts with a section's whole name and a colon, content after:
  // "Skills: Scala, Akka", "Education: B.Tech, IIT Madras". A field ("Project : X") is not one.
  static std::optional<Heading> inline_heading(const ResumeLine& line) {
    if (line.bullet || line.heading > 0) return std::nullopt;
    std::size_t colon = line.text.find(':');
    if (colon == std::string::npos || colon > 30 || trim_view(line.text.substr(colon + 1)).empty()) return std::nullopt;
    std::optional<Heading> h = heading_of(line.text.substr(0, colon) + ":", 0, false, true);
    if (!h || !h->known || field_line(line.text)) return std::nullopt;
    return h;
  }

  // Whether the next non-blank line after `i` is a position header: a role word and dates.
  bool next_is_dated_title(std::size_t i) const {
    const ResumeLine* next = next_nonblank(lines_, i);
    return next && !next->bullet && has_role_word(next->text) && looks_like_entry_line(next->text) &&
           find_date_range(next->text).has_value();
  }

  void take(std::size_t i) {
    const ResumeLine& line = lines_[i];
    const std::string text = line.bullet ? strip_bullet(line.text) : std::string(trim_view(line.text));
    TextLine cited{text, section_, line.number};
    switch (section_) {
      case Section::kHeader: return header(line, cited);
      case Section::kSummary: p_.summary.push_back(cited); return;
      case Section::kExperience: return positions_.read(i, cited);
      case Section::kProjects: return project(i, cited);
      case Section::kSkills: return skills(cited);
      case Section::kEducation: return education(cited);
      case Section::kCertifications: return certification(cited);
      case Section::kAchievements: p_.achievements.push_back(cited); return;
      case Section::kOther: p_.other.push_back(cited); return;
    }
  }

  void header(const ResumeLine& line, const TextLine& cited) {
    Person& person = p_.person;
    if (take_contact_details(cited.text, person)) return;
    if (person.name.empty() && is_document_title(cited.text)) return;
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

  void project(std::size_t i, TextLine cited) {
    const ResumeLine& line = lines_[i];
    Project* current = in_project_ ? &p_.projects.back() : nullptr;
    // A service company's project block: "Project #2" or "Project Name : ROS" opens a project (the
    // name may come on the next line); "Client :", "Role :", "Environment :" are its lines.
    if (std::optional<FieldLine> f = field_line(cited.text); f && !line.bullet) {
      if (f->kind == FieldKind::kProject) {
        if (current && current->name.empty() && !f->value.empty()) {
          current->name = f->value;
        } else {
          start_project(cited.line).name = f->value;
        }
        return;
      }
      (current ? *current : start_project(cited.line)).lines.push_back(std::move(cited));
      return;
    }
    const bool marked = cited.text.find('|') != std::string::npos || find_date_range(cited.text).has_value();
    const bool few_words = word_count(cited.text) <= 10;
    bool title_line = !line.bullet && looks_like_entry_line(cited.text) &&
                      (marked || (few_words && !starts_lower(cited.text))) && (!current || !current->lines.empty());
    if (title_line) {
      Project& p = start_project(cited.line);
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
      if (!p.keywords.empty()) p.lines.push_back(cited);
      return;
    }
    (current ? *current : start_project(cited.line)).lines.push_back(std::move(cited));
  }

  // A new project of the projects section, starting at `line`; later lines go to it.
  Project& start_project(int line) {
    Project& p = p_.projects.emplace_back();
    p.line = line;
    p.academic = academic_section_;
    in_project_ = true;
    return p;
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
  std::vector<ResumeLine> lines_;
  Section section_ = Section::kHeader;
  int section_level_ = 0;  // the Markdown level of the heading that opened the section
  PositionReader positions_{p_, lines_};  // the experience section
  // Whether the last project and education entry still take lines.
  bool in_project_ = false;
  bool academic_section_ = false;  // the projects heading says they were a student's ("Academic Projects")
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
  std::vector<ResumeLine> lines = resume_lines(text);
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
