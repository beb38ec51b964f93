// The time limit on a whole connection, reading included: cpp-httplib bounds each read, not a
// request, so a client that sends a byte a second ("slowloris") would hold a worker for ever.
// The watchdog looks at the process's sockets on the server's port and shuts down each one
// older than the limit; the worker then sees its socket closed and moves on.
#ifndef RUNGS_SERVER_CONNECTION_WATCHDOG_H_
#define RUNGS_SERVER_CONNECTION_WATCHDOG_H_

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace rungs::server {

class ConnectionWatchdog {
 public:
  // Watches the connections accepted on local `port`, each allowed `limit`.
  ConnectionWatchdog(int port, std::chrono::seconds limit);
  ~ConnectionWatchdog();  // stops watching
  ConnectionWatchdog(const ConnectionWatchdog&) = delete;
  ConnectionWatchdog& operator=(const ConnectionWatchdog&) = delete;

  // Connections shut down so far for running over the limit.
  int dropped() const { return dropped_; }

 private:
  void run();

  int port_;
  std::chrono::seconds limit_;
  std::atomic<int> dropped_{0};
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stop_ = false;
  std::thread thread_;
};

// Widens the accept queue of this process's listening socket on `port` to the system's maximum:
// cpp-httplib 0.11 listens with a backlog of 5, so 64 clients connecting at once lose SYNs and
// wait a second to retry. Returns whether a socket was found.
bool widen_accept_queue(int port);

}  // namespace rungs::server

#endif  // RUNGS_SERVER_CONNECTION_WATCHDOG_H_
