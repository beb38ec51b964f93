#include "assess/readiness.h"

#include <algorithm>

namespace rungs::assess {
namespace {

constexpr std::size_t kEvidenceLines = 3;

void add_lines(std::vector<TextLine>& to, const std::vector<TextLine>& from) {
  for (const TextLine& l : from) {
    if (to.size() >= kEvidenceLines) return;
    bool seen = std::any_of(to.begin(), to.end(), [&](const TextLine& t) { return t.line == l.line && t.text == l.text; });
    if (!seen) to.push_back(l);
  }
}

std::string lower_first(std::string s) {
  if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z') s[0] = static_cast<char>(s[0] - 'A' + 'a');
  return s;
}

std::string quoted(const TextLine& l) {
  std::string text = l.text.size() > 90 ? l.text.substr(0, 87) + "..." : l.text;
  return (l.line > 0 ? "L" + std::to_string(l.line) + " " : std::string()) + "'" + text + "'";
}

// What a coach would say next, in two cases. The work is there but reads as a claim or as
// assigned work (a summary line, a hedged bullet): write it up as your own, citing the line that
// hints at it. The work is not there: build it first, through the question's checkpoint. Never
// "add words" without the work.
std::string next_step_for(const PromotionQuestion& q, const Signal* missing, const ResumeEvidence& e,
                          bool shows_some) {
  for (const std::string& id : q.signals) {
    const SignalLines& lines = e.signal(id);
    const Signal* s = e.ladder.signal(id);
    if (!lines.strong.empty() || s == nullptr) continue;
    // A hint is hedged work or a claim in the headline or summary; a certificate is no work to write up.
    std::vector<TextLine> hints = lines.hedged;
    for (const TextLine& l : lines.weak) {
      if (l.section != Section::kCertifications) hints.push_back(l);
    }
    if (hints.empty()) continue;
    return quoted(hints.front()) + " hints at '" + lower_first(s->name) +
           "', but reads as a claim or as assigned work. If the work was yours, write it up as a bullet of " +
           "the position: what you did, at what scale, and what changed.";
  }
  for (const std::string& id : q.checkpoints) {
    if (const Checkpoint* c = e.ladder.checkpoint(id)) {
      std::string done = c->done_when;
      while (!done.empty() && done.back() == '.') done.pop_back();
      return std::string(shows_some ? "Your work shows part of it; what it lacks: " : "Nothing in your work shows it yet. Build it first: ") +
             lower_first(c->title) + " (done when: " + lower_first(done) + ").";
    }
  }
  return "Nothing in your work shows it yet" + (missing ? ": " + lower_first(missing->name) : std::string()) + ".";
}

CriterionAnswer answer(const PromotionQuestion& q, const ResumeEvidence& e) {
  CriterionAnswer a;
  a.id = q.id;
  a.question = q.question;
  int strong = 0, weak = 0;
  const Signal* missing = nullptr;
  for (const std::string& id : q.signals) {
    const SignalLines& lines = e.signal(id);
    if (!lines.strong.empty()) {
      ++strong;
      add_lines(a.evidence, lines.strong);
    } else {
      if (!lines.weak.empty()) ++weak;
      if (missing == nullptr) missing = e.ladder.signal(id);
    }
  }
  for (const std::string& id : q.signals) add_lines(a.evidence, e.signal(id).weak);
  // A clear yes needs `yes_at` signals shown in work, one of them a required one when the question
  // names any ("business impact" needs numbers; "go-to expert" ownership or design documents).
  const bool required = q.required.empty() || std::any_of(q.required.begin(), q.required.end(), [&](const std::string& id) {
                          return !e.signal(id).strong.empty();
                        });
  a.answer = strong >= q.yes_at && required ? Answer::kYes
             : (strong > 0 || weak > 0)     ? Answer::kPartly
                                            : Answer::kNo;
  if (a.answer != Answer::kYes) a.next_step = next_step_for(q, missing, e, strong > 0);
  return a;
}

}  // namespace

const Role* next_main_role(const Ladder& ladder, const Role& from) {
  std::vector<const Role*> roles = ladder.main_roles();
  for (std::size_t i = 0; i + 1 < roles.size(); ++i) {
    if (roles[i]->id == from.id) return roles[i + 1];
  }
  return nullptr;
}

// RUBRIC.md: ready with 3 or more clear yes; almost with 2 yes, or 1 yes and enough partly (yes
// plus partly reach three); not-yet otherwise, however many partly answers there are.
Verdict verdict_for(int yes, int partly) {
  if (yes >= 3) return Verdict::kReady;
  if (yes == 2 || (yes == 1 && yes + partly >= 3)) return Verdict::kAlmost;
  return Verdict::kNotYet;
}

Readiness readiness(const ResumeEvidence& e, const Role& from, const Role* to) {
  Readiness r;
  r.from = from.id;
  r.to = to ? to->id : "";
  int partly = 0;
  for (const PromotionQuestion& q : e.ladder.promotion_questions) {
    r.criteria.push_back(answer(q, e));
    r.yes += r.criteria.back().answer == Answer::kYes;
    partly += r.criteria.back().answer == Answer::kPartly;
  }
  r.verdict = verdict_for(r.yes, partly);
  if (const Transition* t = to ? e.ladder.transition(from.id, to->id) : nullptr) {
    for (const Criterion& c : t->criteria) {
      TransitionCheck check{c.id, c.text, false, {}};
      for (const std::string& id : c.signals) {
        const SignalLines& lines = e.signal(id);
        if (lines.strong.empty()) continue;
        check.met = true;
        add_lines(check.evidence, lines.strong);
      }
      r.transition.push_back(std::move(check));
    }
  }
  return r;
}

}  // namespace rungs::assess
