// The experience section of a text resume into positions: header lines in their many forms
// ("Title - Company (dates)", a company heading over title lines, "Working as X in Y from A to
// B", "Organisation : ... / Designation : ... / Duration : ..." blocks holding projects), and the
// lines of each position. One reader per resume; TextResumeReader hands it the experience lines.
#ifndef RUNGS_INGEST_POSITION_READER_H_
#define RUNGS_INGEST_POSITION_READER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/entry_header.h"
#include "ingest/resume_lines.h"
#include "rungs/profile.h"

namespace rungs::ingest {

class PositionReader {
 public:
  // Reads into `profile.positions`; `lines` are the whole document's, for looking ahead.
  PositionReader(Profile& profile, const std::vector<ResumeLine>& lines)
      : p_(profile), lines_(lines) {}

  // Reads line `i` of the experience section, `cited` being its text without bullet marks.
  void read(std::size_t i, TextLine cited);
  // A new section begins: the last position takes no more lines.
  void close();
  // The employer of the positions that follow when they name none (an experience heading's).
  void set_employer(std::string employer) { group_company_ = std::move(employer); }
  // Whether a position is open and takes lines.
  bool open() const { return in_position_; }
  // Whether the open position is a grade of a career-progression list ("Associate : Apr 2023 -
  // Mar 2025"): the project blocks after such a list are the employer's, not that grade's.
  bool in_grade_list() const { return in_position_ && in_grade_list_; }

 private:
  bool worked_as(const TextLine& cited);
  bool titled_dates(const TextLine& cited);
  bool field(std::size_t i, const TextLine& cited);
  bool opens_field_block(std::size_t i) const;
  // Whether the next non-blank line is an entry line with a date range ("Systems Engineer
  // 2017 - 2019").
  bool next_has_header_dates(std::size_t i) const;
  // A numbered line: "1) Vidyalaya ERP Pvt. Ltd., Indore".
  static bool numbered(const ResumeLine& line);
  bool looks_like_new_entry(std::size_t i, const TextLine& cited) const;
  void start_position(const EntryHeader& h, int line);

  Profile& p_;
  const std::vector<ResumeLine>& lines_;
  bool in_position_ = false;
  // Inside "Project #n" of an employment block, and the employer over several titled entries.
  bool in_project_block_ = false;
  // After "Description :", until the next field or bullet: lines about the project (TextLine::about).
  bool in_description_ = false;
  bool in_grade_list_ = false;  // the open position came from a "Title : dates" line
  std::string group_company_;
};

}  // namespace rungs::ingest

#endif  // RUNGS_INGEST_POSITION_READER_H_
