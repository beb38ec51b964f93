// Typed, path-named access to the fields of a parsed JSON resume, collecting every shape
// problem ("work[1].highlights: expected a list of strings, found a number") instead of
// stopping at the first. Internal to ingest: the only header that includes nlohmann json.
#ifndef RUNGS_INGEST_JSON_FIELDS_H_
#define RUNGS_INGEST_JSON_FIELDS_H_

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "rungs/error.h"
#include "rungs/ingest.h"
#include "rungs/profile.h"

namespace rungs::ingest {

using Json = nlohmann::json;

// A JSON document that must be an object: UTF-8 checked, nesting limited, parsed; errors name
// the file and the line, and say what the document should have been (`what`: "a resume").
Result<Json> parse_json_document(std::string_view bytes, const std::string& name,
                                 const IngestLimits& limits, const char* what);

// "an object", "a number", ... for messages.
std::string json_type_name(const Json& value);

// "work[2]"
std::string element(const std::string& path, std::size_t index);

// Finds the line of a string value in the raw JSON text, searching forward from the last
// value found so that repeated strings get their own lines.
class LineLocator {
 public:
  explicit LineLocator(std::string_view raw) : raw_(raw) {}
  // The 1-based line where `value` (as a JSON string) appears next, or 0.
  int find(const std::string& value);

 private:
  std::string_view raw_;
  std::size_t from_ = 0;
};

class JsonFields {
 public:
  JsonFields(std::string file, std::string_view raw) : file_(std::move(file)), locator_(raw) {}

  // The string at object[key]; "" when absent or null; a problem when of another type.
  std::string text(const Json& object, const char* key, const std::string& path);
  // The array at object[key] (empty when absent); a problem when not an array.
  const Json& list(const Json& object, const char* key, const std::string& path);
  // The object at object[key] (an empty one when absent); a problem when not an object.
  const Json& object(const Json& object, const char* key, const std::string& path);
  // The strings of the array at object[key]; a problem for each element that is not one.
  std::vector<std::string> strings(const Json& object, const char* key, const std::string& path);
  // Calls `fn(item, path)` for each element of the list at parent[key] that is an object; a
  // problem for each that is not.
  template <class Fn>
  void for_each_object(const Json& parent, const char* key, Fn fn) {
    const Json& items = list(parent, key, "");
    for (std::size_t i = 0; i < items.size(); ++i) {
      std::string path = element(key, i);
      if (items[i].is_object()) {
        fn(items[i], path);
      } else {
        problem(path, "expected an object, found " + json_type_name(items[i]));
      }
    }
  }

  // A cited line for `value` in `section`, with the line found in the raw text.
  TextLine cite(const std::string& value, Section section);
  // The date at object[key]; a note (not an error) when present but unreadable.
  std::optional<YearMonth> date(const Json& object, const char* key, const std::string& path,
                                std::vector<std::string>& notes);
  // Records a shape problem at `path`.
  void problem(const std::string& path, const std::string& message);

  bool ok() const { return problems_.empty(); }
  // The error listing every problem, headed "FILE: not a valid <what>".
  Error error(const std::string& what) const;

 private:
  std::string file_;
  LineLocator locator_;
  std::vector<Diagnostic> problems_;
};

}  // namespace rungs::ingest

#endif  // RUNGS_INGEST_JSON_FIELDS_H_
