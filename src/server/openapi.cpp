#include "server/openapi.h"

#include "common/file.h"
#include "rungs/data_paths.h"

namespace rungs::server {

Result<std::string> load_openapi_json() { return read_file(data_dir() / "openapi.json", 1u << 20); }

}  // namespace rungs::server
