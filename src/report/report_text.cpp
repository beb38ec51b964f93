// The report as text for a terminal: the verdict first, then why, then what to do, then what a
// recruiter will hold against the resume. Colour only when the caller asks (a terminal).
#include <cstdio>

#include "report/cited_lines.h"
#include "report/text_table.h"
#include "common/text.h"
#include "rungs/report_view.h"

namespace rungs {
namespace {

class Painter {
 public:
  explicit Painter(bool on) : on_(on) {}
  std::string bold(const std::string& s) const { return wrap("1", s); }
  std::string green(const std::string& s) const { return wrap("32", s); }
  std::string yellow(const std::string& s) const { return wrap("33", s); }
  std::string red(const std::string& s) const { return wrap("31", s); }
  std::string dim(const std::string& s) const { return wrap("2", s); }

 private:
  std::string wrap(const char* code, const std::string& s) const {
    return on_ ? "\x1b[" + std::string(code) + "m" + s + "\x1b[0m" : s;
  }
  bool on_;
};

std::string wrapped(const std::string& text, std::size_t width, const std::string& first,
                    const std::string& rest) {
  std::string out;
  std::size_t room = width > first.size() + 20 ? width - first.size() : 20;
  std::vector<std::string> lines = wrap_text(text, room);
  for (std::size_t i = 0; i < lines.size(); ++i) out += (i == 0 ? first : rest) + lines[i] + "\n";
  return out;
}

std::string answer_label(Answer a, const Painter& p) {
  switch (a) {
    case Answer::kYes: return p.green("[yes]   ");
    case Answer::kPartly: return p.yellow("[partly]");
    case Answer::kNo: return p.red("[no]    ");
  }
  return "";
}

std::string verdict_label(Verdict v, const Painter& p) {
  switch (v) {
    case Verdict::kReady: return p.green("READY");
    case Verdict::kAlmost: return p.yellow("ALMOST");
    case Verdict::kNotYet: return p.red("NOT YET");
  }
  return "";
}

std::string severity_label(Severity s, const Painter& p) {
  switch (s) {
    case Severity::kHigh: return p.red("HIGH  ");
    case Severity::kMedium: return p.yellow("MEDIUM");
    case Severity::kLow: return p.dim("LOW   ");
  }
  return "";
}

std::string verdict_section(const Report& r, const Ladder& ladder, const Painter& p) {
  char confidence[16];
  std::snprintf(confidence, sizeof confidence, "%.2f", r.placement.confidence);
  std::string out = p.bold((r.person.name.empty() ? std::string("This resume") : r.person.name) +
                           ": " + r.placement.title) +
                    " (confidence " + confidence + ")\n";
  if (!r.readiness.to.empty()) {
    out += "Ready for " + ladder.role_title(r.readiness.to) + "? " + verdict_label(r.readiness.verdict, p) +
           " (" + std::to_string(r.readiness.yes) + " of " + std::to_string(r.readiness.criteria.size()) +
           " promotion questions answered yes)\n";
  } else {
    // No next rung: the top of the main track, or a role off it (DevOps, Data, ...).
    const Role* placed = ladder.role(r.placement.role);
    const Track* track = placed ? ladder.track(placed->track) : nullptr;
    const std::string where = track && !track->main ? "Off the main ladder (" + track->name + ")" : "Top of the main ladder";
    out += where + ": " + std::to_string(r.readiness.yes) + " of " +
           std::to_string(r.readiness.criteria.size()) + " promotion questions answered yes\n";
  }
  if (r.placement.title_suggests && *r.placement.title_suggests != r.placement.role) {
    out += p.yellow("Your title suggests " + ladder.role_title(*r.placement.title_suggests) +
                    "; the evidence supports " + r.placement.title + ".") + "\n";
  }
  return out;
}

}  // namespace

std::string render_match_text(const JobMatch& m, std::size_t width) {
  std::string out = "Match with " + (m.job_title.empty() ? m.job_file : m.job_title) + ": " +
                    std::to_string(m.score) + " / 100\n";
  auto list = [&](const std::vector<JobSkill>& skills, bool matched) {
    std::string text;
    for (const JobSkill& s : skills) {
      std::string what = s.name + (s.must ? " (must-have" : " (nice-to-have") +
                         (matched ? ", " + std::string(evidence_name(*s.evidence)) + s.via_text() : "") + ")";
      if (s.job_line > 0) what += "  job " + line_ref(s.job_line);
      text += wrapped(what, width, "  - ", "    ");
    }
    return text;
  };
  out += "Matched:\n" + (m.matched.empty() ? std::string("  none\n") : list(m.matched, true));
  out += "Missing:\n" + (m.missing.empty() ? std::string("  none\n") : list(m.missing, false));
  return out;
}

std::string render_route_text(const Route& route, const Ladder& ladder, std::size_t width) {
  auto one = [&](const Path& p, const std::string& heading) {
    std::string out = heading + ": " + ladder.role_title(p.from) + " -> " + ladder.role_title(p.to) + ", " +
                      std::to_string(p.total_months) + " months\n";
    if (p.steps.empty()) return out + "  Already there: no steps.\n";
    for (std::size_t i = 0; i < p.steps.size(); ++i) {
      const PathStep& s = p.steps[i];
      std::string months = std::to_string(s.months) + " months";
      if (s.months != s.typical_months) months += " (typically " + std::to_string(s.typical_months) + ")";
      out += "  " + std::to_string(i + 1) + ". " + s.title + ": " + months + "\n";
      std::vector<std::string> parts;
      if (!s.focus.empty()) out += wrapped("Focus: " + join(s.focus, ", "), width, "     ", "     ");
      std::vector<std::string> checkpoints;
      for (const std::string& id : s.checkpoints) {
        const Checkpoint* c = ladder.checkpoint(id);
        checkpoints.push_back(c ? c->title : id);
      }
      if (!checkpoints.empty()) out += wrapped("Checkpoints: " + join(checkpoints, "; "), width, "     ", "     ");
      std::vector<std::string> certifications;
      for (const std::string& id : s.certifications) {
        const Certification* c = ladder.certification(id);
        certifications.push_back(c ? c->name : id);
      }
      if (!certifications.empty()) {
        out += wrapped("Certifications: " + join(certifications, "; "), width, "     ", "     ");
      }
    }
    return out;
  };
  std::string out = one(route.best, "Path");
  for (const Path& p : route.alternatives) {
    out += "\n" + one(p, p.usual ? "Alternative, the usual route up the main track" : "Alternative");
  }
  return out;
}

std::string render_report_text(const Report& r, const Ladder& ladder, const TextStyle& style) {
  const Painter p(style.colour);
  const std::size_t width = style.width;
  std::string out = verdict_section(r, ladder, p);

  out += section_heading("Why this placement");
  for (const std::string& reason : r.placement.reasons) out += wrapped(reason, width, "  - ", "    ");

  out += section_heading("Promotion readiness: " + ladder.role_title(r.readiness.from) +
                         (r.readiness.to.empty() ? "" : " -> " + ladder.role_title(r.readiness.to)));
  for (const CriterionAnswer& c : r.readiness.criteria) {
    out += wrapped(c.question, width, "  " + answer_label(c.answer, p) + " ", "             ");
    out += cited_lines_table(c.evidence, width, "             ");
    if (!c.next_step.empty()) out += wrapped("Next: " + c.next_step, width, "             ", "             ");
  }
  if (!r.readiness.transition.empty()) {
    out += "\n  Criteria of the move:\n";
    for (const TransitionCheck& t : r.readiness.transition) {
      std::string where = t.evidence.empty() ? "" : "  " + line_ref(t.evidence.front().line);
      out += "  " + (t.met ? p.green("[met]    ") : p.red("[not met]")) + " " + t.text + where + "\n";
    }
  }

  out += section_heading("Gaps to " + ladder.role_title(r.gaps.target) + ": skills coverage " +
                         percent_text(r.gaps.coverage));
  for (const SkillGap& g : r.gaps.missing) {
    out += wrapped(g.name + " (" + std::string(weight_name(g.weight)) + ", missing): " + g.why, width, "  - ", "    ");
  }
  for (const SkillGap& g : r.gaps.unproven) {
    out += wrapped(g.name + " (" + std::string(weight_name(g.weight)) + ", unproven): " + g.why, width, "  - ", "    ");
  }
  if (r.gaps.missing.empty() && r.gaps.unproven.empty()) out += "  No skill gaps: every skill of the role is shown.\n";

  out += section_heading("What to do next");
  for (std::size_t i = 0; i < r.checkpoints.size(); ++i) {
    const CheckpointAdvice& c = r.checkpoints[i];
    std::string closes;
    for (const std::string& s : c.closes) closes += (closes.empty() ? "" : ", ") + s;
    out += wrapped(c.title + (closes.empty() ? "" : " (closes " + closes + ")"), width,
                   "  " + std::to_string(i + 1) + ". ", "     ");
  }
  for (const CertificationAdvice& c : r.certifications) {
    out += wrapped("Certification: " + c.name + ". " + c.why, width, "  - ", "    ");
  }

  out += section_heading("What a recruiter will hold against the resume");
  if (r.findings.empty()) out += "  Nothing: the resume shows what recruiters look for.\n";
  for (const Finding& f : r.findings) {
    out += wrapped(f.message + " [" + f.id + "]", width, "  " + severity_label(f.severity, p) + " ", "         ");
    out += wrapped("Fix: " + f.fix, width, "         ", "         ");
    out += cited_lines_table(f.lines, width, "         ");
  }

  if (r.path) {
    out += section_heading("Path to " + ladder.role_title(r.path->best.to)) +
           render_route_text(*r.path, ladder, width);
  } else if (!r.path_note.empty()) {
    out += section_heading("Path to " + ladder.role_title(r.gaps.target)) + wrapped(r.path_note, width, "  ", "  ");
  }
  if (r.match) out += section_heading("Job match") + render_match_text(*r.match, width);

  std::size_t counts[3] = {0, 0, 0};
  for (const SkillEvidence& e : r.skills) ++counts[static_cast<int>(e.evidence)];
  out += "\nSkills: " + std::to_string(r.skills.size()) + " found (" + std::to_string(counts[0]) +
         " hands-on, " + std::to_string(counts[1]) + " certified, " + std::to_string(counts[2]) +
         " listed only); `rungs skills " + r.source.file + "` shows each with its lines.\n";
  return out;
}

}  // namespace rungs
