// Where rungs finds its bundled data (ladders, the skill taxonomy).
#ifndef RUNGS_DATA_PATHS_H_
#define RUNGS_DATA_PATHS_H_

#include <filesystem>

namespace rungs {

// The running binary (/proc/self/exe), or an empty path when it cannot be read.
std::filesystem::path executable_path();

// `share/rungs` beside an installed binary (<prefix>/bin/rungs -> <prefix>/share/rungs) when it
// holds a ladders folder; else an empty path.
std::filesystem::path installed_data_dir();

// The data folder: $RUNGS_DATA_DIR when set; else `share/rungs` beside the installed binary
// (<prefix>/bin/rungs -> <prefix>/share/rungs) when it exists; else the source tree's `data/`.
std::filesystem::path data_dir();

// data_dir()/ladders/india-backend.yaml
std::filesystem::path default_ladder_path();

// data_dir()/skills/taxonomy.yaml
std::filesystem::path default_taxonomy_path();

// data_dir()/findings.yaml: the rules of the findings on a resume
std::filesystem::path default_findings_path();

// data_dir()/placement.yaml: how placement weighs the evidence
std::filesystem::path default_placement_path();

// data_dir()/skills/onet.yaml: how the O*NET technology list joins the taxonomy
std::filesystem::path default_onet_config_path();

}  // namespace rungs

#endif  // RUNGS_DATA_PATHS_H_
