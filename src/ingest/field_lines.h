// The "Key : value" lines of service-company resumes: an employment block ("Organisation :
// Infosys", "Designation : Technology Lead", "Duration : Jul 2017 to Till Date") holding project
// blocks ("Project #1", "Client : ...", "Role : ...", "Team Size : 8", "Environment : ..."), in
// plain text or as two-cell table rows from a DOCX ("Client | A US insurer").
#ifndef RUNGS_INGEST_FIELD_LINES_H_
#define RUNGS_INGEST_FIELD_LINES_H_

#include <optional>
#include <string>
#include <string_view>

namespace rungs::ingest {

enum class FieldKind {
  kEmployer,   // Organisation, Company, Employer
  kTitle,      // Designation, Title, Position
  kDates,      // Duration, Period, Tenure
  kProject,    // "Project #2", "Project Name : ...": a project inside the employment
  kDescription,  // Description, Project Description: what the project is, in the lines that follow
  kAttribute,    // Client, Role, Team Size, Environment, Responsibilities, ...
};

struct FieldLine {
  FieldKind kind = FieldKind::kAttribute;
  std::string value;  // what follows the key, trimmed (may be empty: "Responsibilities:")
};

// The field a line states, or nullopt when it is not a known "Key : value" line.
std::optional<FieldLine> field_line(std::string_view text);

// True for a table header row whose every cell names a field: "Organisation | Designation | Duration".
bool is_field_header_row(std::string_view text);

}  // namespace rungs::ingest

#endif  // RUNGS_INGEST_FIELD_LINES_H_
