#include "cli/cli_support.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

#include "rungs/data_paths.h"
#include "rungs/ladder_loader.h"
#include "rungs/onet.h"
#include "rungs/snapshot.h"

namespace rungs::cli {

Result<Taxonomy> load_taxonomy_or_default(const std::string& path) {
  return load_taxonomy(path.empty() ? default_taxonomy_path() : std::filesystem::path(path));
}

Result<const Assessor*> load_engine(const AssessData& data) {
  static auto* engines = new std::vector<std::unique_ptr<Assessor>>();
  Result<Assessor> loaded = load_assessor_fast(data);
  if (!loaded) return std::unexpected(loaded.error());
  engines->push_back(std::make_unique<Assessor>(std::move(*loaded)));
  return engines->back().get();
}

Result<SkillMatcher> load_skill_matcher(const std::string& taxonomy_path, bool curated_only) {
  Result<Taxonomy> taxonomy = load_taxonomy_or_default(taxonomy_path);
  if (!taxonomy) return std::unexpected(taxonomy.error());
  if (curated_only) return SkillMatcher(std::move(*taxonomy));
  Result<Taxonomy> all = load_onet_skills(*taxonomy, default_onet_config_path());
  if (!all) return std::unexpected(all.error());
  return SkillMatcher(std::move(*all));
}

Result<Ladder> load_ladder_or_default(const std::string& path, const Taxonomy& taxonomy) {
  return load_ladder(path.empty() ? default_ladder_path() : std::filesystem::path(path), taxonomy);
}

bool writes_in_place(const std::string& out_path) {
  std::error_code ec;
  std::filesystem::file_status st = std::filesystem::status(out_path, ec);
  return !ec && std::filesystem::exists(st) && !std::filesystem::is_regular_file(st) && !std::filesystem::is_directory(st);
}

Result<void> write_output(const std::string& text, const std::string& out_path) {
  if (out_path.empty() || out_path == "-") {
    std::cout << text << std::flush;
    if (!std::cout) return internal_error("writing to standard output failed");
    return {};
  }
  std::filesystem::path target(out_path);
  std::error_code ec;
  if (std::filesystem::is_directory(target, ec)) {
    return invalid_input(out_path + ": is a directory; -o needs a file name");
  }
  if (writes_in_place(out_path)) {  // /dev/null, a FIFO: never replaced by a file
    std::ofstream out(target, std::ios::binary);
    out << text;
    out.flush();
    if (!out) return invalid_input(out_path + ": writing failed");
    return {};
  }
  std::filesystem::path temp = target;
  temp += ".rungs-tmp-" + std::to_string(::getpid());
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) return invalid_input(out_path + ": cannot be written (folder missing or not writable)");
    out << text;
    out.flush();
    if (!out) {
      std::filesystem::remove(temp, ec);
      return invalid_input(out_path + ": writing failed (disk full?)");
    }
  }
  std::filesystem::rename(temp, target, ec);
  if (ec) {
    std::filesystem::remove(temp, ec);
    return invalid_input(out_path + ": cannot be replaced: " + ec.message());
  }
  return {};
}

int write_report(const std::string& text, const std::string& out_path) {
  Result<void> written = write_output(text, out_path);
  return written ? 0 : report_error(written.error());
}

std::size_t output_width() {
  winsize size{};
  if (::isatty(STDOUT_FILENO) && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
    return size.ws_col;
  }
  if (const char* columns = std::getenv("COLUMNS")) {
    char* end = nullptr;
    long value = std::strtol(columns, &end, 10);
    if (end != columns && *end == '\0' && value >= 40 && value <= 1000) {
      return static_cast<std::size_t>(value);
    }
  }
  return 100;
}

int report_error(const Error& error) {
  std::cerr << "rungs: " << error.to_string() << std::endl;
  return exit_code_for(error.kind);
}

}  // namespace rungs::cli
