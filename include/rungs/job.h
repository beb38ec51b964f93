// A job description, read for matching a resume against it: plain text (or PDF or DOCX), or the
// JSON Resume job schema. Lines under "Nice to have", "Preferred", "Bonus" (or marked so) are
// told apart from the must-have ones.
#ifndef RUNGS_JOB_H_
#define RUNGS_JOB_H_

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "rungs/error.h"
#include "rungs/ingest.h"
#include "rungs/profile.h"

namespace rungs {

struct JobLine {
  std::string text;
  int line = 0;       // 1-based in the document (the extracted text for PDF/DOCX); 0 when unknown
  bool nice = false;  // a nice-to-have, not a must-have
  bool list = false;  // a list of skills (a JSON skills entry or a "Skills:" line)
};

struct JobDescription {
  std::string title;
  std::string company;
  Source source;
  std::vector<JobLine> lines;
};

// Reads a job description; errors (exit 3) name the file and what is wrong: missing, empty,
// not UTF-8, invalid JSON (with its line) or JSON that is not a job, and the limits of ingest.
Result<JobDescription> read_job(const std::filesystem::path& path, const IngestLimits& limits = {});
Result<JobDescription> read_job_bytes(std::string_view bytes, const std::string& name,
                                      const IngestLimits& limits = {});

}  // namespace rungs

#endif  // RUNGS_JOB_H_
