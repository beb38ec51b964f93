// The rungs side of scripts/compare-ripgrep.sh.
//   skill_scan corpus OUT MEGABYTES   writes the resume-like corpus
//   skill_scan match FILE             loads the full dictionary as rungs does (its data snapshot,
//                                     rungs/snapshot.h), matches every occurrence in FILE and
//                                     prints what it found and how fast
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>

#include "resume_corpus.h"
#include "rungs/skill_matcher.h"
#include "rungs/snapshot.h"
#include "skill_dictionary.h"

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

int usage() {
  std::cerr << "usage: skill_scan corpus OUT MEGABYTES | match FILE\n";
  return 2;
}

int match(const char* file) {
  auto start = Clock::now();
  // Mapped, not copied, as ripgrep reads a large file.
  int fd = ::open(file, O_RDONLY);
  struct stat info {};
  if (fd < 0 || ::fstat(fd, &info) != 0) {
    std::cerr << file << ": cannot be read\n";
    return 3;
  }
  auto size = static_cast<std::size_t>(info.st_size);
  void* mapped = size == 0 ? nullptr : ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
  ::close(fd);
  if (mapped == MAP_FAILED) {
    std::cerr << file << ": cannot be mapped\n";
    return 3;
  }
  std::string_view text(static_cast<const char*>(mapped), size);
  auto loaded = Clock::now();
  rungs::Result<rungs::Assessor> engine = rungs::load_assessor_fast({});
  if (!engine) {
    std::cerr << engine.error().to_string() << "\n";
    return 3;
  }
  const rungs::SkillMatcher& matcher = engine->skills();
  auto built = Clock::now();
  std::size_t found = rungs::bench::match_by_line(matcher, text);  // as rungs reads a resume
  double match_s = seconds_since(built);
  std::printf("bytes %zu\nmatches %zu\nread_s %.4f\nbuild_s %.4f\nmatch_s %.4f\nmatch_MBps %.1f\n",
              text.size(), found, std::chrono::duration<double>(loaded - start).count(),
              std::chrono::duration<double>(built - loaded).count(), match_s,
              static_cast<double>(text.size()) / 1e6 / match_s);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) return usage();
  std::string command = argv[1];
  if (command == "match") return match(argv[2]);
  std::ofstream out(argv[2], std::ios::binary);
  if (!out) {
    std::cerr << argv[2] << ": cannot be written\n";
    return 3;
  }
  if (command == "corpus" && argc == 4) {
    rungs::Taxonomy dictionary = rungs::bench::full_dictionary();
    out << rungs::bench::resume_corpus(rungs::bench::all_names(dictionary),
                                       static_cast<std::size_t>(std::atof(argv[3]) * 1e6));
  } else {
    return usage();
  }
  return out ? 0 : 3;
}
