// Reads data/skills/onet.yaml: where the O*NET list is and how its names become skills.
#include "common/file.h"
#include "common/yaml_reader.h"
#include "rungs/onet.h"

namespace rungs {
namespace {

constexpr std::string_view kSchema = "rungs.onet/1";
constexpr std::size_t kMaxConfigBytes = 1024 * 1024;

std::vector<OnetConfig::Entry> read_names(YamlReader& in, const YAML::Node& root, const char* key) {
  std::vector<OnetConfig::Entry> out;
  for (YamlItem& item : in.strings(root, key, "", Need::kOptional)) {
    out.push_back({std::move(item.value), "", item.line});
  }
  return out;
}

}  // namespace

Result<OnetConfig> parse_onet_config(std::string_view yaml_text, const std::string& file,
                                     const Taxonomy& curated) {
  YamlReader in(file);
  std::optional<YAML::Node> document = in.parse_document(
      yaml_text, kSchema,
      {"schema", "source", "default_category", "categories", "ambiguous", "skip"});
  if (!document) return std::unexpected(in.failure("O*NET configuration"));
  const YAML::Node& root = *document;
  IdSet category_ids;
  for (const SkillCategory& c : curated.categories()) category_ids.insert(c.id);
  OnetConfig config;
  config.file = file;
  in.read_guarded([&] {
    std::string source = in.string(root, "source", "", Need::kRequired).value_or("");
    config.source = std::filesystem::path(file).parent_path() / source;
    config.default_category = in.ref(root, "default_category", "", category_ids, "category");
    IdSet titles;
    in.for_each_map(root, "categories", "", Need::kOptional, {"commodity", "category"},
                    [&](const YAML::Node& node, const std::string& field) {
                      OnetConfig::Entry e;
                      e.name = in.string(node, "commodity", field, Need::kRequired).value_or("");
                      e.category = in.ref(node, "category", field, category_ids, "category");
                      e.line = YamlReader::line_of(node);
                      if (!e.name.empty() && !titles.insert(e.name).second) {
                        in.error(node, field_path(field, "commodity"),
                                 "'" + e.name + "' is mapped twice");
                      }
                      config.categories.push_back(std::move(e));
                    });
    config.ambiguous = read_names(in, root, "ambiguous");
    config.skip = read_names(in, root, "skip");
  });
  if (!in.ok()) return std::unexpected(in.failure("O*NET configuration"));
  return config;
}

Result<Taxonomy> load_onet_skills(const Taxonomy& curated,
                                  const std::filesystem::path& config_file) {
  Result<std::string> text = read_file(config_file, kMaxConfigBytes);
  if (!text) return std::unexpected(text.error());
  Result<OnetConfig> config = parse_onet_config(*text, config_file.string(), curated);
  if (!config) return std::unexpected(config.error());
  return add_onet_skills(curated, *config);
}

}  // namespace rungs
