// rungs serve: binds, serves the API and the web app on a pool of threads, logs each request as
// one JSON line, and stops cleanly on SIGTERM or SIGINT.
#include <httplib.h>
#include <pthread.h>
#include <signal.h>

#include <chrono>
#include <cstdio>
#include <thread>

#include "report/json_writer.h"
#include "rungs/profile.h"
#include "rungs/server.h"
#include "server/api_routes.h"
#include "server/connection_watchdog.h"
#include "server/http_support.h"
#include "server/openapi.h"
#include "server/server_context.h"
#include "server/web_pages.h"

namespace rungs::server {
namespace {

bool is_loopback(const std::string& address) {
  return address == "127.0.0.1" || address == "::1" || address == "localhost" || address.starts_with("127.");
}

// One access log line: {"at", "method", "path", "status", "bytes", "ms"}; the same request in
// the metrics.
void log_request(ServerContext& ctx, const httplib::Request& req, const httplib::Response& res) {
  std::string timing = res.get_header_value("Server-Timing");
  double ms = timing.starts_with("app;dur=") ? std::strtod(timing.c_str() + 8, nullptr) : 0.0;
  ctx.metrics.request(route_of(req.path), res.status, ms / 1000.0);
  char line[160];
  std::snprintf(line, sizeof line, ", \"status\": %d, \"bytes\": %zu, \"ms\": %.3f}\n", res.status, res.body.size(), ms);
  std::string out = "{\"at\": \"" + current_time_utc() + "\", \"method\": " + json_quoted(req.method) + ", \"path\": " +
                    json_quoted(req.path.substr(0, 200)) + line;
  std::fwrite(out.data(), 1, out.size(), stderr);
}

// An error httplib answered itself (no route, a body over the limit, a request it could not
// parse), given the API's JSON shape.
void json_error(const httplib::Request&, httplib::Response& res) {
  if (!res.body.empty()) return;
  switch (res.status) {
    case 404: return send_error(res, 404, "not_found", "no such route: GET /openapi.json lists them");
    case 413: return send_error(res, 413, "too_large", "the body is over the limit of 10 MB");
    case 400: return send_error(res, 400, "bad_request", "the request could not be read");
    default: return send_error(res, res.status, "error", "HTTP " + std::to_string(res.status));
  }
}

}  // namespace
}  // namespace rungs::server

namespace rungs {

Result<void> serve(const ServerOptions& options, const Assessor& assessor,
                   const std::function<void(const std::string& url)>& on_listening) {
  using namespace server;
  if (!options.auth && !is_loopback(options.bind)) {
    return std::unexpected(Error{ErrorKind::kUsage,
                                 "--bind " + options.bind +
                                     ": without --auth the server answers only on 127.0.0.1; add --auth (and create a "
                                     "token with `rungs token create`) to serve other machines",
                                 {}});
  }
  ServerContext ctx(assessor, options);
  Result<std::string> openapi = load_openapi_json();
  if (!openapi) return std::unexpected(openapi.error());
  ctx.openapi = std::move(*openapi);
  if (options.use_store || options.auth) {
    Result<std::unique_ptr<Store>> store = open_store(options.store, StoreOpen::kCreate);
    if (!store) return std::unexpected(store.error());
    ctx.store = std::move(*store);
  }

  // SIGTERM and SIGINT go to one thread that waits for them; every other thread blocks them.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGTERM);
  sigaddset(&stop_signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  signal(SIGPIPE, SIG_IGN);

  httplib::Server http;
  // cpp-httplib gives each open connection a thread for as long as it is kept alive, so the pool
  // is sized for connections, not cores: 64 clients keeping their connections need 64 threads.
  const std::size_t threads = options.threads > 0 ? static_cast<std::size_t>(options.threads)
                                                  : std::max<std::size_t>(128, 16 * std::thread::hardware_concurrency());
  http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  http.set_payload_max_length(options.max_body_bytes);
  http.set_read_timeout(std::chrono::seconds(std::min(options.time_limit_seconds, 10)));
  http.set_write_timeout(std::chrono::seconds(options.time_limit_seconds));
  http.set_keep_alive_max_count(100);
  http.set_tcp_nodelay(true);  // headers and body go out at once, not 40 ms apart (Nagle and delayed ACKs)
  http.set_error_handler(json_error);
  http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    send_error(res, 500, "internal_error", "an internal error");
  });
  http.set_logger([&ctx](const httplib::Request& req, const httplib::Response& res) { log_request(ctx, req, res); });
  add_api_routes(http, ctx);
  add_web_pages(http, ctx);

  const int port = options.port == 0 ? http.bind_to_any_port(options.bind) : (http.bind_to_port(options.bind, options.port) ? options.port : -1);
  if (port < 0) {
    return std::unexpected(Error{ErrorKind::kUsage,
                                 "cannot listen on " + options.bind + ":" + std::to_string(options.port) +
                                     " (in use, or not an address of this machine)",
                                 {}});
  }
  widen_accept_queue(port);
  ConnectionWatchdog watchdog(port, std::chrono::seconds(options.time_limit_seconds));

  std::mutex done_mutex;
  std::condition_variable done_cv;
  bool done = false;
  std::thread stopper([&] {
    int signal_number = 0;
    sigwait(&stop_signals, &signal_number);
    ctx.stopping = true;
    http.stop();  // no new connections; requests in flight finish
    std::unique_lock lock(done_mutex);
    if (!done_cv.wait_for(lock, std::chrono::seconds(10), [&] { return done; })) {
      std::fputs("rungs serve: requests still running after 10 s; exiting\n", stderr);
      std::_Exit(0);
    }
  });

  const std::string host = options.bind.find(':') != std::string::npos ? "[" + options.bind + "]" : options.bind;
  on_listening("http://" + host + ":" + std::to_string(port) + "/");
  http.listen_after_bind();

  {
    std::lock_guard lock(done_mutex);
    done = true;
  }
  done_cv.notify_all();
  if (!ctx.stopping) pthread_kill(stopper.native_handle(), SIGTERM);  // the listener ended by itself
  stopper.join();
  return {};
}

}  // namespace rungs
