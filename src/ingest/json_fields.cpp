#include "ingest/json_fields.h"

#include "common/utf8.h"
#include "ingest/dates.h"

namespace rungs::ingest {

int LineLocator::find(const std::string& value) {
  if (value.empty()) return 0;
  const std::string quoted = Json(value).dump();
  std::size_t at = raw_.find(quoted, from_);
  if (at == std::string_view::npos) at = raw_.find(quoted);
  if (at == std::string_view::npos) return 0;
  from_ = at + quoted.size();
  return line_at(raw_, at);
}

std::string json_type_name(const Json& value) {
  switch (value.type()) {
    case Json::value_t::object: return "an object";
    case Json::value_t::array: return "a list";
    case Json::value_t::string: return "a string";
    case Json::value_t::boolean: return "true or false";
    case Json::value_t::null: return "null";
    default: return "a number";
  }
}

std::string element(const std::string& path, std::size_t index) {
  return path + "[" + std::to_string(index) + "]";
}

namespace {

std::string join_path(const std::string& path, const char* key) {
  return path.empty() ? std::string(key) : path + "." + key;
}

}  // namespace

std::string JsonFields::text(const Json& object, const char* key, const std::string& path) {
  auto it = object.find(key);
  if (it == object.end() || it->is_null()) return "";
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number()) return it->dump();  // a year or a score written as a number
  problem(join_path(path, key), "expected a string, found " + json_type_name(*it));
  return "";
}

const Json& JsonFields::list(const Json& object, const char* key, const std::string& path) {
  static const Json kEmpty = Json::array();
  auto it = object.find(key);
  if (it == object.end() || it->is_null()) return kEmpty;
  if (it->is_array()) return *it;
  problem(join_path(path, key), "expected a list, found " + json_type_name(*it));
  return kEmpty;
}

const Json& JsonFields::object(const Json& parent, const char* key, const std::string& path) {
  static const Json kEmpty = Json::object();
  auto it = parent.find(key);
  if (it == parent.end() || it->is_null()) return kEmpty;
  if (it->is_object()) return *it;
  problem(join_path(path, key), "expected an object, found " + json_type_name(*it));
  return kEmpty;
}

std::vector<std::string> JsonFields::strings(const Json& object, const char* key,
                                             const std::string& path) {
  std::vector<std::string> out;
  const Json& items = list(object, key, path);
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (items[i].is_string()) {
      out.push_back(items[i].get<std::string>());
    } else if (!items[i].is_null()) {
      problem(element(join_path(path, key), i), "expected a string, found " + json_type_name(items[i]));
    }
  }
  return out;
}

TextLine JsonFields::cite(const std::string& value, Section section) {
  return TextLine{value, section, locator_.find(value)};
}

std::optional<YearMonth> JsonFields::date(const Json& object, const char* key,
                                          const std::string& path, std::vector<std::string>& notes) {
  std::string value = text(object, key, path);
  if (value.empty()) return std::nullopt;
  std::optional<YearMonth> date = parse_date(value);
  if (!date) notes.push_back(join_path(path, key) + ": '" + value + "' is not a date; left out");
  return date;
}

void JsonFields::problem(const std::string& path, const std::string& message) {
  if (problems_.size() < 50) problems_.push_back(Diagnostic{file_, 0, path, message});
}

Error JsonFields::error(const std::string& what) const {
  Error e{ErrorKind::kInvalidInput, file_ + ": not a valid " + what, problems_};
  return e;
}

}  // namespace rungs::ingest
