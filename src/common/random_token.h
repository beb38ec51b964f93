// Secrets from the system's random source: API tokens, web session ids, CSRF tokens.
#ifndef RUNGS_COMMON_RANDOM_TOKEN_H_
#define RUNGS_COMMON_RANDOM_TOKEN_H_

#include <cstddef>
#include <string>

#include "rungs/error.h"

namespace rungs {

// `bytes` random bytes (getrandom) as lower-case hex; kInternal when the system has none.
Result<std::string> random_hex(std::size_t bytes);

}  // namespace rungs

#endif  // RUNGS_COMMON_RANDOM_TOKEN_H_
