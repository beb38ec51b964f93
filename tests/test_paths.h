// Paths the tests use: the source tree (for data and fixtures) and a fresh temporary folder.
#ifndef RUNGS_TESTS_TEST_PATHS_H_
#define RUNGS_TESTS_TEST_PATHS_H_

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

namespace rungs::testing {

inline std::filesystem::path source_dir() { return RUNGS_SOURCE_DIR; }
inline std::filesystem::path data_dir() { return source_dir() / "data"; }
inline std::filesystem::path test_data_dir() { return source_dir() / "tests" / "data"; }

// A new empty folder under the system temp folder, removed when the object goes.
class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() / ("rungs-test-" + std::to_string(rd()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }

  // Writes `text` to a file in the folder and returns its path.
  std::filesystem::path write(const std::string& name, const std::string& text) const {
    std::filesystem::path p = path_ / name;
    std::ofstream(p, std::ios::binary) << text;
    return p;
  }

 private:
  std::filesystem::path path_;
};

inline std::string read_text(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace rungs::testing

#endif  // RUNGS_TESTS_TEST_PATHS_H_
