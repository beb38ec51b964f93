#include "ingest/section_headings.h"

#include <algorithm>
#include <cctype>
#include <utility>
#include <vector>

#include "common/text.h"
#include "ingest/text_lines.h"

namespace rungs::ingest {
namespace {

// Whole heading names, as normalize_key writes them.
const std::vector<std::pair<std::string_view, Section>>& known_names() {
  static const std::vector<std::pair<std::string_view, Section>> kNames = {
      {"summary", Section::kSummary}, {"professional summary", Section::kSummary},
      {"profile", Section::kSummary}, {"profile summary", Section::kSummary},
      {"professional profile", Section::kSummary}, {"about", Section::kSummary},
      {"about me", Section::kSummary}, {"objective", Section::kSummary},
      {"career objective", Section::kSummary}, {"career summary", Section::kSummary},
      {"overview", Section::kSummary}, {"executive summary", Section::kSummary},
      {"experience", Section::kExperience}, {"work experience", Section::kExperience},
      {"work", Section::kExperience}, {"experience highlights", Section::kExperience},
      {"professional experience", Section::kExperience}, {"work history", Section::kExperience},
      {"employment", Section::kExperience}, {"employment history", Section::kExperience},
      {"career history", Section::kExperience}, {"relevant experience", Section::kExperience},
      {"career progression", Section::kExperience}, {"career path", Section::kExperience},
      {"internships", Section::kExperience}, {"internship", Section::kExperience},
      {"professional background", Section::kExperience}, {"volunteer experience", Section::kExperience},
      {"projects", Section::kProjects}, {"personal projects", Section::kProjects},
      {"academic projects", Section::kProjects}, {"key projects", Section::kProjects},
      {"side projects", Section::kProjects}, {"selected projects", Section::kProjects},
      {"academic project", Section::kProjects}, {"personal project", Section::kProjects},
      {"college projects", Section::kProjects}, {"college project", Section::kProjects},
      {"final year project", Section::kProjects}, {"mini project", Section::kProjects},
      {"project experience", Section::kProjects}, {"project", Section::kProjects},
      {"project details", Section::kProjects}, {"projects handled", Section::kProjects},
      {"skills", Section::kSkills}, {"technical skills", Section::kSkills},
      {"key skills", Section::kSkills}, {"core skills", Section::kSkills},
      {"core competencies", Section::kSkills}, {"technologies", Section::kSkills},
      {"tech stack", Section::kSkills}, {"tools", Section::kSkills},
      {"tools and technologies", Section::kSkills}, {"technical proficiency", Section::kSkills},
      {"skill set", Section::kSkills}, {"skillset", Section::kSkills},
      {"skills summary", Section::kSkills}, {"competencies", Section::kSkills},
      {"areas of expertise", Section::kSkills}, {"expertise", Section::kSkills},
      {"education", Section::kEducation}, {"academic background", Section::kEducation},
      {"academics", Section::kEducation}, {"educational qualifications", Section::kEducation},
      {"educational qualification", Section::kEducation}, {"qualifications", Section::kEducation},
      {"academic qualifications", Section::kEducation}, {"education and training", Section::kEducation},
      {"certifications", Section::kCertifications}, {"certification", Section::kCertifications},
      {"certificates", Section::kCertifications}, {"licenses and certifications", Section::kCertifications},
      {"licences and certifications", Section::kCertifications},
      {"certifications and training", Section::kCertifications}, {"courses", Section::kCertifications},
      {"training", Section::kCertifications}, {"trainings", Section::kCertifications},
      {"professional development", Section::kCertifications},
      {"achievements", Section::kAchievements}, {"awards", Section::kAchievements},
      {"honors", Section::kAchievements}, {"honours", Section::kAchievements},
      {"awards and achievements", Section::kAchievements}, {"accomplishments", Section::kAchievements},
      {"publications", Section::kAchievements}, {"talks", Section::kAchievements},
      {"open source", Section::kAchievements}, {"open source contributions", Section::kAchievements},
      {"patents", Section::kAchievements}, {"recognition", Section::kAchievements},
      {"languages", Section::kOther}, {"interests", Section::kOther}, {"hobbies", Section::kOther},
      {"personal details", Section::kOther}, {"personal information", Section::kOther},
      {"declaration", Section::kOther}, {"references", Section::kOther},
      {"extracurricular activities", Section::kOther}, {"extra curricular activities", Section::kOther},
      {"contact", Section::kHeader}, {"contact information", Section::kHeader},
  };
  return kNames;
}

// Single words that make a short heading name a section ("Skills & Tools", "Work Experience
// and Internships"), checked in this order so that "Projects & Experience" is projects.
const std::vector<std::pair<std::string_view, Section>>& keywords() {
  static const std::vector<std::pair<std::string_view, Section>> kWords = {
      {"experience", Section::kExperience}, {"employment", Section::kExperience},
      {"internships", Section::kExperience}, {"worked", Section::kExperience},
      {"projects", Section::kProjects},
      {"skills", Section::kSkills}, {"technologies", Section::kSkills},
      {"education", Section::kEducation}, {"certifications", Section::kCertifications},
      {"certificates", Section::kCertifications}, {"summary", Section::kSummary},
      {"objective", Section::kSummary}, {"achievements", Section::kAchievements},
      {"awards", Section::kAchievements}, {"publications", Section::kAchievements},
  };
  return kWords;
}

int count_words(std::string_view key) {
  return key.empty() ? 0 : 1 + static_cast<int>(std::count(key.begin(), key.end(), ' '));
}

bool is_upper_case(std::string_view text) {
  bool any_letter = false;
  for (unsigned char c : text) {
    if (std::islower(c)) return false;
    if (std::isupper(c)) any_letter = true;
  }
  return any_letter;
}

// The text without Markdown emphasis around it and a trailing ':'.
std::string unmark(std::string_view line) {
  std::string_view t = trim_view(line);
  for (std::string_view mark : {"**", "__"}) {
    if (t.size() > 4 && t.starts_with(mark) && t.ends_with(mark)) t = trim_view(t.substr(2, t.size() - 4));
  }
  while (!t.empty() && (t.back() == ':' || t.back() == '-' || t.back() == '=')) t = trim_view(t.substr(0, t.size() - 1));
  return std::string(t);
}

// The section whose name is exactly `key` (normalised), if any.
std::optional<Section> exact_section(std::string_view key) {
  for (const auto& [name, section] : known_names()) {
    if (key == name) return section;
  }
  return std::nullopt;
}

// "CAREER PROGRESSION - COGNIZANT TECHNOLOGY SOLUTIONS, CHENNAI": an experience section's name in
// capitals, a dash, and the employer of every position under it.
std::optional<Heading> experience_at_employer(const std::string& text) {
  if (!is_upper_case(text)) return std::nullopt;
  for (std::string_view dash : {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "}) {
    const std::size_t at = text.find(dash);
    if (at == std::string::npos || exact_section(normalize_key(text.substr(0, at))) != Section::kExperience) continue;
    Heading h{Section::kExperience, text, true, true};
    h.employer = std::string(trim_view(std::string_view(text).substr(at + dash.size())));
    return h;
  }
  return std::nullopt;
}

}  // namespace

std::optional<Section> section_for_name(std::string_view text) {
  std::string key = normalize_key(text);
  if (std::optional<Section> exact = exact_section(key)) return exact;
  if (count_words(key) > 5) return std::nullopt;
  std::vector<std::string> words;
  for (std::size_t start = 0; start < key.size();) {
    std::size_t stop = key.find(' ', start);
    if (stop == std::string::npos) stop = key.size();
    words.push_back(key.substr(start, stop - start));
    start = stop + 1;
  }
  for (const auto& [word, section] : keywords()) {
    if (std::find(words.begin(), words.end(), word) != words.end()) return section;
  }
  return std::nullopt;
}

std::optional<Heading> heading_of(std::string_view line, int markdown_level, bool in_entries, bool sub_heading) {
  std::string text = unmark(line);
  std::string_view raw = trim_view(line);
  if (markdown_level == 0 && bullet_length(line) == 0) {
    if (std::optional<Heading> h = experience_at_employer(text)) return h;
  }
  if (text.empty() || text.size() > 60 || bullet_length(line) > 0) return std::nullopt;
  const bool marked = markdown_level > 0 || raw.ends_with(":") ||
                      (raw.starts_with("**") && raw.ends_with("**")) || is_upper_case(text);
  std::string key = normalize_key(text);
  if (std::optional<Section> exact = exact_section(key)) return Heading{*exact, text, true, true};
  if (sub_heading) return std::nullopt;
  if (marked && count_words(key) <= 5) {
    if (std::optional<Section> section = section_for_name(text)) return Heading{*section, text, true};
  }
  // An unknown Markdown heading or upper-case line opens a section of its own, but not inside
  // experience, projects or education, where it is more likely a company or school name.
  if (!in_entries && count_words(key) <= 4 && (markdown_level > 1 || (is_upper_case(text) && markdown_level == 0)) &&
      std::none_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return Heading{Section::kOther, text, false};
  }
  return std::nullopt;
}

}  // namespace rungs::ingest
