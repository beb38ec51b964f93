// The format readers behind read_profile. Each takes the document's bytes (or files) and a
// name for messages, and returns a Profile or an Error naming the file and the problem.
#ifndef RUNGS_INGEST_READERS_H_
#define RUNGS_INGEST_READERS_H_

#include <map>
#include <string>
#include <string_view>

#include "rungs/error.h"
#include "rungs/ingest.h"
#include "rungs/profile.h"

namespace rungs::ingest {

// JSON Resume or Resume-Matcher JSON; `format` is kAuto (decide by shape) or one of the two.
Result<Profile> read_json_profile(std::string_view bytes, const std::string& name,
                                  DocumentFormat format, const IngestLimits& limits);

// Plain text or Markdown, sections found by headings.
Result<Profile> read_text_profile(std::string_view text, const std::string& name);

// The text of a PDF in reading order, one- or two-column pages alike.
Result<std::string> pdf_to_text(std::string_view bytes, const std::string& name,
                                const IngestLimits& limits);

// The text of a DOCX: paragraphs, headings (as Markdown headings), list items (as "- "
// bullets) and table cells, in document order.
Result<std::string> docx_to_text(std::string_view bytes, const std::string& name,
                                 const IngestLimits& limits);

// A LinkedIn export's CSV files by base name ("Positions.csv" -> content). Only the files
// rungs reads are ever taken; Connections.csv, messages.csv and the like are not opened.
using ExportFiles = std::map<std::string, std::string>;

// The export files read from a LinkedIn zip, or from its unzipped folder.
Result<ExportFiles> linkedin_files_from_zip(std::string_view bytes, const std::string& name,
                                            const IngestLimits& limits);
Result<ExportFiles> linkedin_files_from_folder(const std::string& folder, const IngestLimits& limits);

// True when `file` is one of the LinkedIn export files rungs reads ("Profile.csv", ...).
bool is_linkedin_profile_file(std::string_view file);

// The Profile from a LinkedIn export's files.
Result<Profile> read_linkedin(const ExportFiles& files, const std::string& name);

// Moves career-break entries out of the positions (into `other`, with a note); every reader's
// profile goes through it.
void set_aside_career_breaks(Profile& profile);

// Whether `text` (a heading, or a project's name) says the work was done as a student: "Academic
// Projects", "(Final year project, team of 3)", "Mini project, Semester 5", "Capstone".
bool names_academic_work(std::string_view text);

// Marks the academic projects (Project::academic) by their names; every reader's profile goes
// through it.
void mark_academic_projects(Profile& profile);

// Merges a job listed twice (an overview table over the detailed entries) into one position;
// every reader's profile goes through it.
void merge_repeated_positions(Profile& profile);

}  // namespace rungs::ingest

#endif  // RUNGS_INGEST_READERS_H_
