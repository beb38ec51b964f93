// The HTTP API through real HTTP against a started `rungs serve` on 127.0.0.1: every route, every
// error status, token isolation, limits, a slow client and SIGTERM during a request.
#include <arpa/inet.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <nlohmann/json.hpp>
#include <sys/socket.h>

#include "cli/run_rungs.h"
#include "server/server_process.h"

namespace rungs::testing {
namespace {

using ::testing::HasSubstr;
using nlohmann::json;

const std::string kResume = "examples/resumes/priya-senior.md";

std::string resume_text() { return read_text(source_dir() / kResume); }

json body_of(const httplib::Result& r) {
  EXPECT_TRUE(r) << "no response";
  return r ? json::parse(r->body, nullptr, false) : json();
}

// A server with a fresh SQLite store.
class Api : public ::testing::Test {
 protected:
  void SetUp() override {
    server_ = std::make_unique<ServerProcess>(std::vector<std::string>{"--store", (dir_.path() / "r.db").string()});
    ASSERT_TRUE(server_->started()) << server_->log();
  }
  TempDir dir_;
  std::unique_ptr<ServerProcess> server_;
};

TEST_F(Api, EveryRouteAnswers) {
  httplib::Client c = server_->client();
  EXPECT_EQ(body_of(c.Get("/healthz"))["status"], "ok");
  json ladder = body_of(c.Get("/v1/ladder"));
  EXPECT_EQ(ladder["schema"], "rungs.ladder/1");
  EXPECT_GE(body_of(c.Get("/v1/roles"))["roles"].size(), 10u);
  json path = body_of(c.Get("/v1/path?from=senior-backend-developer&to=solutions-architect"));
  EXPECT_GT(path["path"]["total_months"].get<int>(), 0);

  auto report = c.Post("/v1/assess", resume_text(), "text/markdown");
  ASSERT_TRUE(report);
  EXPECT_EQ(report->status, 200);
  EXPECT_EQ(json::parse(report->body)["placement"]["role"], "senior-backend-developer");
  EXPECT_THAT(report->get_header_value("Server-Timing"), HasSubstr("app;dur="));
  auto html = c.Post("/v1/assess?format=html&target=solutions-architect", resume_text(), "text/plain");
  ASSERT_TRUE(html);
  EXPECT_THAT(html->body, HasSubstr("<svg"));
  EXPECT_THAT(html->get_header_value("Content-Type"), HasSubstr("text/html"));
  auto markdown = c.Post("/v1/assess?format=markdown", resume_text(), "text/plain");
  ASSERT_TRUE(markdown);
  EXPECT_THAT(markdown->body, HasSubstr("# "));
  httplib::MultipartFormDataItems items = {{"resume", resume_text(), "priya.md", "text/markdown"},
                                           {"job", "Senior Java developer\nMust have: Java, Kafka, Kubernetes\n", "job.txt", "text/plain"}};
  json multipart = body_of(c.Post("/v1/assess", items));
  EXPECT_TRUE(multipart["match"].is_object());
  EXPECT_GT(body_of(c.Post("/v1/match", items))["score"].get<int>(), 0);
  EXPECT_FALSE(body_of(c.Post("/v1/skills", resume_text(), "text/plain"))["skills"].empty());
  EXPECT_EQ(body_of(c.Post("/v1/profile", resume_text(), "text/plain"))["schema"], "rungs.profile/1");

  // Saved twice (the second an edited resume), then the history with its diff, then forgotten.
  auto saved = c.Post("/v1/assess?save=1&person=priya", resume_text(), "text/plain");
  ASSERT_TRUE(saved);
  EXPECT_EQ(saved->get_header_value("X-Rungs-Saved"), "new");
  std::string later = read_text(source_dir() / "examples/resumes/priya-senior-a-year-later.md");
  ASSERT_EQ(c.Post("/v1/assess?save=1&person=priya", later, "text/plain")->status, 200);
  EXPECT_EQ(c.Post("/v1/assess?save=1&person=priya", later, "text/plain")->get_header_value("X-Rungs-Saved"), "already");
  json people = body_of(c.Get("/v1/people"));
  ASSERT_EQ(people["people"].size(), 1u);
  EXPECT_EQ(people["people"][0]["id"], "priya");
  json history = body_of(c.Get("/v1/people/priya/history?diff=1"));
  EXPECT_EQ(history["assessments"].size(), 2u);
  EXPECT_FALSE(history["diff"]["changes"].empty());
  EXPECT_EQ(body_of(c.Get("/v1/path?person=priya&to=solutions-architect"))["path"]["from"], "senior-backend-developer");
  auto page = c.Get("/people/priya");
  ASSERT_TRUE(page);
  EXPECT_THAT(page->body, HasSubstr("What changed"));
  json forgot = body_of(c.Delete("/v1/people/priya"));
  EXPECT_EQ(forgot["rows"], 5);
  EXPECT_EQ(c.Get("/v1/people/priya/history")->status, 404);

  // The web app: the form, its POST answered with the report page, the ladder and the path.
  EXPECT_THAT(c.Get("/")->body, HasSubstr("<form method=\"post\""));
  httplib::MultipartFormDataItems form = {{"resume", resume_text(), "priya.md", "text/markdown"}, {"target", "", "", ""}};
  auto web_report = c.Post("/", form);
  ASSERT_TRUE(web_report);
  EXPECT_THAT(web_report->body, HasSubstr("id=\"placed-role\""));
  EXPECT_THAT(c.Get("/ladder")->body, HasSubstr("Solutions Architect"));
  EXPECT_THAT(c.Get("/path?from=backend-developer&to=technical-lead")->body, HasSubstr("<svg"));

  std::string metrics = c.Get("/metrics")->body;
  EXPECT_THAT(metrics, HasSubstr("rungs_http_requests_total{route=\"/v1/assess\",status=\"200\"}"));
  EXPECT_THAT(metrics, HasSubstr("rungs_http_request_duration_seconds_bucket{le=\"+Inf\"}"));
  EXPECT_THAT(metrics, HasSubstr("rungs_assessments_total"));
  EXPECT_THAT(server_->log(), HasSubstr("\"method\": \"POST\", \"path\": \"/v1/assess\", \"status\": 200"));
}

TEST_F(Api, OpenApiDescribesEveryRoute) {
  httplib::Client c = server_->client();
  json doc = body_of(c.Get("/openapi.json"));
  EXPECT_EQ(doc["openapi"], "3.1.0");
  EXPECT_TRUE(doc["paths"]["/healthz"]["get"]["responses"].contains("503"));
  for (const char* path : {"/v1/assess", "/v1/match", "/v1/skills", "/v1/profile", "/v1/ladder", "/v1/roles", "/v1/path",
                           "/v1/people", "/v1/people/{id}/history", "/v1/people/{id}", "/healthz", "/metrics", "/openapi.json"}) {
    EXPECT_TRUE(doc["paths"].contains(path)) << path;
  }
  for (const char* status : {"400", "401", "404", "413", "415", "422", "500", "504"}) {
    EXPECT_TRUE(doc["paths"]["/v1/assess"]["post"]["responses"].contains(status)) << status;
  }
}

TEST_F(Api, ErrorsAreJsonWithTheRightStatus) {
  httplib::Client c = server_->client();
  auto expect = [](const httplib::Result& r, int status, const std::string& code) {
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, status) << r->body;
    json e = json::parse(r->body, nullptr, false);
    EXPECT_EQ(e["error"], code) << r->body;
    EXPECT_TRUE(e["message"].is_string());
  };
  expect(c.Post("/v1/assess", "", "text/plain"), 400, "bad_request");
  expect(c.Post("/v1/assess?format=pdf", resume_text(), "text/plain"), 400, "bad_request");
  expect(c.Post("/v1/assess?target=cto", resume_text(), "text/plain"), 400, "bad_request");
  expect(c.Get("/v1/path?from=backend-developer"), 400, "bad_request");
  expect(c.Get("/v1/no-such-route"), 404, "not_found");
  expect(c.Get("/v1/people/nobody/history"), 404, "not_found");
  expect(c.Delete("/v1/people/nobody"), 404, "not_found");
  expect(c.Post("/v1/assess", std::string(20u << 20, 'a'), "text/plain"), 413, "too_large");
  expect(c.Post("/v1/assess", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(64, '\0'), "application/msword"),
         415, "unsupported_format");
  expect(c.Post("/v1/assess", "{\"basics\": ", "application/json"), 422, "invalid_document");
  expect(c.Post("/v1/assess", "   \n  ", "text/plain"), 422, "invalid_document");
  expect(c.Post("/v1/match", resume_text(), "text/plain"), 400, "bad_request");
  // A multipart body that is not one.
  auto broken = c.Post("/v1/assess", "--x\r\nContent-Disposition: form-data; name=\"resume\"\r\n\r\nno end",
                       "multipart/form-data; boundary=x");
  ASSERT_TRUE(broken);
  EXPECT_EQ(broken->status, 400);
  EXPECT_EQ(c.Get("/healthz")->status, 200);  // still serving
}

TEST(ApiWithoutStore, SavingAndHistoryNeedAStore) {
  ServerProcess server({});
  ASSERT_TRUE(server.started()) << server.log();
  httplib::Client c = server.client();
  EXPECT_EQ(c.Post("/v1/assess", resume_text(), "text/plain")->status, 200);
  auto save = c.Post("/v1/assess?save=1", resume_text(), "text/plain");
  EXPECT_EQ(save->status, 404);
  EXPECT_THAT(save->body, HasSubstr("no_store"));
  EXPECT_EQ(c.Get("/v1/people")->status, 404);
}

TEST(ApiAuth, EachTokenSeesOnlyItsOwnPeople) {
  TempDir dir;
  const std::string store = (dir.path() / "r.db").string();
  RunResult a = run_rungs({"token", "create", "--name", "team-a", "--store", store});
  RunResult b = run_rungs({"token", "create", "--name", "team-b", "--store", store});
  ASSERT_EQ(a.exit_code, 0) << a.err;
  ASSERT_EQ(b.exit_code, 0) << b.err;
  const std::string token_a = a.out.substr(0, a.out.find('\n')), token_b = b.out.substr(0, b.out.find('\n'));
  EXPECT_THAT(run_rungs({"token", "list", "--store", store}).out, HasSubstr("team-a"));
  ServerProcess server({"--auth", "--store", store});
  ASSERT_TRUE(server.started()) << server.log();
  httplib::Client c = server.client();
  EXPECT_EQ(c.Get("/v1/ladder")->status, 401);
  EXPECT_EQ(c.Get("/healthz")->status, 200);  // service routes need no token
  httplib::Headers as_a = {{"Authorization", "Bearer " + token_a}}, as_b = {{"Authorization", "Bearer " + token_b}};
  httplib::Headers wrong = {{"Authorization", "Bearer rungs_0000"}};
  EXPECT_EQ(c.Get("/v1/ladder", wrong)->status, 401);
  ASSERT_EQ(c.Post("/v1/assess?save=1&person=asha", as_a, resume_text(), "text/plain")->status, 200);
  EXPECT_EQ(body_of(c.Get("/v1/people", as_a))["people"].size(), 1u);
  EXPECT_EQ(body_of(c.Get("/v1/people", as_b))["people"].size(), 0u);
  EXPECT_EQ(c.Get("/v1/people/asha/history", as_b)->status, 404);  // never 403: B cannot tell A's exist
  EXPECT_EQ(c.Get("/v1/people/asha/history?diff=1", as_b)->status, 404);
  EXPECT_EQ(c.Delete("/v1/people/asha", as_b)->status, 404);
  EXPECT_EQ(c.Get("/v1/people/asha/history", as_a)->status, 200);
  ASSERT_EQ(run_rungs({"token", "revoke", "team-a", "--store", store}).exit_code, 0);
  EXPECT_EQ(c.Get("/v1/people", as_a)->status, 401);
}

TEST(ApiAuth, TheWebAppAsksForTheTokenOnceAndChecksItsForms) {
  TempDir dir;
  const std::string store = (dir.path() / "r.db").string();
  RunResult a = run_rungs({"token", "create", "--name", "team-a", "--store", store});
  RunResult b = run_rungs({"token", "create", "--name", "team-b", "--store", store});
  ASSERT_EQ(a.exit_code, 0);
  const std::string token_a = a.out.substr(0, a.out.find('\n')), token_b = b.out.substr(0, b.out.find('\n'));
  ServerProcess server({"--auth", "--store", store});
  ASSERT_TRUE(server.started()) << server.log();
  httplib::Client c = server.client();
  auto first = c.Get("/");
  ASSERT_TRUE(first);
  EXPECT_EQ(first->status, 401);
  EXPECT_THAT(first->body, HasSubstr("action=\"/login\""));
  EXPECT_EQ(c.Post("/login", httplib::Params{{"token", "rungs_wrong"}})->status, 401);
  auto sign_in = [&](const std::string& token) {
    auto r = c.Post("/login", httplib::Params{{"token", token}});
    EXPECT_EQ(r->status, 303);
    std::string cookie = r->get_header_value("Set-Cookie");
    EXPECT_THAT(cookie, HasSubstr("HttpOnly"));
    EXPECT_THAT(cookie, HasSubstr("SameSite=Strict"));
    return httplib::Headers{{"Cookie", cookie.substr(0, cookie.find(';'))}};
  };
  httplib::Headers session_a = sign_in(token_a), session_b = sign_in(token_b);
  auto form = c.Get("/", session_a);
  ASSERT_EQ(form->status, 200);
  std::size_t at = form->body.find("name=\"csrf\" value=\"");
  ASSERT_NE(at, std::string::npos);
  std::string csrf = form->body.substr(at + 19, form->body.find('"', at + 19) - at - 19);
  httplib::MultipartFormDataItems without = {{"resume", resume_text(), "priya.md", "text/markdown"}};
  EXPECT_EQ(c.Post("/", session_a, without)->status, 403);  // a form from elsewhere
  httplib::MultipartFormDataItems with = {{"resume", resume_text(), "priya.md", "text/markdown"}, {"csrf", csrf, "", ""}};
  auto report = c.Post("/", session_a, with);
  EXPECT_EQ(report->status, 200);
  EXPECT_THAT(report->body, HasSubstr("id=\"placed-role\""));
  ASSERT_EQ(c.Post("/v1/assess?save=1&person=asha", {{"Authorization", "Bearer " + token_a}}, resume_text(), "text/plain")->status, 200);
  EXPECT_EQ(c.Get("/people/asha", session_a)->status, 200);
  EXPECT_EQ(c.Get("/people/asha", session_b)->status, 404);
}

TEST(ApiBind, AnotherAddressNeedsAuth) {
  RunResult r = run_rungs({"serve", "--bind", "0.0.0.0", "--port", "0"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("--auth"));
}

// A client that sends one byte a second is dropped at the time limit; others are served meanwhile.
TEST(ApiLimits, ASlowClientIsDroppedAndOthersAreServed) {
  ServerProcess server({"--time-limit", "2"});
  ASSERT_TRUE(server.started()) << server.log();
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<std::uint16_t>(server.port()));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
  const std::string request = "POST /v1/assess HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n";
  const auto start = std::chrono::steady_clock::now();
  bool dropped = false;
  httplib::Client other = server.client();
  for (std::size_t i = 0; i < 12 && !dropped; ++i) {
    if (::send(fd, request.data() + (i % request.size()), 1, MSG_NOSIGNAL) < 0) dropped = true;
    auto health = other.Get("/healthz");  // served while the slow client hangs on
    ASSERT_TRUE(health);
    EXPECT_EQ(health->status, 200);
    std::this_thread::sleep_for(std::chrono::seconds(1));
    char byte;
    if (::recv(fd, &byte, 1, MSG_DONTWAIT) == 0) dropped = true;  // closed by the server
  }
  ::close(fd);
  EXPECT_TRUE(dropped);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(8));
}

// SIGTERM while a request is being read: the request is answered, then the server exits 0.
TEST(ApiLimits, SigtermLetsTheRequestInFlightFinish) {
  ServerProcess server({});
  ASSERT_TRUE(server.started()) << server.log();
  std::string body = resume_text();
  std::thread signaller([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    server.signal(SIGTERM);
  });
  httplib::Client c = server.client();
  std::size_t sent = 0;
  auto r = c.Post("/v1/assess", body.size(),
                  [&](std::size_t offset, std::size_t, httplib::DataSink& sink) {
                    std::this_thread::sleep_for(std::chrono::milliseconds(100));  // 10 chunks: a second
                    std::size_t n = std::min<std::size_t>(body.size() / 10 + 1, body.size() - offset);
                    sink.write(body.data() + offset, n);
                    sent += n;
                    return true;
                  },
                  "text/plain");
  signaller.join();
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(server.stop(), 0);
  EXPECT_THAT(server.log(), HasSubstr("stopped"));
}

}  // namespace
}  // namespace rungs::testing
