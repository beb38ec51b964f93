// The Profile: one resume as rungs understood it, whatever the format it came in. Everything
// after ingest (skills, assess, report) reads only this. Every piece of text keeps the section
// and line it came from, so that verdicts can cite it.
#ifndef RUNGS_PROFILE_H_
#define RUNGS_PROFILE_H_

#include <optional>
#include <string>
#include <vector>

namespace rungs {

// The kind of resume section a piece of text sits in. Evidence depends on it: experience and
// projects count as hands-on use, skills/summary/headline only as listed.
enum class Section {
  kHeader,          // name, headline, contact lines
  kSummary,         // summary, objective, profile, about
  kExperience,      // positions, volunteer work
  kProjects,        // projects
  kSkills,          // skills sections and keyword lists
  kEducation,       // degrees, schools
  kCertifications,  // certifications, licences, courses
  kAchievements,    // awards, publications, talks, open source
  kOther,           // anything else (languages, interests, unnamed sections)
};

// The lower-case name of a section kind, as used in JSON and citations ("experience").
const char* section_name(Section section);

// One cited piece of text: what it says, the section it came from and its line in the
// document (1-based; 0 when the format has no lines to speak of).
struct TextLine {
  std::string text;
  Section section = Section::kOther;
  int line = 0;
  // What the line describes is a project or an employer, not the person's own work (the
  // "Description :" text of a service-company project block): its skills count, its signals not.
  bool about = false;
};

// A calendar month. `month` is 1..12, or 0 when only the year is known.
struct YearMonth {
  int year = 0;
  int month = 0;

  friend bool operator==(const YearMonth&, const YearMonth&) = default;
};

// Months since year 0, for comparing dates: a date known only to its year counts as January
// when it starts something (`is_end` false) and as December when it ends it.
int month_index(YearMonth date, bool is_end);

// When something began and ended. `present` means it is still going on (no end).
struct DateRange {
  std::optional<YearMonth> start;
  std::optional<YearMonth> end;
  bool present = false;
};

// A link to a profile or page: LinkedIn, GitHub, a portfolio.
struct Link {
  std::string label;  // "LinkedIn", "GitHub", "Website", ...
  std::string url;
};

struct Person {
  std::string name;
  std::string headline;  // label, current title line or tagline
  int headline_line = 0;
  std::string location;
  std::string email;
  std::string phone;
  std::vector<Link> links;
};

// A job (or volunteer role). `lines` are the description and bullets, in document order.
struct Position {
  std::string company;
  std::string title;
  std::string location;
  DateRange dates;
  std::vector<TextLine> lines;
  int line = 0;  // where the position starts in the document
  bool volunteer = false;
};

struct Project {
  std::string name;
  DateRange dates;
  std::vector<TextLine> lines;
  std::vector<std::string> keywords;
  int line = 0;
  // Done as a student: under an academic heading, or named a final-year, college or semester
  // project. It shows the skills used, not the level of professional work.
  bool academic = false;
};

struct Education {
  std::string institution;
  std::string degree;  // study type and area: "B.Tech Computer Science"
  DateRange dates;
  int line = 0;
};

// A certification the person holds.
struct Credential {
  std::string name;
  std::string issuer;
  std::optional<YearMonth> date;
  int line = 0;
};

// A skills list: an optional group name ("Databases") and its entries, each cited.
struct SkillGroup {
  std::string name;
  std::vector<TextLine> entries;
};

// Where the profile came from.
struct Source {
  std::string file;
  std::string format;  // "json-resume", "resume-matcher-json", "linkedin", "pdf", "docx", "text"
};

struct Profile {
  Source source;
  Person person;
  std::vector<TextLine> summary;
  std::vector<Position> positions;
  std::vector<Project> projects;
  std::vector<Education> education;
  std::vector<Credential> certifications;
  std::vector<SkillGroup> skills;
  std::vector<TextLine> achievements;  // awards, publications, talks
  std::vector<TextLine> other;         // text in no known section
  std::vector<std::string> notes;      // what ingest could not understand, for the user to see
};

// Years of experience from the positions' dates (volunteer work left out), overlapping
// positions counted once, ongoing ones up to `today`. Positions without a start are skipped.
double experience_years(const Profile& profile, YearMonth today);
// The same over some of the positions (those that name a skill, for instance).
double experience_years(const std::vector<const Position*>& positions, YearMonth today);

// Whether a sentence is one of the personal details Indian resumes carry ("Notice period: 60
// days", "Date of Birth: ...", "Current CTC: ...", "Marital Status: ..."): facts about hiring, never
// evidence of work, whatever section they stand in.
bool is_personal_detail(std::string_view sentence);

// Every cited line of the profile, in document order within each part: headline, summary,
// positions, projects, skills, certifications, education, achievements, other.
std::vector<TextLine> all_lines(const Profile& profile);

// "2020-03", or "2020" when the month is not known.
std::string format_month(YearMonth date);

// "2019-06 - present", "2017 - 2019-08", "2018" (start only), "" (no dates).
std::string format_range(const DateRange& range);

// The month the program runs in (UTC).
YearMonth current_month();

// The time now as ISO 8601 in UTC, to the second: "2026-12-01T09:30:00Z".
std::string current_time_utc();

}  // namespace rungs

#endif  // RUNGS_PROFILE_H_
