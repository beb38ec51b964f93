// Helpers the CLI commands share: loading the data they work on, writing output, and turning
// Errors into messages and exit codes.
#ifndef RUNGS_CLI_CLI_SUPPORT_H_
#define RUNGS_CLI_CLI_SUPPORT_H_

#include <cstddef>
#include <optional>
#include <string>

#include "rungs/assess.h"
#include "rungs/error.h"
#include "rungs/ladder.h"
#include "rungs/skill_matcher.h"
#include "rungs/taxonomy.h"

namespace rungs::cli {

// The taxonomy at `path`, or the bundled one when empty.
Result<Taxonomy> load_taxonomy_or_default(const std::string& path);

// The skill matcher over the taxonomy at `taxonomy_path` (bundled when empty) joined, unless
// `curated_only`, with the O*NET list as data/skills/onet.yaml configures it.
// The engine for `data`, loaded from its snapshot (load_assessor_fast) and kept for the rest of
// the process: never destroyed, since freeing eleven thousand skills at exit costs a short
// command a sixth of its time (the memory stays reachable, so no leak is reported).
Result<const Assessor*> load_engine(const AssessData& data);

Result<SkillMatcher> load_skill_matcher(const std::string& taxonomy_path, bool curated_only);

// The ladder at `path`, or the bundled default when empty.
Result<Ladder> load_ladder_or_default(const std::string& path, const Taxonomy& taxonomy);

// Whether `out_path` is an existing file that is not a regular one (/dev/null, a FIFO, a
// terminal): written in place, never replaced through a temporary file and a rename.
bool writes_in_place(const std::string& out_path);

// Writes `text` to stdout, or to `out_path` when not empty. A file is written to a temporary
// name beside it and renamed into place, so a failed write never leaves a half-written file.
Result<void> write_output(const std::string& text, const std::string& out_path);

// Writes `text` as write_output does; returns the exit code: 0, or the error's after reporting it.
int write_report(const std::string& text, const std::string& out_path);

// The width to wrap text output to: the terminal's when stdout is one, else $COLUMNS, else 100.
std::size_t output_width();

// Prints "rungs: <error>" to stderr and returns the exit code for its kind.
int report_error(const Error& error);

}  // namespace rungs::cli

#endif  // RUNGS_CLI_CLI_SUPPORT_H_
