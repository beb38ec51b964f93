// libFuzzer target: any bytes as an HTTP request body (raw, or multipart with the boundary the
// input's first line gives) sent to the API's routes on an in-process server over loopback. The
// server must answer every one with a status it documents, never crash or hang.
#include <httplib.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <thread>

#include "rungs/assess.h"
#include "server/api_routes.h"
#include "server/server_context.h"

namespace {

struct Harness {
  rungs::ServerOptions options;
  std::unique_ptr<rungs::Assessor> assessor;
  std::unique_ptr<rungs::server::ServerContext> ctx;
  httplib::Server http;
  std::thread thread;
  int port = 0;
};

Harness& harness() {
  static Harness* h = [] {
    auto* made = new Harness;
    rungs::Result<rungs::Assessor> assessor = rungs::load_assessor();
    if (!assessor) __builtin_trap();
    made->assessor = std::make_unique<rungs::Assessor>(std::move(*assessor));
    made->ctx.reset(new rungs::server::ServerContext(*made->assessor, made->options));
    made->http.set_payload_max_length(1u << 20);
    rungs::server::add_api_routes(made->http, *made->ctx);
    made->port = made->http.bind_to_any_port("127.0.0.1");
    made->thread = std::thread([made] { made->http.listen_after_bind(); });
    return made;
  }();
  return *h;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  Harness& h = harness();
  std::string input(reinterpret_cast<const char*>(data), size);
  std::string content_type = "text/plain";
  // "multipart:BOUNDARY\n..." makes the rest a multipart body with that boundary.
  if (input.starts_with("multipart:")) {
    std::size_t end = input.find('\n');
    content_type = "multipart/form-data; boundary=" + input.substr(10, end == std::string::npos ? 0 : end - 10);
    input = end == std::string::npos ? "" : input.substr(end + 1);
  }
  httplib::Client client("127.0.0.1", h.port);
  client.set_read_timeout(std::chrono::seconds(60));
  for (const char* route : {"/v1/assess", "/v1/match", "/v1/profile"}) {
    httplib::Result r = client.Post(route, input, content_type.c_str());
    if (!r) __builtin_trap();  // no answer: the server failed
    const int s = r->status;
    if (s != 200 && s != 400 && s != 404 && s != 413 && s != 415 && s != 422) __builtin_trap();
  }
  return 0;
}
