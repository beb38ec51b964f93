// Errors as values. Library functions return `Result<T>`; only the CLI and the server turn an
// `Error` into an exit code or an HTTP status.
#ifndef RUNGS_ERROR_H_
#define RUNGS_ERROR_H_

#include <expected>
#include <string>
#include <vector>

namespace rungs {

// What went wrong, coarsely: decides the CLI exit code (DESIGN.md) and the HTTP status.
enum class ErrorKind {
  kInvalidInput,  // a document, data file or argument value is unreadable or invalid: exit 3
  kUnsupportedFormat,  // a document in a format rungs does not read (old .doc, RTF, UTF-16): exit 3, HTTP 415
  kNotFound,      // an id (a person, an assessment) that is not there: exit 3, HTTP 404
  kUsage,         // the command line is wrong: exit 2
  kStorage,       // the database failed: exit 4
  kInternal,      // a bug or an unexpected system failure: exit 1
};

// One located problem in an input file: `FILE:LINE: field: message`.
// `line` is 1-based; 0 means the whole file. `field` may be empty.
struct Diagnostic {
  std::string file;
  int line = 0;
  std::string field;
  std::string message;

  // Formats as `file:line: field: message`, leaving out the parts that are empty or zero.
  std::string to_string() const;
};

// An error: a one-line summary plus, for validation, every located problem found.
struct Error {
  ErrorKind kind = ErrorKind::kInternal;
  std::string message;
  std::vector<Diagnostic> details;

  // The summary followed by one line per diagnostic.
  std::string to_string() const;
};

template <class T>
using Result = std::expected<T, Error>;

// Shorthands for building the unexpected side of a Result.
std::unexpected<Error> invalid_input(std::string message);
std::unexpected<Error> unsupported_format(std::string message);
std::unexpected<Error> internal_error(std::string message);

// The CLI exit code for an error kind (0 is never returned).
int exit_code_for(ErrorKind kind);

}  // namespace rungs

#endif  // RUNGS_ERROR_H_
