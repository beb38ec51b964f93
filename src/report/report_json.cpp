// The report as JSON, schema rungs.report/1 (docs/report.md).
#include <cmath>

#include "report/json_lines.h"
#include "rungs/report_view.h"

namespace rungs {
namespace {

double one_decimal(double v) { return std::round(v * 10) / 10; }
double two_decimals(double v) { return std::round(v * 100) / 100; }

void write_gaps(JsonWriter& w, const std::vector<SkillGap>& gaps) {
  w.array_of(gaps, [&](const SkillGap& g) {
    w.object([&] {
      w.field("skill", g.skill);
      w.field("name", g.name);
      w.field("weight", weight_name(g.weight));
      w.field("why", g.why);
    });
  });
}

void write_placement(JsonWriter& w, const Placement& p) {
  w.object([&] {
    w.field("role", p.role);
    w.field("title", p.title);
    w.field("confidence", p.confidence);
    w.field("reasons", p.reasons);
    w.field("title_suggests", p.title_suggests);
    w.key("fits");
    w.array_of(p.fits, [&](const RoleFit& f) {
      w.object([&] {
        w.field("role", f.role);
        w.field("support", two_decimals(f.support));
        w.field("years", two_decimals(f.years));
        w.field("skills", two_decimals(f.skills));
        w.field("signals", two_decimals(f.signals));
        w.field("share", two_decimals(f.share));
        w.field("title", f.title);
      });
    });
  });
}

void write_readiness(JsonWriter& w, const Readiness& r) {
  w.object([&] {
    w.field("from", r.from);
    w.field_or_null("to", r.to);
    w.field("verdict", verdict_name(r.verdict));
    w.field("yes", r.yes);
    w.key("criteria");
    w.array_of(r.criteria, [&](const CriterionAnswer& c) {
      w.object([&] {
        w.field("id", c.id);
        w.field("question", c.question);
        w.field("answer", answer_name(c.answer));
        w.key("evidence");
        write_cited_lines(w, c.evidence);
        w.field_or_null("next_step", c.next_step);
      });
    });
    w.key("transition");
    w.array_of(r.transition, [&](const TransitionCheck& t) {
      w.object([&] {
        w.field("id", t.id);
        w.field("text", t.text);
        w.field("met", t.met);
        w.key("evidence");
        write_cited_lines(w, t.evidence);
      });
    });
  });
}

void write_match(JsonWriter& w, const JobMatch& m) {
  auto skills = [&](const std::vector<JobSkill>& list) {
    w.array_of(list, [&](const JobSkill& s) {
      w.object([&] {
        w.field("skill", s.skill);
        w.field("name", s.name);
        w.field("must", s.must);
        w.key("evidence");
        if (s.evidence) w.value(evidence_name(*s.evidence)); else w.null();
        w.field("job_line", s.job_line);
        if (!s.via.empty()) w.field("via", s.via);
      });
    });
  };
  w.object([&] {
    w.key("job");
    w.object([&] {
      w.field("title", m.job_title);
      w.field("file", m.job_file);
    });
    w.field("score", m.score);
    w.key("matched");
    skills(m.matched);
    w.key("missing");
    skills(m.missing);
  });
}

// The members of one path (inside its object), so a route can add its alternatives.
void write_path_members(JsonWriter& w, const Path& p) {
  w.field("from", p.from);
  w.field("to", p.to);
  w.field("total_months", p.total_months);
  w.field("usual", p.usual);
  w.key("steps");
  w.array_of(p.steps, [&](const PathStep& s) {
    w.object([&] {
      w.field("role", s.role);
      w.field("title", s.title);
      w.field("months", s.months);
      w.field("typical_months", s.typical_months);
      w.field("focus", s.focus);
      w.field("checkpoints", s.checkpoints);
      w.field("certifications", s.certifications);
    });
  });
}

void write_route(JsonWriter& w, const Route& r) {
  w.object([&] {
    write_path_members(w, r.best);
    w.key("alternatives");
    w.array_of(r.alternatives, [&](const Path& p) { w.object([&] { write_path_members(w, p); }); });
  });
}

}  // namespace

std::string render_route_json(const Route& route) {
  JsonWriter w;
  w.object([&] {
    w.key("path");
    write_route(w, route);
  });
  return std::move(w).finish();
}

std::string render_match_json(const JobMatch& match) {
  JsonWriter w;
  write_match(w, match);
  return std::move(w).finish();
}

std::string render_report_json(const Report& r) {
  JsonWriter w;
  w.object([&] {
    w.field("schema", "rungs.report/1");
    w.field("generated_at", r.generated_at);
    w.key("source");
    w.object([&] {
      w.field("file", r.source.file);
      w.field("format", r.source.format);
    });
    w.key("person");
    w.object([&] {
      w.field("name", r.person.name);
      w.field("headline", r.person.headline);
      w.field("location", r.person.location);
      w.field("experience_years", one_decimal(r.experience_years));
      w.field("current_title", r.current_title);
    });
    w.key("ladder");
    w.object([&] {
      w.field("id", r.ladder_id);
      w.field("name", r.ladder_name);
      w.field("version", r.ladder_version);
    });
    w.key("placement");
    write_placement(w, r.placement);
    w.key("skills");
    write_skills(w, r.skills);
    w.key("readiness");
    write_readiness(w, r.readiness);
    w.key("gaps");
    w.object([&] {
      w.field("target", r.gaps.target);
      w.field("coverage", r.gaps.coverage);
      w.key("categories");
      w.array_of(r.gaps.categories, [&](const CategoryCoverage& c) {
        w.object([&] {
          w.field("category", c.category);
          w.field("name", c.name);
          w.field("coverage", c.coverage);
        });
      });
      w.key("missing");
      write_gaps(w, r.gaps.missing);
      w.key("unproven");
      write_gaps(w, r.gaps.unproven);
    });
    w.key("checkpoints");
    w.array_of(r.checkpoints, [&](const CheckpointAdvice& c) {
      w.object([&] {
        w.field("id", c.id);
        w.field("title", c.title);
        w.field("closes", c.closes);
      });
    });
    w.key("certifications");
    w.array_of(r.certifications, [&](const CertificationAdvice& c) {
      w.object([&] {
        w.field("id", c.id);
        w.field("name", c.name);
        w.field("why", c.why);
      });
    });
    w.key("path");
    if (r.path) write_route(w, *r.path); else w.null();
    w.key("findings");
    w.array_of(r.findings, [&](const Finding& f) {
      w.object([&] {
        w.field("id", f.id);
        w.field("severity", severity_name(f.severity));
        w.field("message", f.message);
        w.field("fix", f.fix);
        w.key("lines");
        write_cited_lines(w, f.lines);
      });
    });
    if (r.match) {
      w.key("match");
      write_match(w, *r.match);
    }
  });
  return std::move(w).finish();
}

}  // namespace rungs
