#include "server/connection_watchdog.h"

#include <arpa/inet.h>
#include <dirent.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>

#include <cstdlib>
#include <map>
#include <string>

namespace rungs::server {
namespace {

// Whether `fd` is a TCP socket bound to local `port`.
bool on_port(int fd, int port) {
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISSOCK(st.st_mode)) return false;
  sockaddr_storage local{};
  socklen_t local_size = sizeof local;
  if (::getsockname(fd, reinterpret_cast<sockaddr*>(&local), &local_size) != 0) return false;
  int local_port = local.ss_family == AF_INET    ? ntohs(reinterpret_cast<sockaddr_in*>(&local)->sin_port)
                   : local.ss_family == AF_INET6 ? ntohs(reinterpret_cast<sockaddr_in6*>(&local)->sin6_port)
                                                 : -1;
  return local_port == port;
}

// The peer of `fd` when it is a connection accepted on local `port`, else "".
std::string peer_on_port(int fd, int port) {
  sockaddr_storage peer{};
  socklen_t peer_size = sizeof peer;
  if (!on_port(fd, port) || ::getpeername(fd, reinterpret_cast<sockaddr*>(&peer), &peer_size) != 0) return "";
  return std::string(reinterpret_cast<const char*>(&peer), peer_size);
}

// Calls `f(fd)` for every open file descriptor of the process.
template <class F>
void each_fd(F&& f) {
  DIR* dir = ::opendir("/proc/self/fd");
  if (dir == nullptr) return;
  while (dirent* entry = ::readdir(dir)) {
    char* end = nullptr;
    long fd = std::strtol(entry->d_name, &end, 10);
    if (*end == '\0' && end != entry->d_name) f(static_cast<int>(fd));
  }
  ::closedir(dir);
}

}  // namespace

ConnectionWatchdog::ConnectionWatchdog(int port, std::chrono::seconds limit)
    : port_(port), limit_(limit), thread_([this] { run(); }) {}

ConnectionWatchdog::~ConnectionWatchdog() {
  {
    std::lock_guard lock(mutex_);
    stop_ = true;
  }
  wake_.notify_all();
  thread_.join();
}

void ConnectionWatchdog::run() {
  struct Seen {
    std::string peer;
    std::chrono::steady_clock::time_point since;
  };
  std::map<int, Seen> seen;
  std::unique_lock lock(mutex_);
  while (!wake_.wait_for(lock, std::chrono::milliseconds(250), [this] { return stop_; })) {
    const auto now = std::chrono::steady_clock::now();
    std::map<int, Seen> still;
    each_fd([&](int fd) {
      std::string peer = peer_on_port(fd, port_);
      if (peer.empty()) return;
      auto it = seen.find(fd);
      Seen s = it != seen.end() && it->second.peer == peer ? it->second : Seen{peer, now};
      if (now - s.since > limit_) {
        ::shutdown(fd, SHUT_RDWR);  // the worker reads nothing more and closes it
        ++dropped_;
        return;
      }
      still.emplace(fd, std::move(s));
    });
    seen = std::move(still);
  }
}

bool widen_accept_queue(int port) {
  bool found = false;
  each_fd([&](int fd) {
    int listening = 0;
    socklen_t size = sizeof listening;
    if (!on_port(fd, port) || ::getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &listening, &size) != 0 || !listening) return;
    found = ::listen(fd, SOMAXCONN) == 0 || found;  // listen() again only changes the backlog
  });
  return found;
}

}  // namespace rungs::server
