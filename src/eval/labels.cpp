// Reads NAME.labels.yaml (schema rungs.labels/1, docs/eval-labels.md) and checks every id it
// names against the ladder and the report's contract.
#include <algorithm>
#include <cmath>

#include "common/file.h"
#include "common/text.h"
#include "common/yaml_reader.h"
#include "ingest/dates.h"
#include "rungs/eval.h"
#include "rungs/finding_rules.h"

namespace rungs {
namespace {

constexpr std::string_view kSchema = "rungs.labels/1";
constexpr std::size_t kMaxBytes = 256 * 1024;

const std::vector<std::string> kVerdicts = {"ready", "almost", "not-yet"};
const std::vector<std::string> kAnswers = {"yes", "partly", "no"};

bool contains(const std::vector<std::string>& list, std::string_view value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

// A list of ids, each one of `known` ("role", ...); a single scalar is a list of one.
std::vector<std::string> id_list(YamlReader& in, const YAML::Node& node, const std::string& key,
                                 const std::vector<std::string>& known, std::string_view what) {
  std::vector<std::string> out;
  if (!node.IsDefined() || node.IsNull()) return out;
  auto take = [&](const YAML::Node& item, const std::string& field) {
    if (!yaml_is_scalar(item)) {
      in.error(item, field, "must be a " + std::string(what) + " id");
    } else if (!contains(known, item.Scalar())) {
      in.error(item, field, "unknown " + std::string(what) + " '" + item.Scalar() + "'; the " +
                                std::string(what) + " ids are: " + join(known, ", "));
    } else {
      out.push_back(item.Scalar());
    }
  };
  if (yaml_is_scalar(node)) {
    take(node, key);
  } else if (yaml_is_sequence(node)) {
    for (std::size_t i = 0; i < node.size(); ++i) take(node[i], element_path(key, std::to_string(i)));
  } else {
    in.error(node, key, "must be a list of " + std::string(what) + " ids");
  }
  return out;
}

// A number, or [low, high] with low <= high.
std::optional<LabelRange> range(YamlReader& in, const YAML::Node& root, const char* key) {
  const YAML::Node& node = root[key];
  if (!node.IsDefined() || node.IsNull()) return std::nullopt;
  auto number = [&](const YAML::Node& n) -> std::optional<double> {
    if (!yaml_is_scalar(n)) return std::nullopt;
    try {
      double v = n.as<double>();
      if (std::isfinite(v) && v >= 0 && v < 100) return v;
    } catch (const YAML::Exception&) {
    }
    return std::nullopt;
  };
  if (auto one = number(node)) return LabelRange{*one, *one};
  if (yaml_is_sequence(node) && node.size() == 2) {
    auto low = number(node[0]), high = number(node[1]);
    if (low && high && *low <= *high) return LabelRange{*low, *high};
    if (low && high) {
      in.error(node, key, "the range is upside down: " + node[0].Scalar() + " > " + node[1].Scalar());
      return std::nullopt;
    }
  }
  in.error(node, key, "must be a number from 0 to 99, or [low, high]");
  return std::nullopt;
}

// A list of skills, each a name or a list of accepted spellings.
std::vector<SkillLabel> skill_list(YamlReader& in, const YAML::Node& root, const char* key) {
  std::vector<SkillLabel> out;
  const YAML::Node& node = root[key];
  if (!node.IsDefined() || node.IsNull()) return out;
  if (!yaml_is_sequence(node)) {
    in.error(node, key, "must be a list of skills, each a name or a list of spellings");
    return out;
  }
  for (std::size_t i = 0; i < node.size(); ++i) {
    const YAML::Node& entry = node[i];
    const std::string field = element_path(key, std::to_string(i));
    SkillLabel label;
    label.line = YamlReader::line_of(entry);
    if (yaml_is_scalar(entry)) {
      label.spellings.push_back(entry.Scalar());
    } else if (yaml_is_sequence(entry)) {
      for (std::size_t j = 0; j < entry.size(); ++j) {
        if (yaml_is_scalar(entry[j])) label.spellings.push_back(entry[j].Scalar());
      }
      if (label.spellings.size() != entry.size()) in.error(entry, field, "every spelling must be text");
    } else {
      in.error(entry, field, "must be a skill name or a list of spellings");
      continue;
    }
    label.spellings.erase(std::remove(label.spellings.begin(), label.spellings.end(), std::string()),
                          label.spellings.end());
    if (label.spellings.empty()) {
      in.error(entry, field, "names no skill");
      continue;
    }
    out.push_back(std::move(label));
  }
  return out;
}

void read_criteria(YamlReader& in, const YAML::Node& root, const Ladder& ladder, Labels& labels) {
  const YAML::Node& node = root["criteria"];
  if (!node.IsDefined() || node.IsNull()) return;
  if (!yaml_is_map(node)) {
    in.error(node, "criteria", "must map promotion question ids to lists of answers");
    return;
  }
  std::vector<std::string> questions;
  for (const PromotionQuestion& q : ladder.promotion_questions) questions.push_back(q.id);
  for (const auto& entry : node) {
    const std::string id = yaml_is_scalar(entry.first) ? entry.first.Scalar() : "";
    const std::string field = field_path("criteria", id);
    if (!contains(questions, id)) {
      in.error(entry.first, field, "unknown promotion question '" + id + "'; the questions are: " + join(questions, ", "));
      continue;
    }
    std::vector<std::string> answers = id_list(in, entry.second, field, kAnswers, "answer");
    if (!answers.empty()) labels.criteria[id] = std::move(answers);
  }
}

}  // namespace

Result<Labels> parse_labels(std::string_view yaml_text, const std::string& file, const Ladder& ladder) {
  YamlReader in(file);
  std::optional<YAML::Node> document = in.parse_document(
      yaml_text, kSchema,
      {"schema", "as_of", "why", "positions", "experience_years", "placement", "readiness", "criteria",
       "hands_on", "listed", "certified", "not_skills", "findings", "findings_not"});
  if (!document) return std::unexpected(in.failure("labels"));
  Labels labels;
  labels.file = file;
  in.read_guarded([&] {
    const YAML::Node& root = *document;
    std::optional<std::string> as_of = in.string(root, "as_of", "", Need::kRequired);
    if (as_of) {
      std::optional<YearMonth> month = ingest::parse_date(*as_of);
      if (month && month->month != 0) {
        labels.as_of = *month;
      } else {
        in.error(root["as_of"], "as_of", "must be a month such as 2026-11, not '" + *as_of + "'");
      }
    }
    labels.why = in.string(root, "why", "", Need::kOptional).value_or("");
    labels.positions = range(in, root, "positions");
    labels.experience_years = range(in, root, "experience_years");
    std::vector<std::string> roles;
    for (const Role& r : ladder.roles) roles.push_back(r.id);
    labels.placement = id_list(in, root["placement"], "placement", roles, "role");
    labels.readiness = id_list(in, root["readiness"], "readiness", kVerdicts, "verdict");
    read_criteria(in, root, ladder, labels);
    labels.hands_on = skill_list(in, root, "hands_on");
    labels.listed = skill_list(in, root, "listed");
    labels.certified = skill_list(in, root, "certified");
    labels.not_skills = skill_list(in, root, "not_skills");
    labels.findings = id_list(in, root["findings"], "findings", finding_ids(), "finding");
    labels.findings_not = id_list(in, root["findings_not"], "findings_not", finding_ids(), "finding");
    for (const std::string& id : labels.findings) {
      if (contains(labels.findings_not, id)) {
        in.error(root["findings_not"], "findings_not", "'" + id + "' is in both findings and findings_not");
      }
    }
  });
  if (!in.ok()) return std::unexpected(in.failure("labels"));
  return labels;
}

Result<Labels> load_labels(const std::filesystem::path& file, const Ladder& ladder) {
  Result<std::string> text = read_file(file, kMaxBytes);
  if (!text) return std::unexpected(text.error());
  return parse_labels(*text, file.string(), ladder);
}

}  // namespace rungs
