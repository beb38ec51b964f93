// rungs serve: the HTTP/JSON API (/v1, OpenAPI at /openapi.json) and the web app, over one
// Assessor shared by every thread (DESIGN.md, `server/`).
#ifndef RUNGS_SERVER_H_
#define RUNGS_SERVER_H_

#include <cstddef>
#include <functional>
#include <string>

#include "rungs/assess.h"
#include "rungs/error.h"
#include "rungs/store.h"

namespace rungs {

struct ServerOptions {
  std::string bind = "127.0.0.1";
  int port = 8080;       // 0: any free port (the one taken is announced)
  std::string store;     // a store location (rungs/store.h); empty: no store, nothing is saved
  bool use_store = false;
  int threads = 0;       // 0: 128 (or 16 per core if more): one per kept-alive connection
  bool auth = false;     // every /v1 call needs a token (`rungs token create`)
  int time_limit_seconds = 30;          // per request, reading it included
  std::size_t max_body_bytes = 10u << 20;
};

// Serves until SIGTERM or SIGINT: then stops accepting, lets requests in flight finish (up to
// 10 s) and returns. `on_listening` gets the URL once the socket is bound. Errors (kUsage): a
// --bind other than a loopback address without --auth, a port that cannot be bound.
Result<void> serve(const ServerOptions& options, const Assessor& assessor,
                   const std::function<void(const std::string& url)>& on_listening);

}  // namespace rungs

#endif  // RUNGS_SERVER_H_
