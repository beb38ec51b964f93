// rungs history [PERSON] [--diff [A B]] [--format text|json|html] [-o OUT] [--store URL] [--ladder FILE]
#include <CLI/CLI.hpp>
#include <cstdlib>
#include <memory>

#include "cli/cli_support.h"
#include "cli/commands.h"
#include "rungs/history.h"
#include "rungs/store.h"

namespace rungs::cli {
namespace {

struct HistoryOptions {
  std::string person;
  std::vector<std::string> diff;  // CLI11 gives one empty value for a bare --diff
  bool want_diff = false;
  std::string format = "text";
  std::string out;
  std::string store;
  std::string ladder;
};

Error usage(std::string message) { return Error{ErrorKind::kUsage, std::move(message), {}}; }

// The two assessments --diff compares: the ids given (in either order), else the last two.
Result<std::pair<const StoredAssessment*, const StoredAssessment*>> diff_pair(const std::vector<StoredAssessment>& history,
                                                                            const std::vector<std::string>& given) {
  std::vector<std::int64_t> ids;
  for (const std::string& id : given) {
    if (id.empty()) continue;
    char* end = nullptr;
    long long n = std::strtoll(id.c_str(), &end, 10);
    if (*end != '\0' || n <= 0) return std::unexpected(usage("--diff: '" + id + "' is not an assessment number"));
    ids.push_back(n);
  }
  if (ids.empty()) {
    if (history.size() < 2) return std::unexpected(usage("--diff needs two assessments; " + history.back().saved.person + " has one"));
    return std::make_pair(&history[history.size() - 2], &history.back());
  }
  if (ids.size() != 2) return std::unexpected(usage("--diff takes no ids (the last two) or two: --diff A B"));
  auto find = [&](std::int64_t id) -> const StoredAssessment* {
    for (const StoredAssessment& a : history) {
      if (a.id == id) return &a;
    }
    return nullptr;
  };
  const StoredAssessment* a = find(ids[0]);
  const StoredAssessment* b = find(ids[1]);
  for (auto [id, found] : {std::pair{ids[0], a}, std::pair{ids[1], b}}) {
    if (found == nullptr) {
      return std::unexpected(Error{ErrorKind::kNotFound,
                                   "--diff: " + history.back().saved.person + " has no assessment " + std::to_string(id) +
                                       " (`rungs history " + history.back().saved.person + "` lists theirs)",
                                   {}});
    }
  }
  if (a->id > b->id) std::swap(a, b);
  return std::make_pair(a, b);
}

int run_history(const HistoryOptions& o) {
  if (o.person.empty() && o.want_diff) return report_error(usage("--diff needs a PERSON"));
  Result<std::unique_ptr<Store>> store = open_store(o.store, StoreOpen::kExisting);
  if (!store) return report_error(store.error());
  if (o.person.empty()) {
    if (o.format == "html") return report_error(usage("--format html needs a PERSON"));
    Result<std::vector<PersonEntry>> people = (*store)->people();
    if (!people) return report_error(people.error());
    return write_report(o.format == "json" ? render_people_json(*people)
                                           : render_people_text(*people, (*store)->name(), output_width()),
                        o.out);
  }
  Result<std::vector<StoredAssessment>> history = (*store)->history(o.person);
  if (!history) return report_error(history.error());
  AssessData data;
  data.ladder = o.ladder;
  Result<const Assessor*> engine = load_engine(data);
  if (!engine) return report_error(engine.error());
  std::optional<HistoryDiff> diff;
  if (o.want_diff) {
    auto pair = diff_pair(*history, o.diff);
    if (!pair) return report_error(pair.error());
    Result<HistoryDiff> made = diff_assessments(*pair->first, *pair->second, (*engine)->ladder());
    if (!made) return report_error(made.error());
    diff = std::move(*made);
  }
  const HistoryDiff* d = diff ? &*diff : nullptr;
  if (o.format == "json") return write_report(render_history_json(*history, d), o.out);
  if (o.format == "html") {
    Result<std::string> page = render_history_html(*history, d, (*engine)->ladder());
    if (!page) return report_error(page.error());
    return write_report(*page, o.out);
  }
  return write_report(render_history_text(*history, d, o.out.empty() ? output_width() : 100), o.out);
}

}  // namespace

void add_history_command(CLI::App& app, Action& action) {
  auto o = std::make_shared<HistoryOptions>();
  CLI::App* cmd = app.add_subcommand(
      "history", "The people stored, or one person's saved assessments over time and what changed between two");
  cmd->add_option("PERSON", o->person, "A person's id (as `rungs assess --save` said); without it, everyone stored");
  cmd->add_option("--diff", o->diff, "What changed: between assessments A and B, or without ids the last two")
      ->expected(0, 2);
  cmd->add_option("--format", o->format, "Output format")
      ->check(CLI::IsMember({"text", "json", "html"}))
      ->capture_default_str();
  cmd->add_option("-o,--output", o->out, "Write to this file instead of standard output");
  cmd->add_option("--store", o->store, "A SQLite file or postgresql:// URL (default: $RUNGS_STORE, else $XDG_DATA_HOME/rungs/rungs.db)");
  cmd->add_option("--ladder", o->ladder, "The ladder that names the roles (default: the bundled one)");
  cmd->callback([&action, o, cmd] {
    o->want_diff = cmd->count("--diff") > 0;
    action = [o] { return run_history(*o); };
  });
}

}  // namespace rungs::cli
