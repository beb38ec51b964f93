// The least figures a labelled corpus must reach (schema rungs.eval-floor/1), and the check.
#include <cmath>

#include "common/file.h"
#include "common/yaml_reader.h"
#include "rungs/eval.h"

namespace rungs {
namespace {

constexpr std::string_view kSchema = "rungs.eval-floor/1";
constexpr std::size_t kMaxBytes = 64 * 1024;

}  // namespace

std::map<std::string, double> eval_rates(const EvalResult& r) {
  return {{"placement", r.placement.rate()},
          {"readiness", r.readiness.rate()},
          {"criteria", r.criteria.rate()},
          {"positions", r.positions.rate()},
          {"experience", r.experience.rate()},
          {"hands_on", r.hands_on.rate()},
          {"listed", r.listed.rate()},
          {"certified", r.certified.rate()},
          {"findings_precision", r.findings.precision()},
          {"findings_recall", r.findings.recall()}};
}

Result<EvalFloor> parse_eval_floor(std::string_view yaml_text, const std::string& file) {
  YamlReader in(file);
  std::optional<YAML::Node> document = in.parse_document(
      yaml_text, kSchema,
      {"schema", "placement", "readiness", "criteria", "positions", "experience", "hands_on", "listed",
       "certified", "findings_precision", "findings_recall", "false_ambiguous_max"});
  if (!document) return std::unexpected(in.failure("evaluation floor"));
  EvalFloor floor;
  in.read_guarded([&] {
    for (const auto& [name, rate] : eval_rates(EvalResult{})) {
      const YAML::Node& node = (*document)[name];
      if (!node.IsDefined()) continue;
      double value = -1;
      try {
        value = yaml_is_scalar(node) ? node.as<double>() : -1;
      } catch (const YAML::Exception&) {
      }
      if (!(value >= 0 && value <= 1)) {
        in.error(node, name, "must be a rate from 0 to 1");
        continue;
      }
      floor.rates[name] = value;
    }
    if ((*document)["false_ambiguous_max"].IsDefined()) {
      floor.false_ambiguous_max = in.integer(*document, "false_ambiguous_max", "", Need::kOptional, 0);
    }
  });
  if (!in.ok()) return std::unexpected(in.failure("evaluation floor"));
  return floor;
}

Result<EvalFloor> load_eval_floor(const std::filesystem::path& file) {
  Result<std::string> text = read_file(file, kMaxBytes);
  if (!text) return std::unexpected(text.error());
  return parse_eval_floor(*text, file.string());
}

std::vector<std::string> below_floor(const EvalResult& result, const EvalFloor& floor) {
  std::vector<std::string> out;
  const std::map<std::string, double> rates = eval_rates(result);
  for (const auto& [name, least] : floor.rates) {
    // Rates are compared at the precision they are printed with (three decimals).
    const double rate = std::round(rates.at(name) * 1000) / 1000;
    if (rate < least) {
      out.push_back(name + " is " + std::to_string(rate).substr(0, 5) + ", below the floor of " +
                    std::to_string(least).substr(0, 5));
    }
  }
  if (floor.false_ambiguous_max && result.false_ambiguous > *floor.false_ambiguous_max) {
    out.push_back(std::to_string(result.false_ambiguous) + " ordinary words were taken for skills, more than the floor's " +
                  std::to_string(*floor.false_ambiguous_max));
  }
  return out;
}

}  // namespace rungs
