// The engine over the bundled data, built once per test process.
#ifndef RUNGS_TESTS_ASSESS_ASSESSOR_FIXTURE_H_
#define RUNGS_TESTS_ASSESS_ASSESSOR_FIXTURE_H_

#include <gtest/gtest.h>

#include <cstdlib>
#include <iostream>

#include "rungs/assess.h"
#include "rungs/ingest.h"
#include "test_paths.h"

namespace rungs::testing {

inline const Assessor& bundled_assessor() {
  static const Assessor assessor = [] {
    AssessData data;
    data.taxonomy = data_dir() / "skills" / "taxonomy.yaml";
    data.onet = data_dir() / "skills" / "onet.yaml";
    data.ladder = data_dir() / "ladders" / "india-backend.yaml";
    data.findings = data_dir() / "findings.yaml";
    auto a = load_assessor(data);
    if (!a) {
      std::cerr << a.error().to_string() << "\n";
      std::abort();
    }
    return std::move(*a);
  }();
  return assessor;
}

// The report for a resume file, as of November 2026.
inline Report assess_file(const std::filesystem::path& file, const std::string& target = "") {
  auto profile = read_profile(file);
  EXPECT_TRUE(profile) << profile.error().to_string();
  if (!profile) return {};
  auto report = bundled_assessor().assess(*profile, {target, {2026, 11}});
  EXPECT_TRUE(report) << report.error().to_string();
  return report ? std::move(*report) : Report{};
}

// The report for a resume held in memory (Markdown or text), as of November 2026.
inline Report assess_text(const std::string& text, const std::string& target = "") {
  auto profile = read_profile_bytes(text, "resume.md");
  EXPECT_TRUE(profile) << profile.error().to_string();
  if (!profile) return {};
  auto report = bundled_assessor().assess(*profile, {target, {2026, 11}});
  EXPECT_TRUE(report) << report.error().to_string();
  return report ? std::move(*report) : Report{};
}

}  // namespace rungs::testing

#endif  // RUNGS_TESTS_ASSESS_ASSESSOR_FIXTURE_H_
