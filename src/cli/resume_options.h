// The options every command that reads one resume shares: the file, how to read it, and where
// and how to write the report.
#ifndef RUNGS_CLI_RESUME_OPTIONS_H_
#define RUNGS_CLI_RESUME_OPTIONS_H_

#include <string>
#include <vector>

#include "rungs/error.h"
#include "rungs/profile.h"

namespace CLI {
class App;
}

namespace rungs::cli {

struct ResumeOptions {
  std::string file;
  std::string format = "text";  // of the report: text or json
  std::string format_in = "auto";
  std::string out;              // empty: standard output
};

// Adds FILE (required), --format (one of `formats`), --format-in FORMAT and -o OUT to `cmd`.
void add_resume_options(CLI::App& cmd, ResumeOptions& options,
                        const std::vector<std::string>& formats = {"text", "json"});

// The resume the options name, read in the format --format-in gives (detected by default).
Result<Profile> read_resume(const ResumeOptions& options);

// The width to wrap a text report to: the terminal's, or 100 when writing to a file.
std::size_t report_width(const ResumeOptions& options);

}  // namespace rungs::cli

#endif  // RUNGS_CLI_RESUME_OPTIONS_H_
