// Projects done as a student, told apart from the work of a job or one's own side projects.
#include <algorithm>
#include <string_view>

#include "common/text.h"
#include "ingest/readers.h"

namespace rungs::ingest {

bool names_academic_work(std::string_view text) {
  static constexpr std::string_view kWords[] = {"academic", "college", "final year", "capstone", "semester",
                                                "mini project", "major project", "university project",
                                                "coursework", "course project"};
  const std::string key = normalize_key(text);
  return std::any_of(std::begin(kWords), std::end(kWords), [&](std::string_view w) { return holds_words(key, w); });
}

void mark_academic_projects(Profile& profile) {
  for (Project& p : profile.projects) {
    if (!p.academic && names_academic_work(p.name)) p.academic = true;
  }
}

}  // namespace rungs::ingest
