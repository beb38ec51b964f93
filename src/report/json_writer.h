// A streaming JSON writer for the reports: values go straight into one string, with no document
// tree in between (building a tree and then serialising it was most of an assessment's time).
// The output is pretty-printed with two-space indents, as nlohmann::json's dump(2) writes it, so
// documents read the same as before; text that is not valid UTF-8 has the bad bytes replaced by
// U+FFFD, so the output is always valid JSON.
#ifndef RUNGS_REPORT_JSON_WRITER_H_
#define RUNGS_REPORT_JSON_WRITER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace rungs {

// `text` as a JSON string literal, quotes included: quotes, backslashes and control characters
// escaped, bytes that are not UTF-8 replaced by U+FFFD. For one-line JSON written by hand (an
// access log line, an NDJSON error line) where a JsonWriter's pretty layout does not fit.
std::string json_quoted(std::string_view text);

class JsonWriter {
 public:
  // Scalars: at the top, as an array element, or as the value after key().
  void value(std::string_view text);
  void value(const char* text) { value(std::string_view(text)); }
  void value(const std::string& text) { value(std::string_view(text)); }
  void value(bool b);
  void value(double number);  // shortest form that reads back the same; 3.0 prints "3.0"; NaN is null
  template <class Int, std::enable_if_t<std::is_integral_v<Int> && !std::is_same_v<Int, bool>, int> = 0>
  void value(Int number) {
    integer(static_cast<std::int64_t>(number));
  }
  void null();
  // An array of strings.
  void value(const std::vector<std::string>& items);
  // The value, or null when there is none.
  template <class T>
  void value(const std::optional<T>& maybe) {
    if (maybe) value(*maybe); else null();
  }

  // Containers: body() writes the members (key + value) or elements.
  template <class Body>
  void object(Body&& body) {
    open('{');
    body();
    close('}');
  }
  template <class Body>
  void array(Body&& body) {
    open('[');
    body();
    close(']');
  }
  // An array with one element per item, each written by each(item).
  template <class Items, class Each>
  void array_of(const Items& items, Each&& each) {
    array([&] {
      for (const auto& item : items) each(item);
    });
  }

  // Inside an object: the member's name; the next value written is its value.
  void key(std::string_view name);
  // A member in one call: key(name) then value(v).
  template <class V>
  void field(std::string_view name, const V& v) {
    key(name);
    value(v);
  }
  // A member whose value is an empty string written as null ("to": null rather than "to": "").
  void field_or_null(std::string_view name, const std::string& text);

  // The document, with a final newline.
  std::string finish() &&;

 private:
  void integer(std::int64_t number);
  void open(char bracket);
  void close(char bracket);
  void before_value();
  void newline_indent();

  std::string out_;
  std::vector<int> counts_;  // members written so far in each open container
  bool after_key_ = false;
};

}  // namespace rungs

#endif  // RUNGS_REPORT_JSON_WRITER_H_
