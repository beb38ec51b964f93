#include "server/web_pages.h"

#include "report/html_page.h"
#include "report/svg_charts.h"
#include "rungs/history.h"
#include "rungs/report_view.h"
#include "server/api_routes.h"
#include "server/request_documents.h"

namespace rungs::server {
namespace {

std::string nav() {
  return "<nav aria-label=\"rungs\"><a href=\"/\">Assess a resume</a> · <a href=\"/ladder\">The ladder</a> · "
         "<a href=\"/path\">Plan a path</a></nav>";
}

std::string role_options(const Ladder& ladder, const std::string& chosen, bool allow_none) {
  std::string out = allow_none ? "<option value=\"\">the next role</option>" : "";
  for (const Role& r : ladder.roles) {
    out += "<option value=\"" + escape_html(r.id) + "\"" + (r.id == chosen ? " selected" : "") + ">" + escape_html(r.title) + "</option>";
  }
  return out;
}

std::string upload_form(const Ladder& ladder, const std::string& problem) {
  std::string body = nav() + "<header><h1>Where do you stand?</h1><p>Choose your resume (PDF, DOCX, JSON Resume, Markdown, "
                     "text or a LinkedIn export). rungs places you on the backend career ladder, says whether you are ready "
                     "for the next level and why, and what to do next. Nothing is stored.</p></header>";
  if (!problem.empty()) body += "<p role=\"alert\" class=\"finding high\">" + escape_html(problem) + "</p>";
  body += "<form method=\"post\" action=\"/\" enctype=\"multipart/form-data\">"
          "<p><label for=\"resume\">Your resume</label><br/><input id=\"resume\" name=\"resume\" type=\"file\" required/></p>"
          "<p><label for=\"target\">Target role</label><br/><select id=\"target\" name=\"target\">" +
          role_options(ladder, "", true) +
          "</select></p><p><label for=\"job\">A job description (optional)</label><br/>"
          "<input id=\"job\" name=\"job\" type=\"file\"/></p>"
          "<p><button type=\"submit\">Assess</button></p></form>";
  return html_page("rungs: assess a resume", body);
}

std::string ladder_page(const Ladder& ladder) {
  std::string body = nav() + "<h1>" + escape_html(ladder.name) + "</h1><h2>Roles</h2><table id=\"roles\"><thead><tr>"
                     "<th>level</th><th>role</th><th>years</th><th>focus</th><th>tools</th><th>titles</th></tr></thead><tbody>";
  auto join = [](const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& i : items) out += (out.empty() ? "" : ", ") + escape_html(i);
    return out;
  };
  for (const Role& r : ladder.roles) {
    std::string years = std::to_string(r.years.min) + (r.years.max ? "-" + std::to_string(*r.years.max) : "+");
    body += "<tr><td>" + std::to_string(r.order) + "</td><td>" + escape_html(r.title) + "</td><td>" + years + "</td><td>" +
            join(r.focus) + "</td><td>" + join(r.tools) + "</td><td>" + join(r.titles) + "</td></tr>";
  }
  body += "</tbody></table><h2>Moves</h2>";
  for (const Transition& t : ladder.transitions) {
    body += "<section class=\"card\"><h3>" + escape_html(ladder.role_title(t.from)) + " → " + escape_html(ladder.role_title(t.to)) +
            " <small>(about " + std::to_string(t.months) + " months)</small></h3><ul>";
    for (const Criterion& c : t.criteria) body += "<li>" + escape_html(c.text) + "</li>";
    body += "</ul><p>Checkpoints:</p><ul>";
    for (const std::string& id : t.checkpoints) {
      const Checkpoint* c = ladder.checkpoint(id);
      body += "<li>" + escape_html(c != nullptr ? c->title : id) + "</li>";
    }
    body += "</ul></section>";
  }
  return html_page("rungs: " + ladder.name, body);
}

std::string path_page(const Assessor& assessor, const std::string& from, const std::string& to) {
  const Ladder& ladder = assessor.ladder();
  std::string body = nav() + "<h1>Plan a path</h1><form method=\"get\" action=\"/path\"><p><label for=\"from\">From</label> "
                     "<select id=\"from\" name=\"from\">" + role_options(ladder, from, false) +
                     "</select> <label for=\"to\">to</label> <select id=\"to\" name=\"to\">" + role_options(ladder, to, false) +
                     "</select> <button type=\"submit\">Show the route</button></p></form>";
  if (!from.empty() && !to.empty()) {
    Result<Route> route = ladder.role(from) && ladder.role(to) ? assessor.route(from, to, nullptr, current_month())
                                                               : invalid_input("choose two roles of the ladder");
    if (!route) {
      body += "<p role=\"alert\">" + escape_html(route.error().message) + "</p>";
    } else {
      const Path& best = route->best;
      body += "<h2>" + std::to_string(best.total_months) + " months</h2><figure id=\"route\">" +
              path_svg(best, ladder.role_title(from)) + "</figure><ol>";
      for (const PathStep& s : best.steps) {
        body += "<li><b>" + escape_html(s.title) + "</b>, about " + std::to_string(s.months) + " months. Checkpoints: ";
        for (std::size_t i = 0; i < s.checkpoints.size(); ++i) {
          const Checkpoint* c = ladder.checkpoint(s.checkpoints[i]);
          body += (i ? "; " : "") + escape_html(c != nullptr ? c->title : s.checkpoints[i]);
        }
        body += ". Certifications: ";
        for (std::size_t i = 0; i < s.certifications.size(); ++i) {
          const Certification* c = ladder.certification(s.certifications[i]);
          body += (i ? ", " : "") + escape_html(c != nullptr ? c->name : s.certifications[i]);
        }
        body += ".</li>";
      }
      body += "</ol>";
    }
  }
  return html_page("rungs: plan a path", body);
}

}  // namespace

void add_web_pages(httplib::Server& http, ServerContext& ctx) {
  auto page = [&ctx](OwnedHandler h) { return guarded(ctx, false, std::move(h)); };
  http.Get("/", page([&ctx](const auto&, auto& res, const std::string&) {
    res.set_content(upload_form(ctx.assessor.ladder(), ""), "text/html; charset=utf-8");
  }));
  http.Post("/", page([&ctx](const auto& req, auto& res, const std::string&) {
    const Ladder& ladder = ctx.assessor.ladder();
    auto again = [&](int status, const std::string& problem) {
      res.status = status;
      res.set_content(upload_form(ladder, problem), "text/html; charset=utf-8");
    };
    Result<Profile> profile = request_resume(req, ctx.metrics);
    if (!profile) return again(profile.error().kind == ErrorKind::kUnsupportedFormat ? 415 : 422, profile.error().message);
    Result<std::optional<JobDescription>> job = request_job(req, ctx.metrics, false);
    if (!job) return again(422, job.error().message);
    std::string target = req.has_file("target") ? req.get_file_value("target").content : "";
    if (!target.empty() && ladder.role(target) == nullptr) return again(400, "choose a target role from the list");
    Result<Report> report = ctx.assessor.assess(*profile, {target, current_month(), *job ? &**job : nullptr});
    if (!report) return again(422, report.error().message);
    ctx.metrics.assessment();
    res.set_content(render_report_html(*report, ladder), "text/html; charset=utf-8");
  }));
  http.Get("/ladder", page([&ctx](const auto&, auto& res, const std::string&) {
    res.set_content(ladder_page(ctx.assessor.ladder()), "text/html; charset=utf-8");
  }));
  http.Get("/path", page([&ctx](const auto& req, auto& res, const std::string&) {
    res.set_content(path_page(ctx.assessor, req.get_param_value("from"), req.get_param_value("to")), "text/html; charset=utf-8");
  }));
  http.Get(R"(/people/([^/]+))", page([&ctx](const auto& req, auto& res, const std::string&) {
    // With --auth a person's page would need the token's session; until the web app signs in,
    // history is read through the API (GET /v1/people/{id}/history with the token).
    if (ctx.store == nullptr || ctx.options.auth) {
      res.status = 404;
      return res.set_content(html_page("rungs: not found", nav() + "<h1>No such page</h1>"), "text/html; charset=utf-8");
    }
    std::unique_lock lock(ctx.store_mutex);
    Result<std::vector<StoredAssessment>> history = ctx.store->history(req.matches[1]);
    lock.unlock();
    if (!history) {
      res.status = history.error().kind == ErrorKind::kNotFound ? 404 : 500;
      return res.set_content(html_page("rungs: not found", nav() + "<h1>No one is stored as " + escape_html(req.matches[1]) + "</h1>"),
                             "text/html; charset=utf-8");
    }
    std::optional<HistoryDiff> diff;
    if (history->size() >= 2) {
      if (Result<HistoryDiff> d = diff_assessments((*history)[history->size() - 2], history->back(), ctx.assessor.ladder())) diff = *d;
    }
    Result<std::string> html = render_history_html(*history, diff ? &*diff : nullptr, ctx.assessor.ladder());
    if (!html) {
      res.status = 500;
      return res.set_content(html_page("rungs: error", nav() + "<h1>This history cannot be shown</h1>"), "text/html; charset=utf-8");
    }
    res.set_content(*html, "text/html; charset=utf-8");
  }));
}

}  // namespace rungs::server
