// The ladder loader's entry points, the top-level fields and the small shared readers.
#include "rungs/ladder_loader.h"

#include "common/file.h"
#include "rungs/phrase_pattern.h"
#include "ladder/ladder_reading.h"

namespace rungs {
namespace {

constexpr std::string_view kSchema = "rungs.ladder/1";
constexpr std::size_t kMaxLadderBytes = 4 * 1024 * 1024;

KnownIds collect_known(const YAML::Node& root, const Taxonomy& taxonomy) {
  KnownIds known;
  known.tracks = collect_ids(root, "tracks");
  known.signals = collect_ids(root, "signals");
  known.roles = collect_ids(root, "roles");
  known.checkpoints = collect_ids(root, "checkpoints");
  for (const Skill& s : taxonomy.skills()) known.skills.insert(s.id);
  return known;
}

}  // namespace

IdSet collect_ids(const YAML::Node& root, const char* key) {
  IdSet ids;
  if (!yaml_is_map(root)) return ids;
  YAML::Node list = root[key];
  if (!yaml_is_sequence(list)) return ids;
  for (const YAML::Node& node : list) {
    if (yaml_is_map(node) && yaml_is_scalar(node["id"])) ids.insert(node["id"].Scalar());
  }
  return ids;
}

Result<Ladder> parse_ladder(std::string_view yaml_text, const std::string& file,
                            const Taxonomy& taxonomy) {
  YamlReader in(file);
  std::optional<YAML::Node> document = in.parse_document(
      yaml_text, kSchema,
      {"schema", "id", "name", "version", "description", "tracks", "signals", "roles",
       "checkpoints", "transitions", "growth_tracks", "promotion_questions", "certifications", "hedges"});
  if (!document) return std::unexpected(in.failure("ladder"));
  const YAML::Node& root = *document;
  Ladder ladder;
  ladder.file = file;
  ladder.id = in.string(root, "id", "", Need::kRequired).value_or("");
  ladder.name = in.string(root, "name", "", Need::kRequired).value_or("");
  ladder.version = in.integer(root, "version", "", Need::kRequired, 1).value_or(0);
  ladder.description = in.string(root, "description", "", Need::kOptional).value_or("");

  in.read_guarded([&] {
    LadderContext ctx{in, collect_known(root, taxonomy)};
    read_tracks(ctx, root, ladder);
    read_signals(ctx, root, ladder);
    read_roles(ctx, root, ladder);
    read_checkpoints(ctx, root, ladder);
    read_transitions(ctx, root, ladder);
    read_growth_tracks(ctx, root, ladder);
    read_promotion_questions(ctx, root, ladder);
    read_certifications(ctx, root, ladder);
    for (YamlItem& h : in.strings(root, "hedges", "", Need::kOptional)) {
      if (Result<PhrasePattern> parsed = parse_phrase_pattern(h.value); !parsed) {
        in.error_at(h.line, h.field, parsed.error().message);
      }
      ladder.hedges.push_back(std::move(h.value));
    }
    check_ladder_shape(in, ladder);
  });

  if (!in.ok()) return std::unexpected(in.failure("ladder"));
  return ladder;
}

Result<Ladder> load_ladder(const std::filesystem::path& file, const Taxonomy& taxonomy) {
  Result<std::string> text = read_file(file, kMaxLadderBytes);
  if (!text) return std::unexpected(text.error());
  return parse_ladder(*text, file.string(), taxonomy);
}

}  // namespace rungs
