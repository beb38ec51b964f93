#include "common/yaml_reader.h"

#include <algorithm>
#include <set>

#include "common/text.h"

namespace rungs {

std::string field_path(const std::string& parent, std::string_view key) {
  if (parent.empty()) return std::string(key);
  return parent + "." + std::string(key);
}

std::string element_path(const std::string& parent, const std::string& label) {
  return parent + "[" + label + "]";
}

YamlReader::YamlReader(std::string file) : file_(std::move(file)) {}

YAML::Node YamlReader::parse(std::string_view text) {
  try {
    return YAML::Load(std::string(text));
  } catch (const YAML::Exception& e) {
    // yaml-cpp's message repeats the position; keep only the reason, with a hint for the
    // commonest slip in data files.
    std::string hint;
    if (e.msg == "unknown token") {
      hint = " (text with '?', ':' or ',' inside [...] or {...} needs quotes)";
    }
    error_at(e.mark.is_null() ? 0 : e.mark.line + 1, "", "YAML syntax error: " + e.msg + hint);
  } catch (const std::exception& e) {
    error_at(0, "", std::string("YAML could not be read: ") + e.what());
  }
  return YAML::Node(YAML::NodeType::Null);
}

std::optional<YAML::Node> YamlReader::parse_document(std::string_view text, std::string_view schema,
                                                     std::initializer_list<std::string_view> allowed) {
  YAML::Node root = parse(text);
  if (!ok()) return std::nullopt;
  if (root.IsNull()) {
    error_at(0, "", "the file is empty");
    return std::nullopt;
  }
  if (!expect_map(root, "", allowed)) return std::nullopt;
  std::optional<std::string> found = string(root, "schema", "", Need::kRequired);
  if (found && *found != schema) {
    error(root["schema"], "schema",
          "unsupported schema '" + *found + "', expected '" + std::string(schema) + "'");
  }
  return root;
}

void YamlReader::structure_error(const YAML::Exception& e) {
  error_at(e.mark.is_null() ? 0 : e.mark.line + 1, "",
           "the YAML structure could not be read: " + e.msg);
}

int YamlReader::line_of(const YAML::Node& node) {
  if (!node.IsDefined()) return 0;
  YAML::Mark mark = node.Mark();
  return mark.is_null() ? 0 : mark.line + 1;
}

void YamlReader::error(const YAML::Node& at, const std::string& field, std::string message) {
  error_at(line_of(at), field, std::move(message));
}

void YamlReader::error_at(int line, const std::string& field, std::string message) {
  diagnostics_.push_back(Diagnostic{file_, line, field, std::move(message)});
}

static std::string type_name(const YAML::Node& node) {
  if (!node.IsDefined()) return "missing";
  switch (node.Type()) {
    case YAML::NodeType::Map: return "a mapping";
    case YAML::NodeType::Sequence: return "a list";
    case YAML::NodeType::Scalar: return "a single value";
    case YAML::NodeType::Null: return "empty";
    case YAML::NodeType::Undefined: return "missing";
  }
  return "unknown";
}

bool YamlReader::expect_map(const YAML::Node& node, const std::string& field,
                            std::initializer_list<std::string_view> allowed) {
  if (!yaml_is_map(node)) {
    error(node, field, "expected a mapping (key: value), found " + type_name(node));
    return false;
  }
  std::vector<std::string> allowed_keys(allowed.begin(), allowed.end());
  std::set<std::string> seen;
  for (const auto& entry : node) {
    if (!entry.first.IsScalar()) {
      error(entry.first, field, "a key must be a plain name");
      continue;
    }
    std::string key = entry.first.Scalar();
    if (!seen.insert(key).second) {
      error(entry.first, field_path(field, key), "repeated key");
    }
    if (std::find(allowed_keys.begin(), allowed_keys.end(), key) == allowed_keys.end()) {
      std::string hint = closest_match(key, allowed_keys);
      error(entry.first, field_path(field, key),
            "unknown field" + (hint.empty() ? "" : " (did you mean '" + hint + "'?)"));
    }
  }
  return true;
}

std::optional<YAML::Node> YamlReader::field_node(const YAML::Node& map, const char* key,
                                                 const std::string& field, Need need) {
  if (!yaml_is_map(map)) return std::nullopt;
  YAML::Node node = map[key];
  if (!node.IsDefined() || node.IsNull()) {
    if (need == Need::kRequired) {
      error(node.IsDefined() ? node : map, field_path(field, key), "required field is missing");
    }
    return std::nullopt;
  }
  return node;
}

std::optional<std::string> YamlReader::string(const YAML::Node& map, const char* key,
                                              const std::string& field, Need need) {
  std::optional<YAML::Node> found = field_node(map, key, field, need);
  if (!found) return std::nullopt;
  const YAML::Node& node = *found;
  if (!node.IsScalar()) {
    error(node, field_path(field, key), "expected text, found " + type_name(node));
    return std::nullopt;
  }
  std::string value = node.Scalar();
  if (value.empty() && need == Need::kRequired) {
    error(node, field_path(field, key), "must not be empty");
    return std::nullopt;
  }
  return value;
}

std::optional<int> YamlReader::integer(const YAML::Node& map, const char* key,
                                       const std::string& field, Need need, int min_value) {
  std::optional<YAML::Node> found = field_node(map, key, field, need);
  if (!found) return std::nullopt;
  const YAML::Node& node = *found;
  int value = 0;
  if (!node.IsScalar() || !YAML::convert<int>::decode(node, value)) {
    error(node, field_path(field, key),
          "expected a whole number, found " +
              (node.IsScalar() ? "'" + node.Scalar() + "'" : type_name(node)));
    return std::nullopt;
  }
  if (value < min_value) {
    error(node, field_path(field, key),
          "must be at least " + std::to_string(min_value) + ", found " + std::to_string(value));
    return std::nullopt;
  }
  return value;
}

std::optional<bool> YamlReader::boolean(const YAML::Node& map, const char* key,
                                        const std::string& field, Need need) {
  std::optional<YAML::Node> found = field_node(map, key, field, need);
  if (!found) return std::nullopt;
  const YAML::Node& node = *found;
  bool value = false;
  if (!node.IsScalar() || !YAML::convert<bool>::decode(node, value)) {
    error(node, field_path(field, key), "expected true or false");
    return std::nullopt;
  }
  return value;
}

std::vector<YamlItem> YamlReader::strings(const YAML::Node& map, const char* key,
                                          const std::string& field, Need need) {
  std::vector<YamlItem> items;
  std::optional<YAML::Node> found = sequence(map, key, field, need);
  if (!found) return items;
  const YAML::Node& list = *found;
  std::string list_field = field_path(field, key);
  for (std::size_t i = 0; i < list.size(); ++i) {
    YAML::Node entry = list[i];
    std::string entry_field = element_path(list_field, std::to_string(i));
    if (!entry.IsScalar() || entry.Scalar().empty()) {
      error(entry, entry_field, "expected text, found " + type_name(entry));
      continue;
    }
    items.push_back(YamlItem{entry.Scalar(), line_of(entry), entry_field});
  }
  return items;
}

std::optional<YAML::Node> YamlReader::sequence(const YAML::Node& map, const char* key,
                                               const std::string& field, Need need) {
  std::optional<YAML::Node> found = field_node(map, key, field, need);
  if (!found) return std::nullopt;
  const YAML::Node& node = *found;
  if (!node.IsSequence()) {
    error(node, field_path(field, key), "expected a list, found " + type_name(node));
    return std::nullopt;
  }
  if (node.size() == 0 && need == Need::kRequired) {
    error(node, field_path(field, key), "must not be empty");
  }
  return node;
}

bool YamlReader::check_ref(const YamlItem& item, const IdSet& known, std::string_view what) {
  if (known.contains(item.value)) return true;
  std::vector<std::string> candidates(known.begin(), known.end());
  std::sort(candidates.begin(), candidates.end());
  std::string hint = closest_match(item.value, candidates);
  error_at(item.line, item.field,
           "unknown " + std::string(what) + " '" + item.value + "'" +
               (hint.empty() ? "" : " (did you mean '" + hint + "'?)"));
  return false;
}

std::string YamlReader::ref(const YAML::Node& map, const char* key, const std::string& field,
                            const IdSet& known, std::string_view what) {
  std::optional<std::string> value = string(map, key, field, Need::kRequired);
  if (!value) return "";
  YamlItem item{*value, line_of(map[key]), field_path(field, key)};
  return check_ref(item, known, what) ? *value : "";
}

std::vector<std::string> YamlReader::refs(const YAML::Node& map, const char* key,
                                          const std::string& field, Need need, const IdSet& known,
                                          std::string_view what) {
  std::vector<std::string> out;
  IdSet seen;
  for (YamlItem& item : strings(map, key, field, need)) {
    if (!check_ref(item, known, what)) continue;
    if (!seen.insert(item.value).second) {
      error_at(item.line, item.field, std::string(what) + " '" + item.value + "' is listed twice");
      continue;
    }
    out.push_back(std::move(item.value));
  }
  return out;
}

bool YamlReader::claim_id(IdSet& seen, const std::string& id, const YAML::Node& node,
                          const std::string& field, std::string_view what) {
  if (id.empty()) return false;
  if (!seen.insert(id).second) {
    error(node, field, "repeated " + std::string(what) + " id '" + id + "'");
    return false;
  }
  return true;
}

Error YamlReader::failure(std::string_view what) const {
  std::size_t n = diagnostics_.size();
  std::string summary = file_ + ": invalid " + std::string(what) + " (" + std::to_string(n) +
                        (n == 1 ? " problem)" : " problems)");
  return Error{ErrorKind::kInvalidInput, std::move(summary), diagnostics_};
}

}  // namespace rungs
