// Loading and validating a ladder file (schema rungs.ladder/1).
#ifndef RUNGS_LADDER_LOADER_H_
#define RUNGS_LADDER_LOADER_H_

#include <filesystem>
#include <string>
#include <string_view>

#include "rungs/error.h"
#include "rungs/ladder.h"
#include "rungs/taxonomy.h"

namespace rungs {

// Parses and validates ladder YAML; `file` names it in diagnostics; skill ids are checked against
// `taxonomy`. On failure the Error (kInvalidInput) lists every problem found, each as
// `FILE:LINE: field: what is wrong`: YAML syntax, missing fields, wrong types, unknown fields,
// repeated ids or titles, references to unknown roles, skills, signals, tracks or checkpoints,
// unknown weights, impossible years, and a main track that is not a rising chain (a cycle, a step
// down, repeated orders, a role with no way up).
Result<Ladder> parse_ladder(std::string_view yaml_text, const std::string& file,
                            const Taxonomy& taxonomy);

// Reads `file` (at most 4 MiB) and parses it as above.
Result<Ladder> load_ladder(const std::filesystem::path& file, const Taxonomy& taxonomy);

}  // namespace rungs

#endif  // RUNGS_LADDER_LOADER_H_
