// Reads data/findings.yaml into FindingRules, validating as it goes.
#include "rungs/finding_rules.h"

#include <algorithm>
#include <utility>

#include "common/file.h"
#include "common/yaml_reader.h"

namespace rungs {
namespace {

constexpr std::string_view kSchema = "rungs.findings/1";
constexpr std::size_t kMaxBytes = 1024 * 1024;

constexpr std::pair<std::string_view, FindingRuleKind> kKinds[] = {
    {"absent", FindingRuleKind::kAbsent},
    {"vague-phrases", FindingRuleKind::kVaguePhrases},
    {"no-numbers", FindingRuleKind::kNoNumbers},
    {"listed-only", FindingRuleKind::kListedOnly},
    {"title-above-evidence", FindingRuleKind::kTitleAboveEvidence},
    {"no-valued-certification", FindingRuleKind::kNoValuedCertification},
};

const IdSet& known_finding_ids() {
  static const IdSet ids(finding_ids().begin(), finding_ids().end());
  return ids;
}

std::optional<Severity> parse_severity(std::string_view name) {
  for (Severity s : {Severity::kHigh, Severity::kMedium, Severity::kLow}) {
    if (severity_name(s) == name) return s;
  }
  return std::nullopt;
}

FindingRule read_rule(YamlReader& in, const YAML::Node& node, const std::string& field,
                      const IdSet& signals, const IdSet& skills) {
  FindingRule r;
  r.id = in.string(node, "id", field, Need::kRequired).value_or("");
  r.line = YamlReader::line_of(node);
  if (!r.id.empty() && !known_finding_ids().contains(r.id)) {
    in.error(node["id"], field_path(field, "id"), "unknown finding id '" + r.id + "'");
  }
  std::string kind = in.string(node, "rule", field, Need::kRequired).value_or("");
  auto found = std::find_if(std::begin(kKinds), std::end(kKinds),
                            [&](const auto& k) { return k.first == kind; });
  const bool kind_known = found != std::end(kKinds);
  if (kind_known) {
    r.kind = found->second;
  } else if (!kind.empty()) {
    in.error(node["rule"], field_path(field, "rule"), "unknown rule '" + kind + "'");
  }
  // Signals the ladder does not define are left out, not refused: one findings file serves every
  // ladder (another organisation's names its signals its own way).
  for (YamlItem& item : in.strings(node, "signals", field, Need::kOptional)) {
    if (signals.contains(item.value)) r.signals.push_back(std::move(item.value));
  }
  r.skills = in.refs(node, "skills", field, Need::kOptional, skills, "skill");
  for (YamlItem& item : in.strings(node, "links", field, Need::kOptional)) r.links.push_back(item.value);
  for (YamlItem& item : in.strings(node, "phrases", field, Need::kOptional)) r.phrases.push_back(item.value);
  for (YamlItem& item : in.strings(node, "severity", field, Need::kRequired)) {
    if (auto s = parse_severity(item.value)) {
      r.severity.push_back(*s);
    } else {
      in.error_at(item.line, item.field, "severity must be high, medium or low, not '" + item.value + "'");
    }
  }
  if (auto core = in.string(node, "core_severity", field, Need::kOptional)) {
    r.core_severity = parse_severity(*core);
    if (!r.core_severity) {
      in.error(node["core_severity"], field_path(field, "core_severity"),
               "severity must be high, medium or low, not '" + *core + "'");
    }
  }
  r.message = in.string(node, "message", field, Need::kRequired).value_or("");
  r.fix = in.string(node, "fix", field, Need::kRequired).value_or("");
  const bool lists_something = node["signals"].IsDefined() || node["skills"].IsDefined() || node["links"].IsDefined();
  if (kind_known && r.kind == FindingRuleKind::kAbsent && !lists_something) {
    in.error(node, field, "an 'absent' rule needs signals, skills or links");
  }
  if (kind_known && r.kind == FindingRuleKind::kVaguePhrases && r.phrases.empty()) {
    in.error(node, field, "a 'vague-phrases' rule needs phrases");
  }
  return r;
}

}  // namespace

const std::vector<std::string>& finding_ids() {
  static const std::vector<std::string> ids = {
      "overstated-skill", "no-production-incidents", "no-migrations", "no-testing",
      "no-documentation", "no-code-review", "no-quantified-impact", "vague-bullets",
      "no-visibility", "title-evidence-mismatch", "no-certification"};
  return ids;
}

Severity FindingRule::severity_at(int order) const {
  if (severity.empty()) return Severity::kLow;
  std::size_t i = order <= 1 ? 0 : static_cast<std::size_t>(order - 1);
  return severity[std::min(i, severity.size() - 1)];
}

Result<std::vector<FindingRule>> parse_finding_rules(std::string_view yaml_text, const std::string& file,
                                                     const Ladder& ladder,
                                                     const std::vector<std::string>& skill_ids) {
  YamlReader in(file);
  std::optional<YAML::Node> document = in.parse_document(yaml_text, kSchema, {"schema", "findings"});
  if (!document) return std::unexpected(in.failure("finding rules"));
  IdSet signals;
  for (const Signal& s : ladder.signals) signals.insert(s.id);
  IdSet skills(skill_ids.begin(), skill_ids.end());
  std::vector<FindingRule> rules;
  in.read_guarded([&] {
    IdSet seen;
    in.for_each_map(*document, "findings", "", Need::kRequired,
                    {"id", "rule", "signals", "skills", "links", "phrases", "severity",
                     "core_severity", "message", "fix"},
                    [&](const YAML::Node& node, const std::string& field) {
                      FindingRule r = read_rule(in, node, field, signals, skills);
                      if (!in.claim_id(seen, r.id, node["id"], field_path(field, "id"), "finding")) return;
                      rules.push_back(std::move(r));
                    });
  });
  if (!in.ok()) return std::unexpected(in.failure("finding rules"));
  return rules;
}

Result<std::vector<FindingRule>> load_finding_rules(const std::filesystem::path& file,
                                                    const Ladder& ladder,
                                                    const std::vector<std::string>& skill_ids) {
  Result<std::string> text = read_file(file, kMaxBytes);
  if (!text) return std::unexpected(text.error());
  return parse_finding_rules(*text, file.string(), ladder, skill_ids);
}

}  // namespace rungs
