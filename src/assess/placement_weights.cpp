#include "rungs/placement_weights.h"

#include <cmath>
#include <utility>

#include "common/file.h"
#include "common/yaml_reader.h"

namespace rungs {
namespace {

constexpr std::string_view kSchema = "rungs.placement/1";

struct Field {
  const char* name;
  double PlacementWeights::*member;
  double low;
  double high;
};

constexpr Field kFields[] = {
    {"skills", &PlacementWeights::skills, 0, 1},
    {"signals", &PlacementWeights::signals, 0, 1},
    {"title", &PlacementWeights::title, 0, 1},
    {"threshold", &PlacementWeights::threshold, 0, 1},
    {"years_shortfall", &PlacementWeights::years_shortfall, 0.1, 10},
    {"signals_enough", &PlacementWeights::signals_enough, 0.1, 1},
    {"weak_signal", &PlacementWeights::weak_signal, 0, 1},
    {"assigned_share", &PlacementWeights::assigned_share, 0, 1},
    {"off_track_share", &PlacementWeights::off_track_share, 0, 1},
    {"full_stack_share", &PlacementWeights::full_stack_share, 0, 1},
    {"off_track_support", &PlacementWeights::off_track_support, 0, 1},
    {"off_track_skills", &PlacementWeights::off_track_skills, 0, 1},
    {"off_track_title", &PlacementWeights::off_track_title, 0, 1},
    {"scope_order", &PlacementWeights::scope_order, 1, 20},
    {"recent_years", &PlacementWeights::recent_years, 0.5, 20},
};

}  // namespace

Result<PlacementWeights> parse_placement_weights(std::string_view yaml_text, const std::string& file) {
  YamlReader in(file);
  std::optional<YAML::Node> document = in.parse_document(
      yaml_text, kSchema,
      {"schema", "fitted_on", "skills", "signals", "title", "threshold", "years_shortfall", "signals_enough",
       "weak_signal", "assigned_share", "off_track_share", "full_stack_share", "off_track_support",
       "off_track_skills", "off_track_title", "scope_order", "recent_years"});
  if (!document) return std::unexpected(in.failure("placement weights"));
  PlacementWeights w;
  in.read_guarded([&] {
    for (const Field& f : kFields) {
      const YAML::Node& node = (*document)[f.name];
      if (!node.IsDefined()) {
        in.error(*document, f.name, "missing; every weight is stated");
        continue;
      }
      double value = NAN;
      try {
        if (yaml_is_scalar(node)) value = node.as<double>();
      } catch (const YAML::Exception&) {
      }
      if (!(value >= f.low && value <= f.high)) {
        in.error(node, f.name, "must be a number from " + std::to_string(f.low).substr(0, 4) + " to " +
                                   std::to_string(f.high).substr(0, 4));
        continue;
      }
      w.*(f.member) = value;
    }
  });
  if (!in.ok()) return std::unexpected(in.failure("placement weights"));
  return w;
}

Result<PlacementWeights> load_placement_weights(const std::filesystem::path& file) {
  Result<std::string> text = read_file(file, 64 * 1024);
  if (!text) return std::unexpected(text.error());
  return parse_placement_weights(*text, file.string());
}

}  // namespace rungs
