// What every handler of the server shares: the engine, the options, the store (one connection,
// used by one request at a time), the metrics and whether the server is stopping.
#ifndef RUNGS_SERVER_SERVER_CONTEXT_H_
#define RUNGS_SERVER_SERVER_CONTEXT_H_

#include <atomic>
#include <memory>
#include <mutex>
#include <string>

#include "rungs/assess.h"
#include "rungs/server.h"
#include "rungs/store.h"
#include "server/metrics.h"

namespace rungs::server {

struct ServerContext {
  const Assessor& assessor;
  const ServerOptions& options;
  std::unique_ptr<Store> store;  // null: nothing is saved
  std::mutex store_mutex;
  Metrics metrics;
  std::string openapi;  // data/openapi.json, read at start
  std::atomic<bool> stopping{false};
};

}  // namespace rungs::server

#endif  // RUNGS_SERVER_SERVER_CONTEXT_H_
