#include "rungs/data_paths.h"

#include <cstdlib>
#include <system_error>

#ifndef RUNGS_SOURCE_DATA_DIR
#error "RUNGS_SOURCE_DATA_DIR must be defined by the build"
#endif

namespace rungs {

std::filesystem::path executable_path() {
  std::error_code ec;
  std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::filesystem::path() : exe;
}

std::filesystem::path installed_data_dir() {
  const std::filesystem::path exe = executable_path();
  if (exe.empty()) return {};
  std::filesystem::path installed = exe.parent_path().parent_path() / "share" / "rungs";
  std::error_code ec;
  return std::filesystem::is_directory(installed / "ladders", ec) ? installed : std::filesystem::path();
}

std::filesystem::path data_dir() {
  if (const char* env = std::getenv("RUNGS_DATA_DIR"); env && *env) {
    return std::filesystem::path(env);
  }
  if (std::filesystem::path installed = installed_data_dir(); !installed.empty()) return installed;
  return std::filesystem::path(RUNGS_SOURCE_DATA_DIR);
}

std::filesystem::path default_ladder_path() {
  return data_dir() / "ladders" / "india-backend.yaml";
}

std::filesystem::path default_taxonomy_path() { return data_dir() / "skills" / "taxonomy.yaml"; }

std::filesystem::path default_findings_path() { return data_dir() / "findings.yaml"; }

std::filesystem::path default_placement_path() { return data_dir() / "placement.yaml"; }

std::filesystem::path default_onet_config_path() { return data_dir() / "skills" / "onet.yaml"; }

}  // namespace rungs
