// RFC 4180 CSV as LinkedIn writes it: quoted fields with "" escapes and line breaks inside,
// CRLF or LF, a UTF-8 BOM, and sometimes a preamble of notes before the header row.
#ifndef RUNGS_INGEST_CSV_H_
#define RUNGS_INGEST_CSV_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rungs/error.h"

namespace rungs::ingest {

// One row: its fields and the line it starts on (1-based).
struct CsvRecord {
  std::vector<std::string> fields;
  int line = 0;
};

// Every row of `text`. Fails naming `name` and the line when a quoted field never ends.
Result<std::vector<CsvRecord>> parse_csv(std::string_view text, const std::string& name);

// A CSV table found by its header: the rows after the first row that has all of `required`
// columns (so notes before the header are skipped), with fields looked up by column name.
class CsvTable {
 public:
  // Fails naming `name` when no row has all the required columns.
  static Result<CsvTable> find(std::vector<CsvRecord> records,
                               const std::vector<std::string>& required, const std::string& name);

  const std::vector<CsvRecord>& rows() const { return rows_; }
  // The field of `row` under `column`, trimmed; "" when the column or the field is missing.
  std::string get(const CsvRecord& row, std::string_view column) const;

 private:
  std::vector<std::string> header_;
  std::vector<CsvRecord> rows_;
};

}  // namespace rungs::ingest

#endif  // RUNGS_INGEST_CSV_H_
