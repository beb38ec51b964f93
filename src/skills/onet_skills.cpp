// Turns the O*NET "Technology Skills" list (tab-separated, one row per occupation and tool) into
// skills, one per distinct tool name.
#include <algorithm>
#include <cctype>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "common/file.h"
#include "common/utf8.h"
#include "ingest/text_lines.h"
#include "rungs/onet.h"
#include "skills/match_text.h"

namespace rungs {
namespace {

using ingest::split_lines;
using ingest::trim_view;

constexpr std::size_t kMaxSourceBytes = 32 * 1024 * 1024;

// The commodity titles one tool name appears under, with how often. Views into the source.
struct NameUse {
  std::vector<std::pair<std::string_view, int>> titles;
  int first_line = 0;

  void count(std::string_view title) {
    for (auto& [t, n] : titles) {
      if (t == title) {
        ++n;
        return;
      }
    }
    titles.emplace_back(title, 1);
  }
};

using NameUses = std::map<std::string_view, NameUse, std::less<>>;

// The cells of one tab-separated line, empty ones included, into `cells`.
void split_tabs(std::string_view line, std::vector<std::string_view>& cells) {
  cells.clear();
  for (std::size_t start = 0;;) {
    std::size_t tab = line.find('\t', start);
    cells.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) return;
    start = tab + 1;
  }
}

// "Node.js" -> "onet-node-js", "C++" -> "onet-c-plus-plus".
std::string onet_id(std::string_view name) {
  std::string id = "onet";
  bool dash = true;
  auto put = [&](std::string_view word) {
    if (!dash) id += '-';
    id += word;
    dash = false;
  };
  id += '-';
  for (char c : name) {
    auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u)) {
      id += static_cast<char>(std::tolower(u));
      dash = false;
    } else if (c == '+') {
      put("plus");
    } else if (c == '#') {
      put("sharp");
    } else if (!dash) {
      id += '-';
      dash = true;
    }
  }
  while (id.size() > 5 && id.back() == '-') id.pop_back();
  return id;
}

// The title used most often for a name (the first in title order on a tie).
std::string_view main_title(const NameUse& use) {
  auto best = use.titles.begin();
  for (auto it = use.titles.begin(); it != use.titles.end(); ++it) {
    if (it->second > best->second || (it->second == best->second && it->first < best->first)) best = it;
  }
  return best->first;
}

// The names of the list, each with its uses; views into `text`.
Result<NameUses> read_names(std::string_view text, const std::string& file) {
  if (auto bad = first_invalid_utf8(text)) {
    return invalid_input(file + ":" + std::to_string(line_at(text, *bad)) + ": not UTF-8 text");
  }
  std::vector<std::string_view> lines = split_lines(strip_utf8_bom(text));
  if (lines.empty()) return invalid_input(file + ": empty; expected the O*NET Technology Skills list");
  std::vector<std::string_view> header;
  split_tabs(lines[0], header);
  auto column = [&](std::string_view name) -> int {
    auto it = std::find(header.begin(), header.end(), name);
    return it == header.end() ? -1 : static_cast<int>(it - header.begin());
  };
  const int example = column("Example");
  const int title = column("Commodity Title");
  if (example < 0 || title < 0) {
    return invalid_input(file + ":1: expected the O*NET header with 'Example' and 'Commodity "
                         "Title' columns, separated by tabs");
  }
  NameUses names;
  std::vector<std::string_view> cells;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    if (trim_view(lines[i]).empty()) continue;
    split_tabs(lines[i], cells);
    if (static_cast<int>(cells.size()) <= std::max(example, title)) {
      return invalid_input(file + ":" + std::to_string(i + 1) + ": expected " +
                           std::to_string(header.size()) + " tab-separated columns, found " +
                           std::to_string(cells.size()));
    }
    std::string_view name = trim_view(cells[example]);
    if (name.empty()) continue;
    NameUse& use = names[name];
    if (use.first_line == 0) use.first_line = static_cast<int>(i + 1);
    use.count(trim_view(cells[title]));
  }
  return names;
}

// Every configured title and name must be in the source.
void check_config(const OnetConfig& config, const NameUses& names,
                  std::vector<Diagnostic>& problems) {
  std::unordered_set<std::string_view> titles;
  for (const auto& [name, use] : names) {
    for (const auto& entry : use.titles) titles.insert(entry.first);
  }
  for (const OnetConfig::Entry& e : config.categories) {
    if (!titles.contains(e.name)) {
      problems.push_back({config.file, e.line, "categories",
                          "'" + e.name + "' is not a commodity title of " + config.source.string()});
    }
  }
  for (const auto* list : {&config.ambiguous, &config.skip}) {
    for (const OnetConfig::Entry& e : *list) {
      if (!names.contains(e.name)) {
        problems.push_back({config.file, e.line, list == &config.skip ? "skip" : "ambiguous",
                            "'" + e.name + "' is not a name in " + config.source.string()});
      }
    }
  }
}

}  // namespace

Result<Taxonomy> add_onet_skills(const Taxonomy& curated, std::string_view source_text,
                                 const OnetConfig& config) {
  const std::string source = config.source.string();
  Result<NameUses> names = read_names(source_text, source);
  if (!names) return std::unexpected(names.error());
  std::vector<Diagnostic> problems;
  check_config(config, *names, problems);
  if (!problems.empty()) {
    Error error{ErrorKind::kInvalidInput,
                config.file + ": " + std::to_string(problems.size()) + " problem(s)",
                std::move(problems)};
    return std::unexpected(std::move(error));
  }

  std::unordered_set<std::string> known;  // every pattern a curated skill already has
  std::unordered_set<std::string> ids;
  for (const Skill& s : curated.skills()) {
    ids.insert(s.id);
    known.insert(normalise_pattern(s.name));
    for (const std::string& a : s.aliases) known.insert(normalise_pattern(a));
    if (!s.onet.empty()) known.insert(normalise_pattern(s.onet));
  }
  std::unordered_map<std::string_view, std::string_view> category_of;
  for (const OnetConfig::Entry& e : config.categories) category_of[e.name] = e.category;
  std::unordered_set<std::string_view> ambiguous, skip;
  for (const OnetConfig::Entry& e : config.ambiguous) ambiguous.insert(e.name);
  for (const OnetConfig::Entry& e : config.skip) skip.insert(e.name);

  std::vector<Skill> skills = curated.skills();
  for (const auto& [name, use] : *names) {
    if (skip.contains(name)) continue;
    std::string pattern = normalise_pattern(name);
    if (!known.insert(pattern).second) continue;  // curated (or an earlier spelling) wins
    Skill s;
    s.id = onet_id(name);
    for (int n = 2; !ids.insert(s.id).second; ++n) s.id = onet_id(name) + "-" + std::to_string(n);
    s.name = std::string(name);
    auto category = category_of.find(main_title(use));
    s.category = category != category_of.end() ? std::string(category->second) : config.default_category;
    if (ambiguous.contains(name)) s.ambiguous.emplace_back(name);
    s.onet = s.name;
    s.origin = SkillOrigin::kOnet;
    s.line = use.first_line;
    skills.push_back(std::move(s));
  }
  return Taxonomy(curated.categories(), std::move(skills));
}

Result<Taxonomy> add_onet_skills(const Taxonomy& curated, const OnetConfig& config) {
  Result<std::string> text = read_file(config.source, kMaxSourceBytes);
  if (!text) return std::unexpected(text.error());
  return add_onet_skills(curated, *text, config);
}

}  // namespace rungs
