// The JSON API (/v1) and the service routes (/healthz, /metrics, /openapi.json).
#include "server/api_routes.h"

#include <chrono>
#include <cstdio>

#include "common/sha256.h"
#include "rungs/history.h"
#include "rungs/ladder_view.h"
#include "rungs/profile_view.h"
#include "rungs/report_view.h"
#include "rungs/skills_view.h"
#include "report/json_writer.h"
#include "server/http_support.h"
#include "server/request_documents.h"

namespace rungs::server {
namespace {

// The token a request carries ("Authorization: Bearer TOKEN"), as its name in the store.
std::optional<std::string> token_owner(const httplib::Request& req, ServerContext& ctx) {
  std::string header = req.get_header_value("Authorization");
  if (!header.starts_with("Bearer ")) return std::nullopt;
  return owner_of_token(header.substr(7), ctx);
}

// The id a client sees of a stored person: the token's prefix taken off.
std::string public_person(const std::string& owner, const std::string& stored) {
  return owner.empty() ? stored : stored.substr(owner.size() + 1);
}

bool store_missing(ServerContext& ctx, httplib::Response& res) {
  if (ctx.store != nullptr) return false;
  send_error(res, 404, "no_store", "this server keeps no store: start it with --store to save and read history");
  return true;
}

void assess(const httplib::Request& req, httplib::Response& res, const std::string& owner, ServerContext& ctx) {
  const std::string target = req.get_param_value("target");
  const std::string format = req.has_param("format") ? req.get_param_value("format") : "json";
  const bool save = req.get_param_value("save") == "1";
  if (format != "json" && format != "html" && format != "markdown") {
    return send_error(res, 400, "bad_request", "format: '" + format + "' is not one of json, html, markdown");
  }
  const Ladder& ladder = ctx.assessor.ladder();
  if (!target.empty() && ladder.role(target) == nullptr) {
    return send_error(res, 400, "bad_request", unknown_role_message(ladder, target, "target"));
  }
  if (save && store_missing(ctx, res)) return;
  std::string person_given = req.get_param_value("person");
  if (save && !person_given.empty()) {
    if (Result<std::string> ok = person_id_for(person_given, "", ""); !ok) return send_error(res, ok.error());
  }
  std::string bytes;
  Result<Profile> profile = request_resume(req, ctx.metrics, &bytes);
  if (!profile) return send_error(res, profile.error());
  Result<std::optional<JobDescription>> job = request_job(req, ctx.metrics, false);
  if (!job) return send_error(res, job.error());
  Result<Report> report = ctx.assessor.assess(*profile, {target, current_month(), *job ? &**job : nullptr});
  if (!report) return send_error(res, report.error());
  ctx.metrics.assessment();
  if (save) {
    Result<std::string> person = person_id_for(person_given, report->person.email, report->person.name);
    if (!person) return send_error(res, person.error());
    AssessmentToSave saved = assessment_to_save(
        *report, *profile, {stored_person(owner, *person), bytes, profile->source.file, target, false}, current_month());
    std::lock_guard lock(ctx.store_mutex);
    Result<SaveOutcome> outcome = ctx.store->save(saved);
    if (!outcome) return send_error(res, outcome.error());
    res.set_header("X-Rungs-Person", *person);
    res.set_header("X-Rungs-Assessment", std::to_string(outcome->id));
    res.set_header("X-Rungs-Saved", outcome->created ? "new" : "already");
  }
  if (format == "html") return res.set_content(render_report_html(*report, ladder), "text/html; charset=utf-8");
  if (format == "markdown") return res.set_content(render_report_markdown(*report, ladder), "text/markdown; charset=utf-8");
  send_json(res, 200, render_report_json(*report));
}

void path(const httplib::Request& req, httplib::Response& res, const std::string& owner, ServerContext& ctx) {
  std::string from = req.get_param_value("from");
  const std::string to = req.get_param_value("to");
  const std::string person = req.get_param_value("person");
  if (to.empty()) return send_error(res, 400, "bad_request", "to: the target role is needed (GET /v1/roles lists them)");
  if (from.empty() && person.empty()) return send_error(res, 400, "bad_request", "from or person: where the path starts");
  if (!person.empty()) {
    if (store_missing(ctx, res)) return;
    std::lock_guard lock(ctx.store_mutex);
    Result<std::vector<StoredAssessment>> history = ctx.store->history(stored_person(owner, person));
    if (!history) return send_error(res, 404, "not_found", "no one is stored as '" + person + "'");
    from = history->back().saved.summary.role;
  }
  for (const std::string* role : {static_cast<const std::string*>(&from), &to}) {
    if (ctx.assessor.ladder().role(*role) == nullptr) {
      return send_error(res, 400, "bad_request", unknown_role_message(ctx.assessor.ladder(), *role, "role"));
    }
  }
  Result<Route> route = ctx.assessor.route(from, to, nullptr, current_month());
  if (!route) return send_error(res, 422, "no_path", route.error().message);
  send_json(res, 200, render_route_json(*route));
}


}  // namespace

std::optional<std::string> owner_of_token(const std::string& secret, ServerContext& ctx) {
  if (ctx.store == nullptr || secret.empty()) return std::nullopt;
  std::lock_guard lock(ctx.store_mutex);
  Result<std::optional<std::string>> name = ctx.store->token_named(sha256_hex(secret));
  if (!name || !*name) return std::nullopt;
  return **name;
}

Result<std::vector<StoredAssessment>> own_history(const std::string& owner, const std::string& person, ServerContext& ctx) {
  std::lock_guard lock(ctx.store_mutex);
  Result<std::vector<StoredAssessment>> history = ctx.store->history(stored_person(owner, person));
  if (!history) {
    if (history.error().kind == ErrorKind::kNotFound) {
      return std::unexpected(Error{ErrorKind::kNotFound, "no one is stored as '" + person + "'", {}});
    }
    return history;
  }
  for (StoredAssessment& a : *history) a.saved.person = public_person(owner, a.saved.person);
  return history;
}

std::string stored_person(const std::string& owner, const std::string& person) {
  return owner.empty() ? person : owner + "/" + person;
}

httplib::Server::Handler guarded(ServerContext& ctx, bool needs_token, OwnedHandler handler) {
  return [&ctx, needs_token, handler = std::move(handler)](const httplib::Request& req, httplib::Response& res) {
    const auto start = std::chrono::steady_clock::now();
    if (ctx.options.auth && needs_token) {
      std::optional<std::string> name = token_owner(req, ctx);
      if (name) {
        handler(req, res, *name);
      } else {
        send_error(res, 401, "unauthorized", "a valid token is needed: Authorization: Bearer TOKEN");
      }
    } else {
      handler(req, res, "");
    }
    // A request read before SIGTERM is answered; its connection then closes.
    if (ctx.stopping) res.set_header("Connection", "close");
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (seconds > ctx.options.time_limit_seconds) {
      res.body.clear();
      send_error(res, 504, "timeout",
                 "the request took longer than the limit of " + std::to_string(ctx.options.time_limit_seconds) + " s");
    }
    char timing[48];
    std::snprintf(timing, sizeof timing, "app;dur=%.3f", seconds * 1000);
    res.set_header("Server-Timing", timing);
  };
}

void add_api_routes(httplib::Server& http, ServerContext& ctx) {
  const std::string ladder_json = render_ladder_json(ctx.assessor.ladder());
  const std::string roles_json = render_roles_json(ctx.assessor.ladder());
  auto api = [&ctx](OwnedHandler h) { return guarded(ctx, true, std::move(h)); };
  http.Post("/v1/assess", api([&ctx](const auto& req, auto& res, const std::string& owner) { assess(req, res, owner, ctx); }));
  http.Post("/v1/match", api([&ctx](const auto& req, auto& res, const std::string&) {
    Result<Profile> profile = request_resume(req, ctx.metrics);
    if (!profile) return send_error(res, profile.error());
    Result<std::optional<JobDescription>> job = request_job(req, ctx.metrics, true);
    if (!job) return send_error(res, job.error());
    send_json(res, 200, render_match_json(ctx.assessor.match(*profile, **job, current_month())));
  }));
  http.Post("/v1/skills", api([&ctx](const auto& req, auto& res, const std::string&) {
    Result<Profile> profile = request_resume(req, ctx.metrics);
    if (!profile) return send_error(res, profile.error());
    send_json(res, 200, render_skills_json(find_skill_evidence(*profile, ctx.assessor.skills(), current_month())));
  }));
  http.Post("/v1/profile", api([&ctx](const auto& req, auto& res, const std::string&) {
    Result<Profile> profile = request_resume(req, ctx.metrics);
    if (!profile) return send_error(res, profile.error());
    send_json(res, 200, render_profile_json(*profile, current_month()));
  }));
  http.Get("/v1/ladder", api([ladder_json](const auto&, auto& res, const std::string&) { send_json(res, 200, ladder_json); }));
  http.Get("/v1/roles", api([roles_json](const auto&, auto& res, const std::string&) { send_json(res, 200, roles_json); }));
  http.Get("/v1/path", api([&ctx](const auto& req, auto& res, const std::string& owner) { path(req, res, owner, ctx); }));
  http.Get("/v1/people", api([&ctx](const auto&, auto& res, const std::string& owner) {
    if (store_missing(ctx, res)) return;
    std::unique_lock lock(ctx.store_mutex);
    Result<std::vector<PersonEntry>> people = ctx.store->people();
    lock.unlock();
    if (!people) return send_error(res, people.error());
    std::vector<PersonEntry> own;
    for (PersonEntry& p : *people) {
      if (!owner.empty() && !p.id.starts_with(owner + "/")) continue;
      p.id = public_person(owner, p.id);
      p.latest.saved.person = p.id;
      own.push_back(std::move(p));
    }
    send_json(res, 200, render_people_json(own));
  }));
  http.Get(R"(/v1/people/([^/]+)/history)", api([&ctx](const auto& req, auto& res, const std::string& owner) {
    if (store_missing(ctx, res)) return;
    Result<std::vector<StoredAssessment>> history = own_history(owner, req.matches[1], ctx);
    if (!history) return send_error(res, history.error());
    std::optional<HistoryDiff> diff;
    if (req.get_param_value("diff") == "1" && history->size() >= 2) {
      Result<HistoryDiff> made = diff_assessments((*history)[history->size() - 2], history->back(), ctx.assessor.ladder());
      if (!made) return send_error(res, made.error());
      diff = std::move(*made);
    }
    send_json(res, 200, render_history_json(*history, diff ? &*diff : nullptr));
  }));
  http.Delete(R"(/v1/people/([^/]+))", api([&ctx](const auto& req, auto& res, const std::string& owner) {
    if (store_missing(ctx, res)) return;
    const std::string person = req.matches[1];
    std::unique_lock lock(ctx.store_mutex);
    Result<StoreCounts> gone = ctx.store->forget(stored_person(owner, person));
    lock.unlock();
    if (!gone) {
      if (gone.error().kind == ErrorKind::kNotFound) return send_error(res, 404, "not_found", "no one is stored as '" + person + "'");
      return send_error(res, gone.error());
    }
    send_json(res, 200,
              "{\"forgot\": " + json_quoted(person) + ", \"rows\": " +
                  std::to_string(gone->people + gone->documents + gone->assessments) + ", \"people\": " +
                  std::to_string(gone->people) + ", \"documents\": " + std::to_string(gone->documents) +
                  ", \"assessments\": " + std::to_string(gone->assessments) + "}\n");
  }));
  auto open = [&ctx](OwnedHandler h) { return guarded(ctx, false, std::move(h)); };
  // While stopping, /healthz says so (503), so a load balancer sends no more work here.
  http.Get("/healthz", open([&ctx](const auto&, auto& res, const std::string&) {
    if (ctx.stopping) return send_error(res, 503, "shutting_down", "the server is stopping");
    send_json(res, 200, "{\"status\": \"ok\"}\n");
  }));
  http.Get("/metrics", open([&ctx](const auto&, auto& res, const std::string&) {
    res.set_content(ctx.metrics.render(), "text/plain; version=0.0.4; charset=utf-8");
  }));
  http.Get("/openapi.json", open([&ctx](const auto&, auto& res, const std::string&) { send_json(res, 200, ctx.openapi); }));
}

}  // namespace rungs::server
