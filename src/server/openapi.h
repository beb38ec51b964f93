// The OpenAPI 3.1 description of the API (data/openapi.json), served at /openapi.json.
#ifndef RUNGS_SERVER_OPENAPI_H_
#define RUNGS_SERVER_OPENAPI_H_

#include <string>

#include "rungs/error.h"

namespace rungs::server {

// The document from the data folder (rungs/data_paths.h), read once at start; kInvalidInput when
// it is missing.
Result<std::string> load_openapi_json();

}  // namespace rungs::server

#endif  // RUNGS_SERVER_OPENAPI_H_
