// Reading rungs data files (ladders, taxonomies) from YAML with every problem collected as a
// Diagnostic `FILE:LINE: field: message`, instead of stopping at the first.
#ifndef RUNGS_COMMON_YAML_READER_H_
#define RUNGS_COMMON_YAML_READER_H_

#include <yaml-cpp/yaml.h>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "rungs/error.h"

namespace rungs {

// Whether a field must be present.
enum class Need { kRequired, kOptional };

// A scalar found in a list, with where it was found.
struct YamlItem {
  std::string value;
  int line = 0;
  std::string field;  // e.g. "roles[backend-developer].tools[2]"
};

// A set of known ids, for checking references (`skill: java` must name a known skill).
using IdSet = std::unordered_set<std::string>;

// "parent.key" or just "key" when parent is empty.
std::string field_path(const std::string& parent, std::string_view key);
// "parent[label]", where label is an id when there is one, else the index.
std::string element_path(const std::string& parent, const std::string& label);

// Safe type tests: yaml-cpp throws when asked the type of a missing ("zombie") node.
inline bool yaml_is_scalar(const YAML::Node& n) { return n.IsDefined() && n.IsScalar(); }
inline bool yaml_is_sequence(const YAML::Node& n) { return n.IsDefined() && n.IsSequence(); }
inline bool yaml_is_map(const YAML::Node& n) { return n.IsDefined() && n.IsMap(); }

// Collects diagnostics for one file. Every getter reports what is wrong with the field (missing,
// wrong type) and returns an empty value, so a loader can read on and report every error.
class YamlReader {
 public:
  explicit YamlReader(std::string file);

  // Parses YAML text. A syntax error is recorded with its line and a null node returned.
  YAML::Node parse(std::string_view text);

  // Parses a rungs data file: YAML whose top level is a mapping with only `allowed` keys and a
  // `schema` field equal to `schema`. Nullopt (with the problem recorded) when the file is not
  // YAML, empty or not a mapping; a wrong schema is recorded but the root is still returned.
  std::optional<YAML::Node> parse_document(std::string_view text, std::string_view schema,
                                           std::initializer_list<std::string_view> allowed);

  // Runs `read` (a loader's section readers). yaml-cpp reports odd structures, such as a mapping
  // used as a key, by throwing; that is recorded as a problem instead of escaping.
  template <class Fn>
  void read_guarded(Fn&& read) {
    try {
      read();
    } catch (const YAML::Exception& e) {
      structure_error(e);
    }
  }

  // Records a problem at the node's line (or the whole file when the node has no mark).
  void error(const YAML::Node& at, const std::string& field, std::string message);
  void error_at(int line, const std::string& field, std::string message);

  // Checks that `node` is a mapping whose keys are all in `allowed`, each once.
  // Reports a wrong type, unknown keys (with the closest allowed key) and repeated keys.
  bool expect_map(const YAML::Node& node, const std::string& field,
                  std::initializer_list<std::string_view> allowed);

  // Typed fields of a mapping. A missing required field is reported at the mapping's line.
  std::optional<std::string> string(const YAML::Node& map, const char* key, const std::string& field,
                                    Need need);
  std::optional<int> integer(const YAML::Node& map, const char* key, const std::string& field,
                             Need need, int min_value);
  std::optional<bool> boolean(const YAML::Node& map, const char* key, const std::string& field,
                              Need need);
  // A list of scalars (`[a, b]`). Non-scalar entries are reported and skipped.
  std::vector<YamlItem> strings(const YAML::Node& map, const char* key, const std::string& field,
                                Need need);
  // A sequence of mappings or scalars; nullopt when missing or not a sequence.
  std::optional<YAML::Node> sequence(const YAML::Node& map, const char* key, const std::string& field, Need need);

  // Calls fn(node, field) for each mapping in the list map[key], after checking its keys against
  // `allowed`. `field` is "parent.key[id]", or "parent.key[index]" when the entry has no id.
  template <class Fn>
  void for_each_map(const YAML::Node& map, const char* key, const std::string& parent, Need need,
                    std::initializer_list<std::string_view> allowed, Fn&& fn) {
    std::optional<YAML::Node> found = sequence(map, key, parent, need);
    if (!found) return;
    const YAML::Node& list = *found;
    const std::string list_field = field_path(parent, key);
    for (std::size_t i = 0; i < list.size(); ++i) {
      YAML::Node node = list[i];
      std::string label = std::to_string(i);
      if (yaml_is_map(node) && yaml_is_scalar(node["id"]) && !node["id"].Scalar().empty()) {
        label = node["id"].Scalar();
      }
      std::string field = element_path(list_field, label);
      if (expect_map(node, field, allowed)) fn(node, field);
    }
  }

  // Reports `item` unless it is in `known`, naming `what` ("skill", "role") and a likely typo fix.
  bool check_ref(const YamlItem& item, const IdSet& known, std::string_view what);

  // A single required reference (`from: backend-developer`); empty when missing or unknown.
  std::string ref(const YAML::Node& map, const char* key, const std::string& field,
                  const IdSet& known, std::string_view what);

  // A list of references (`[java, sql]`), each checked against `known`; unknown and repeated
  // entries are reported and left out.
  std::vector<std::string> refs(const YAML::Node& map, const char* key, const std::string& field,
                                Need need, const IdSet& known, std::string_view what);

  // Adds `id` to `seen`; reports a repeat at `node`. False on a repeat or an empty id.
  bool claim_id(IdSet& seen, const std::string& id, const YAML::Node& node,
                const std::string& field, std::string_view what);

  // The 1-based line of a node, 0 when unknown.
  static int line_of(const YAML::Node& node);

  const std::string& file() const { return file_; }
  bool ok() const { return diagnostics_.empty(); }
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }

  // The Error to return when !ok(): kInvalidInput, "FILE: N problems", every diagnostic.
  Error failure(std::string_view what) const;

 private:
  void structure_error(const YAML::Exception& e);
  // map[key] when present and not null; reports a missing required field.
  std::optional<YAML::Node> field_node(const YAML::Node& map, const char* key, const std::string& field,
                        Need need);

  std::string file_;
  std::vector<Diagnostic> diagnostics_;
};


}  // namespace rungs

#endif  // RUNGS_COMMON_YAML_READER_H_
