#include "rungs/error.h"

namespace rungs {

std::string Diagnostic::to_string() const {
  std::string out = file;
  if (line > 0) out += ":" + std::to_string(line);
  if (!out.empty()) out += ": ";
  if (!field.empty()) out += field + ": ";
  out += message;
  return out;
}

std::string Error::to_string() const {
  std::string out = message;
  for (const Diagnostic& d : details) {
    out += "\n  " + d.to_string();
  }
  return out;
}

std::unexpected<Error> invalid_input(std::string message) {
  return std::unexpected(Error{ErrorKind::kInvalidInput, std::move(message), {}});
}

std::unexpected<Error> unsupported_format(std::string message) {
  return std::unexpected(Error{ErrorKind::kUnsupportedFormat, std::move(message), {}});
}

std::unexpected<Error> internal_error(std::string message) {
  return std::unexpected(Error{ErrorKind::kInternal, std::move(message), {}});
}

int exit_code_for(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::kInvalidInput: return 3;
    case ErrorKind::kUnsupportedFormat: return 3;
    case ErrorKind::kNotFound: return 3;
    case ErrorKind::kUsage: return 2;
    case ErrorKind::kStorage: return 4;
    case ErrorKind::kInternal: return 1;
  }
  return 1;
}

}  // namespace rungs
