// The evaluation figures as JSON, schema rungs.eval/1.
#include "report/json_lines.h"
#include "rungs/eval.h"

namespace rungs {
namespace {

// The members of a tally: {<right>: n, total: n}.
void write_tally_members(JsonWriter& w, const Tally& t, const char* right = "correct") {
  w.field(right, t.correct);
  w.field("total", t.total);
}

void write_tally(JsonWriter& w, const Tally& t, const char* right = "correct") {
  w.object([&] { write_tally_members(w, t, right); });
}

void write_finding_members(JsonWriter& w, const FindingTally& t) {
  w.field("true_positive", t.true_positive);
  w.field("false_positive", t.false_positive);
  w.field("false_negative", t.false_negative);
  w.field("precision", t.precision());
  w.field("recall", t.recall());
}

}  // namespace

std::string render_eval_json(const EvalResult& r) {
  JsonWriter w;
  w.object([&] {
    w.field("schema", "rungs.eval/1");
    w.field("resumes", r.resumes);
    w.key("placement");
    w.object([&] {
      write_tally_members(w, r.placement);
      w.key("confusion");
      w.object([&] {
        for (const auto& [label, row] : r.confusion) {
          w.key(label);
          w.object([&] {
            for (const auto& [placed, n] : row) w.field(placed, n);
          });
        }
      });
    });
    w.key("readiness");
    write_tally(w, r.readiness);
    w.key("criteria");
    w.object([&] {
      write_tally_members(w, r.criteria);
      w.key("by_question");
      w.object([&] {
        for (const auto& [id, t] : r.per_question) {
          w.key(id);
          write_tally(w, t);
        }
      });
    });
    w.key("positions");
    write_tally(w, r.positions);
    w.key("experience");
    write_tally(w, r.experience);
    w.key("skills");
    w.object([&] {
      w.key("hands_on");
      write_tally(w, r.hands_on, "found");
      w.key("listed");
      write_tally(w, r.listed, "found");
      w.key("certified");
      write_tally(w, r.certified, "found");
      w.field("not_skills", r.not_skills);
      w.field("false_ambiguous", r.false_ambiguous);
    });
    w.key("findings");
    w.object([&] {
      write_finding_members(w, r.findings);
      w.key("by_id");
      w.object([&] {
        for (const auto& [id, t] : r.per_finding) {
          w.key(id);
          w.object([&] { write_finding_members(w, t); });
        }
      });
    });
    w.key("cases");
    w.array_of(r.cases, [&](const EvalCase& c) {
      w.object([&] {
        w.field("resume", c.resume);
        w.field("labels", c.labels);
        w.field("placed", c.placed);
        w.field("expected", c.expected);
        w.field("verdict", c.verdict);
        w.field("misses", c.misses);
      });
    });
    w.key("misses");
    w.array_of(r.misses, [&](const EvalMiss& m) {
      w.object([&] {
        w.field("resume", m.resume);
        w.field("kind", m.kind);
        w.field("message", m.message);
        w.key("lines");
        write_cited_lines(w, m.lines);
      });
    });
  });
  return std::move(w).finish();
}

}  // namespace rungs
