#include "server/web_pages.h"

#include "common/random_token.h"
#include "report/html_page.h"
#include "report/svg_charts.h"
#include "rungs/history.h"
#include "rungs/report_view.h"
#include "server/api_routes.h"
#include "server/http_support.h"
#include "server/request_documents.h"

namespace rungs::server {
namespace {

std::string nav() {
  return "<nav aria-label=\"rungs\"><a href=\"/\">Assess a resume</a> · <a href=\"/ladder\">The ladder</a> · "
         "<a href=\"/path\">Plan a path</a></nav>";
}

constexpr const char* kSessionCookie = "rungs_session";

// The session a request's cookie names, if the server knows it.
std::optional<WebSession> session_of(const httplib::Request& req, ServerContext& ctx) {
  const std::string cookies = req.get_header_value("Cookie");
  const std::string key = std::string(kSessionCookie) + "=";
  std::size_t at = cookies.find(key);
  if (at == std::string::npos || (at > 0 && cookies[at - 1] != ' ' && cookies[at - 1] != ';')) return std::nullopt;
  std::string id = cookies.substr(at + key.size(), cookies.find(';', at) - at - key.size());
  std::lock_guard lock(ctx.sessions_mutex);
  auto it = ctx.sessions.find(id);
  if (it == ctx.sessions.end()) return std::nullopt;
  return it->second;
}

std::string csrf_field(const std::optional<WebSession>& session) {
  return session ? "<input type=\"hidden\" name=\"csrf\" value=\"" + session->csrf + "\"/>" : "";
}

std::string login_page(const std::string& problem) {
  std::string body = nav() + "<h1>Sign in</h1><p>This server asks for an API token (made with "
                     "<code>rungs token create</code>). It is asked once; the browser then keeps a session.</p>";
  if (!problem.empty()) body += "<p role=\"alert\" class=\"finding high\">" + escape_html(problem) + "</p>";
  body += "<form method=\"post\" action=\"/login\"><p><label for=\"token\">Token</label><br/>"
          "<input id=\"token\" name=\"token\" type=\"password\" autocomplete=\"off\" required/></p>"
          "<p><button type=\"submit\">Sign in</button></p></form>";
  return html_page("rungs: sign in", body);
}

// With --auth every page needs a session: the sign-in page answers otherwise (401).
bool needs_sign_in(const httplib::Request& req, httplib::Response& res, ServerContext& ctx, std::optional<WebSession>& session) {
  if (!ctx.options.auth) return false;
  session = session_of(req, ctx);
  if (session) return false;
  res.status = 401;
  res.set_content(login_page(""), "text/html; charset=utf-8");
  return true;
}

// A form field of a multipart or url-encoded POST.
std::string form_value(const httplib::Request& req, const char* name) {
  if (req.is_multipart_form_data()) return req.has_file(name) ? req.get_file_value(name).content : "";
  return req.get_param_value(name);
}

std::string role_options(const Ladder& ladder, const std::string& chosen, bool allow_none) {
  std::string out = allow_none ? "<option value=\"\">the next role</option>" : "";
  for (const Role& r : ladder.roles) {
    out += "<option value=\"" + escape_html(r.id) + "\"" + (r.id == chosen ? " selected" : "") + ">" + escape_html(r.title) + "</option>";
  }
  return out;
}

std::string upload_form(const Ladder& ladder, const std::string& problem, const std::optional<WebSession>& session) {
  std::string body = nav() + "<header><h1>Where do you stand?</h1><p>Choose your resume (PDF, DOCX, JSON Resume, Markdown, "
                     "text or a LinkedIn export). rungs places you on the backend career ladder, says whether you are ready "
                     "for the next level and why, and what to do next. Nothing is stored.</p></header>";
  if (!problem.empty()) body += "<p role=\"alert\" class=\"finding high\">" + escape_html(problem) + "</p>";
  body += "<form method=\"post\" action=\"/\" enctype=\"multipart/form-data\">" + csrf_field(session) +
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
  auto html = [](httplib::Response& res, std::string body) { res.set_content(std::move(body), "text/html; charset=utf-8"); };
  http.Get("/login", page([&ctx, html](const auto&, auto& res, const std::string&) { html(res, login_page("")); }));
  // The token checked once; the session cookie then stands for it (HttpOnly, SameSite=Strict).
  http.Post("/login", page([&ctx, html](const auto& req, auto& res, const std::string&) {
    std::optional<std::string> owner = owner_of_token(form_value(req, "token"), ctx);
    if (!ctx.options.auth || !owner) {
      res.status = ctx.options.auth ? 401 : 404;
      return html(res, ctx.options.auth ? login_page("That token is not known here.") : login_page("This server needs no sign-in."));
    }
    Result<std::string> id = random_hex(32);
    Result<std::string> csrf = random_hex(16);
    if (!id || !csrf) return send_error(res, 500, "internal_error", "no random bytes");
    {
      std::lock_guard lock(ctx.sessions_mutex);
      ctx.sessions[*id] = WebSession{*owner, *csrf};
    }
    res.status = 303;
    res.set_header("Location", "/");
    res.set_header("Set-Cookie", std::string(kSessionCookie) + "=" + *id + "; Path=/; HttpOnly; SameSite=Strict");
  }));
  http.Get("/", page([&ctx, html](const auto& req, auto& res, const std::string&) {
    std::optional<WebSession> session;
    if (needs_sign_in(req, res, ctx, session)) return;
    html(res, upload_form(ctx.assessor.ladder(), "", session));
  }));
  http.Post("/", page([&ctx, html](const auto& req, auto& res, const std::string&) {
    std::optional<WebSession> session;
    if (needs_sign_in(req, res, ctx, session)) return;
    const Ladder& ladder = ctx.assessor.ladder();
    auto again = [&](int status, const std::string& problem) {
      res.status = status;
      html(res, upload_form(ladder, problem, session));
    };
    if (session && form_value(req, "csrf") != session->csrf) return again(403, "the form has expired: send it again");
    Result<Profile> profile = request_resume(req, ctx.metrics);
    if (!profile) return again(profile.error().kind == ErrorKind::kUnsupportedFormat ? 415 : 422, profile.error().message);
    Result<std::optional<JobDescription>> job = request_job(req, ctx.metrics, false);
    if (!job) return again(422, job.error().message);
    std::string target = form_value(req, "target");
    if (!target.empty() && ladder.role(target) == nullptr) return again(400, "choose a target role from the list");
    Result<Report> report = ctx.assessor.assess(*profile, {target, current_month(), *job ? &**job : nullptr});
    if (!report) return again(422, report.error().message);
    ctx.metrics.assessment();
    html(res, render_report_html(*report, ladder));
  }));
  http.Get("/ladder", page([&ctx, html](const auto& req, auto& res, const std::string&) {
    std::optional<WebSession> session;
    if (needs_sign_in(req, res, ctx, session)) return;
    html(res, ladder_page(ctx.assessor.ladder()));
  }));
  http.Get("/path", page([&ctx, html](const auto& req, auto& res, const std::string&) {
    std::optional<WebSession> session;
    if (needs_sign_in(req, res, ctx, session)) return;
    html(res, path_page(ctx.assessor, req.get_param_value("from"), req.get_param_value("to")));
  }));
  http.Get(R"(/people/([^/]+))", page([&ctx, html](const auto& req, auto& res, const std::string&) {
    std::optional<WebSession> session;
    if (needs_sign_in(req, res, ctx, session)) return;
    const std::string person = req.matches[1];
    auto missing = [&] {
      res.status = 404;
      html(res, html_page("rungs: not found", nav() + "<h1>No one is stored as " + escape_html(person) + "</h1>"));
    };
    if (ctx.store == nullptr) return missing();
    Result<std::vector<StoredAssessment>> history = own_history(session ? session->owner : "", person, ctx);
    if (!history) return missing();
    std::optional<HistoryDiff> diff;
    if (history->size() >= 2) {
      if (Result<HistoryDiff> d = diff_assessments((*history)[history->size() - 2], history->back(), ctx.assessor.ladder())) diff = *d;
    }
    Result<std::string> page_html = render_history_html(*history, diff ? &*diff : nullptr, ctx.assessor.ladder());
    if (!page_html) {
      res.status = 500;
      return html(res, html_page("rungs: error", nav() + "<h1>This history cannot be shown</h1>"));
    }
    html(res, *page_html);
  }));
}

}  // namespace rungs::server
