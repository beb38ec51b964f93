// What every handler of the server shares: the engine, the options, the store (one connection,
// used by one request at a time), the metrics and whether the server is stopping.
#ifndef RUNGS_SERVER_SERVER_CONTEXT_H_
#define RUNGS_SERVER_SERVER_CONTEXT_H_

#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "rungs/assess.h"
#include "rungs/server.h"
#include "rungs/store.h"
#include "server/metrics.h"

namespace rungs::server {

// A signed-in browser of the web app (with --auth): whose token it showed, and the CSRF token
// its forms carry.
struct WebSession {
  std::string owner;
  std::string csrf;
};

struct ServerContext {
  ServerContext(const Assessor& engine, const ServerOptions& opts) : assessor(engine), options(opts) {}

  const Assessor& assessor;
  const ServerOptions& options;
  std::unique_ptr<Store> store;  // null: nothing is saved
  std::mutex store_mutex;
  Metrics metrics;
  std::string openapi;  // data/openapi.json, read at start
  std::atomic<bool> stopping{false};
  std::mutex sessions_mutex;
  std::unordered_map<std::string, WebSession> sessions;  // by the session cookie's value
};

}  // namespace rungs::server

#endif  // RUNGS_SERVER_SERVER_CONTEXT_H_
