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

// The peer of `fd` when it is a connection accepted on local `port`, else "".
std::string peer_on_port(int fd, int port) {
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISSOCK(st.st_mode)) return "";
  sockaddr_storage local{}, peer{};
  socklen_t local_size = sizeof local, peer_size = sizeof peer;
  if (::getsockname(fd, reinterpret_cast<sockaddr*>(&local), &local_size) != 0) return "";
  int local_port = local.ss_family == AF_INET    ? ntohs(reinterpret_cast<sockaddr_in*>(&local)->sin_port)
                   : local.ss_family == AF_INET6 ? ntohs(reinterpret_cast<sockaddr_in6*>(&local)->sin6_port)
                                                 : -1;
  if (local_port != port || ::getpeername(fd, reinterpret_cast<sockaddr*>(&peer), &peer_size) != 0) return "";
  return std::string(reinterpret_cast<const char*>(&peer), peer_size);
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
    DIR* dir = ::opendir("/proc/self/fd");
    if (dir == nullptr) continue;
    while (dirent* entry = ::readdir(dir)) {
      char* end = nullptr;
      long fd = std::strtol(entry->d_name, &end, 10);
      if (*end != '\0' || end == entry->d_name) continue;
      std::string peer = peer_on_port(static_cast<int>(fd), port_);
      if (peer.empty()) continue;
      auto it = seen.find(static_cast<int>(fd));
      Seen s = it != seen.end() && it->second.peer == peer ? it->second : Seen{peer, now};
      if (now - s.since > limit_) {
        ::shutdown(static_cast<int>(fd), SHUT_RDWR);  // the worker reads nothing more and closes it
        ++dropped_;
        continue;
      }
      still.emplace(static_cast<int>(fd), std::move(s));
    }
    ::closedir(dir);
    seen = std::move(still);
  }
}

}  // namespace rungs::server
