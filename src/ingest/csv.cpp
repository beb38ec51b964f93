#include "ingest/csv.h"

#include <algorithm>

#include "common/text.h"
#include "common/utf8.h"
#include "ingest/text_lines.h"

namespace rungs::ingest {
namespace {

}  // namespace

Result<std::vector<CsvRecord>> parse_csv(std::string_view text, const std::string& name) {
  text = strip_utf8_bom(text);
  std::vector<CsvRecord> records;
  CsvRecord record;
  std::string field;
  int line = 1;
  record.line = 1;
  bool quoted = false, field_started = false;
  int quote_line = 0;
  auto end_field = [&] {
    record.fields.push_back(std::move(field));
    field.clear();
    field_started = false;
  };
  auto end_record = [&] {
    end_field();
    bool blank = record.fields.size() == 1 && record.fields[0].empty();
    if (!blank) records.push_back(std::move(record));
    record = CsvRecord{};
    record.line = line;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field += '"';
          ++i;
        } else {
          quoted = false;
        }
      } else {
        if (c == '\n') ++line;
        field += c;
      }
      continue;
    }
    if (c == '"' && !field_started) {
      quoted = true;
      field_started = true;
      quote_line = line;
    } else if (c == ',') {
      end_field();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      ++line;
      end_record();
    } else {
      field += c;
      field_started = true;
    }
  }
  if (quoted) {
    return invalid_input(name + ":" + std::to_string(quote_line) +
                         ": a quoted field never ends (truncated file?)");
  }
  if (field_started || !record.fields.empty()) end_record();
  return records;
}

Result<CsvTable> CsvTable::find(std::vector<CsvRecord> records,
                                const std::vector<std::string>& required, const std::string& name) {
  for (std::size_t r = 0; r < records.size(); ++r) {
    std::vector<std::string> keys;
    for (const std::string& f : records[r].fields) keys.push_back(normalize_key(f));
    bool all = std::all_of(required.begin(), required.end(), [&](const std::string& col) {
      return std::find(keys.begin(), keys.end(), normalize_key(col)) != keys.end();
    });
    if (!all) continue;
    CsvTable table;
    table.header_ = std::move(keys);
    table.rows_.assign(std::make_move_iterator(records.begin() + static_cast<long>(r) + 1),
                       std::make_move_iterator(records.end()));
    return table;
  }
  return invalid_input(name + ": no header row with the columns " + join(required, ", ") +
                       "; is this a LinkedIn export file?");
}

std::string CsvTable::get(const CsvRecord& row, std::string_view column) const {
  std::string key = normalize_key(column);
  auto it = std::find(header_.begin(), header_.end(), key);
  if (it == header_.end()) return "";
  std::size_t index = static_cast<std::size_t>(it - header_.begin());
  return index < row.fields.size() ? std::string(trim_view(row.fields[index])) : "";
}

}  // namespace rungs::ingest
