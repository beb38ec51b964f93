// Runs the whole engine over a labelled corpus: every NAME.labels.yaml with its document beside it.
#include <algorithm>
#include <system_error>

#include "rungs/eval.h"
#include "rungs/ingest.h"

namespace rungs {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kLabelsSuffix = ".labels.yaml";

// Every labels file under `dir`, in path order.
Result<std::vector<fs::path>> labels_files(const fs::path& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return invalid_input(dir.string() + ": not a folder of labelled resumes");
  std::vector<fs::path> found;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.size() > kLabelsSuffix.size() && name.ends_with(kLabelsSuffix) && it->is_regular_file(ec)) {
      found.push_back(it->path());
    }
  }
  if (ec) return invalid_input(dir.string() + ": cannot be read: " + ec.message());
  if (found.empty()) return invalid_input(dir.string() + ": holds no NAME.labels.yaml files (see docs/eval-labels.md)");
  std::sort(found.begin(), found.end());
  return found;
}

// The one document beside `labels`: NAME.<extension>, or a folder NAME (a LinkedIn export).
Result<fs::path> document_for(const fs::path& labels) {
  const std::string file = labels.filename().string();
  const std::string name = file.substr(0, file.size() - kLabelsSuffix.size());
  std::vector<fs::path> candidates;
  std::error_code ec;
  for (const fs::directory_entry& e : fs::directory_iterator(labels.parent_path(), ec)) {
    const std::string other = e.path().filename().string();
    if (other == file || other.ends_with(kLabelsSuffix)) continue;
    if (other == name || other.starts_with(name + ".")) candidates.push_back(e.path());
  }
  if (ec) return invalid_input(labels.parent_path().string() + ": cannot be read: " + ec.message());
  if (candidates.empty()) return invalid_input(labels.string() + ": no document " + name + ".* beside it");
  if (candidates.size() > 1) {
    std::sort(candidates.begin(), candidates.end());
    return invalid_input(labels.string() + ": more than one document beside it (" + candidates[0].string() +
                         ", " + candidates[1].string() + ")");
  }
  return candidates.front();
}

}  // namespace

Result<EvalResult> evaluate_corpus(const fs::path& dir, const Assessor& assessor) {
  Result<std::vector<fs::path>> files = labels_files(dir);
  if (!files) return std::unexpected(files.error());
  EvalResult result;
  for (const Role* role : assessor.ladder().roles_by_track()) result.roles.push_back(role->id);
  for (const fs::path& file : *files) {
    Result<Labels> labels = load_labels(file, assessor.ladder());
    if (!labels) return std::unexpected(labels.error());
    Result<fs::path> document = document_for(file);
    if (!document) return std::unexpected(document.error());
    Result<Profile> profile = read_profile(*document);
    if (!profile) return std::unexpected(profile.error());
    Result<Report> report = assessor.assess(*profile, {.target = "", .today = labels->as_of, .job = nullptr});
    if (!report) return std::unexpected(report.error());
    score_resume(*labels, *profile, *report, assessor.skills(), result);
  }
  return result;
}

}  // namespace rungs
