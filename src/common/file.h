// Reading whole files with a size limit and errors that name the file.
#ifndef RUNGS_COMMON_FILE_H_
#define RUNGS_COMMON_FILE_H_

#include <cstddef>
#include <filesystem>
#include <string>

#include "rungs/error.h"

namespace rungs {

// Reads `path` as bytes. Fails with kInvalidInput naming the file when it does not exist, is not
// a regular file, cannot be read, or is larger than `max_bytes`.
Result<std::string> read_file(const std::filesystem::path& path, std::size_t max_bytes);

}  // namespace rungs

#endif  // RUNGS_COMMON_FILE_H_
