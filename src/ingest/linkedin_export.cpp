// A LinkedIn data export (the zip as downloaded, or its folder) into a Profile. Only the
// member's own files are opened; Connections.csv, messages.csv, Invitations.csv and every
// other file about other people are never read.
#include <array>
#include <filesystem>

#include "common/file.h"
#include "common/utf8.h"
#include "ingest/csv.h"
#include "ingest/dates.h"
#include "ingest/readers.h"
#include "ingest/text_lines.h"
#include "ingest/zip_archive.h"

namespace rungs::ingest {
namespace {

constexpr std::array<std::string_view, 6> kProfileFiles = {
    "Profile.csv", "Positions.csv", "Skills.csv", "Certifications.csv", "Education.csv", "Projects.csv"};

// The table of `file`, or nullopt when the export does not have it.
Result<std::optional<CsvTable>> table(const ExportFiles& files, const std::string& name,
                                      const char* file, const std::vector<std::string>& required) {
  auto it = files.find(file);
  if (it == files.end()) return std::optional<CsvTable>{};
  const std::string where = name + ": " + file;
  if (std::optional<std::size_t> bad = first_invalid_utf8(it->second)) {
    return invalid_input(where + ":" + std::to_string(line_at(it->second, *bad)) +
                         ": not UTF-8 text; LinkedIn exports are UTF-8, so the file was changed since");
  }
  Result<std::vector<CsvRecord>> records = parse_csv(it->second, where);
  if (!records) return std::unexpected(records.error());
  Result<CsvTable> found = CsvTable::find(std::move(*records), required, where);
  if (!found) return std::unexpected(found.error());
  return std::optional<CsvTable>(std::move(*found));
}

DateRange range(const CsvTable& t, const CsvRecord& row, const char* start, const char* end,
                const std::string& where, Profile& profile) {
  DateRange r;
  std::string from = t.get(row, start), to = t.get(row, end);
  r.start = parse_date(from);
  if (!from.empty() && !r.start) profile.notes.push_back(where + ": '" + from + "' is not a date");
  r.end = parse_date(to);
  if (!to.empty() && !r.end) profile.notes.push_back(where + ": '" + to + "' is not a date");
  r.present = to.empty() && r.start.has_value();
  return r;
}

}  // namespace

bool is_linkedin_profile_file(std::string_view file) {
  for (std::string_view f : kProfileFiles) {
    if (file == f) return true;
  }
  return false;
}

Result<ExportFiles> linkedin_files_from_zip(std::string_view bytes, const std::string& name,
                                            const IngestLimits& limits) {
  Result<ZipArchive> zip = ZipArchive::open(bytes, name, limits);
  if (!zip) return std::unexpected(zip.error());
  ExportFiles files;
  for (const std::string& member : zip->names()) {
    std::string base = member_base_name(member);
    if (!is_linkedin_profile_file(base) || files.contains(base)) continue;
    Result<std::string> content = zip->read(member);
    if (!content) return std::unexpected(content.error());
    files.emplace(base, std::move(*content));
  }
  if (files.empty()) {
    return invalid_input(name + ": a zip without LinkedIn export files (Profile.csv, Positions.csv, ...)");
  }
  return files;
}

Result<ExportFiles> linkedin_files_from_folder(const std::string& folder, const IngestLimits& limits) {
  ExportFiles files;
  for (std::string_view file : kProfileFiles) {
    std::filesystem::path path = std::filesystem::path(folder) / file;
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) continue;
    Result<std::string> content = read_file(path, limits.max_document_bytes);
    if (!content) return std::unexpected(content.error());
    files.emplace(std::string(file), std::move(*content));
  }
  if (files.empty()) {
    return invalid_input(folder + ": a folder without LinkedIn export files (Profile.csv, "
                         "Positions.csv, ...); give a resume file or a LinkedIn export");
  }
  return files;
}

Result<Profile> read_linkedin(const ExportFiles& files, const std::string& name) {
  Profile profile;
  profile.source = {name, "linkedin"};

  auto profile_csv = table(files, name, "Profile.csv", {"First Name", "Last Name"});
  if (!profile_csv) return std::unexpected(profile_csv.error());
  if (*profile_csv && !(*profile_csv)->rows().empty()) {
    const CsvTable& t = **profile_csv;
    const CsvRecord& row = t.rows().front();
    Person& p = profile.person;
    p.name = t.get(row, "First Name") + " " + t.get(row, "Last Name");
    p.name = std::string(trim_view(p.name));
    p.headline = t.get(row, "Headline");
    p.headline_line = row.line;
    p.location = t.get(row, "Geo Location");
    std::string websites = t.get(row, "Websites");
    if (!websites.empty()) p.links.push_back({"Website", websites});
    std::string summary = t.get(row, "Summary");
    for (TextLine& l : block_lines(summary, Section::kSummary, row.line)) profile.summary.push_back(std::move(l));
  }

  auto positions = table(files, name, "Positions.csv", {"Company Name", "Title"});
  if (!positions) return std::unexpected(positions.error());
  if (*positions) {
    const CsvTable& t = **positions;
    for (const CsvRecord& row : t.rows()) {
      Position p;
      p.company = t.get(row, "Company Name");
      p.title = t.get(row, "Title");
      p.location = t.get(row, "Location");
      p.line = row.line;
      p.dates = range(t, row, "Started On", "Finished On", name + ": Positions.csv:" + std::to_string(row.line), profile);
      p.lines = block_lines(t.get(row, "Description"), Section::kExperience, row.line);
      profile.positions.push_back(std::move(p));
    }
  }

  auto skills = table(files, name, "Skills.csv", {"Name"});
  if (!skills) return std::unexpected(skills.error());
  if (*skills) {
    SkillGroup group{"Skills", {}};
    for (const CsvRecord& row : (*skills)->rows()) {
      std::string skill = (*skills)->get(row, "Name");
      if (!skill.empty()) group.entries.push_back({skill, Section::kSkills, row.line});
    }
    profile.skills.push_back(std::move(group));
  }

  auto certifications = table(files, name, "Certifications.csv", {"Name"});
  if (!certifications) return std::unexpected(certifications.error());
  if (*certifications) {
    const CsvTable& t = **certifications;
    for (const CsvRecord& row : t.rows()) {
      Credential c{t.get(row, "Name"), t.get(row, "Authority"), parse_date(t.get(row, "Started On")), row.line};
      if (!c.name.empty()) profile.certifications.push_back(std::move(c));
    }
  }

  auto education = table(files, name, "Education.csv", {"School Name"});
  if (!education) return std::unexpected(education.error());
  if (*education) {
    const CsvTable& t = **education;
    for (const CsvRecord& row : t.rows()) {
      Education e{t.get(row, "School Name"), t.get(row, "Degree Name"), {}, row.line};
      e.dates = range(t, row, "Start Date", "End Date", name + ": Education.csv:" + std::to_string(row.line), profile);
      e.dates.present = false;
      profile.education.push_back(std::move(e));
    }
  }

  auto projects = table(files, name, "Projects.csv", {"Title"});
  if (!projects) return std::unexpected(projects.error());
  if (*projects) {
    const CsvTable& t = **projects;
    for (const CsvRecord& row : t.rows()) {
      Project p;
      p.name = t.get(row, "Title");
      p.line = row.line;
      p.dates = range(t, row, "Started On", "Finished On", name + ": Projects.csv:" + std::to_string(row.line), profile);
      p.lines = block_lines(t.get(row, "Description"), Section::kProjects, row.line);
      profile.projects.push_back(std::move(p));
    }
  }
  return profile;
}

}  // namespace rungs::ingest
