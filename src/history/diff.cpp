// What changed between two saved assessments, in sentences, with the lines that show it.
#include <algorithm>
#include <cmath>
#include <map>
#include <string>

#include "common/text.h"
#include "history/report_digest.h"
#include "report/text_table.h"
#include "rungs/history.h"

namespace rungs {
namespace {

using history::ReportDigest;

std::string title_of(const Ladder& ladder, const std::string& role) {
  const Role* r = ladder.role(role);
  return r != nullptr ? r->title : role;
}

// Evidence from weakest to strongest: listed < certified < hands-on.
int strength(const std::string& evidence) {
  if (evidence == "hands-on") return 3;
  if (evidence == "certified") return 2;
  return evidence == "listed" ? 1 : 0;
}

int answer_rank(const std::string& answer) { return answer == "yes" ? 2 : answer == "partly" ? 1 : 0; }

template <class Item>
std::map<std::string, const Item*> by_id(const std::vector<Item>& items) {
  std::map<std::string, const Item*> out;
  for (const Item& item : items) out.emplace(item.id, &item);
  return out;
}

class Differ {
 public:
  Differ(const ReportDigest& a, const ReportDigest& b, const Ladder& ladder) : a_(a), b_(b), ladder_(ladder) {}

  std::vector<HistoryChange> run() {
    placement();
    readiness();
    path_and_coverage();
    skills();
    findings();
    return std::move(changes_);
  }

 private:
  void add(std::string kind, std::string subject, std::string before, std::string after, std::string sentence,
           std::vector<TextLine> lines = {}) {
    std::stable_sort(lines.begin(), lines.end(), [](const TextLine& x, const TextLine& y) { return x.line < y.line; });
    changes_.push_back({std::move(kind), std::move(subject), std::move(before), std::move(after), std::move(sentence),
                        std::move(lines)});
  }

  void placement() {
    if (a_.role != b_.role) {
      add("placement", b_.role, a_.role, b_.role,
          "Placed as " + b_.title + ", where the earlier resume placed you as " + a_.title + ".");
    } else if (std::abs(a_.confidence - b_.confidence) >= 0.1) {
      add("placement", b_.role, decimal_text(a_.confidence, 2), decimal_text(b_.confidence, 2),
          "Still placed as " + b_.title + ", with confidence " + (b_.confidence > a_.confidence ? "up" : "down") +
              " from " + decimal_text(a_.confidence, 2) + " to " + decimal_text(b_.confidence, 2) + ".");
    }
  }

  void readiness() {
    if (a_.ready_for != b_.ready_for) {
      if (!b_.ready_for.empty()) {
        add("readiness", b_.ready_for, a_.verdict, b_.verdict,
            "Readiness is now judged for " + title_of(ladder_, b_.ready_for) + " (was " +
                (a_.ready_for.empty() ? std::string("none") : title_of(ladder_, a_.ready_for)) + "): " + b_.verdict + ", " +
                std::to_string(b_.yes) + " of " + std::to_string(b_.answers.size()) + " questions yes.");
      }
      return;  // answers to another move's questions do not compare
    }
    if (b_.ready_for.empty()) return;
    std::string to = title_of(ladder_, b_.ready_for);
    if (a_.verdict != b_.verdict) {
      add("readiness", b_.ready_for, a_.verdict, b_.verdict,
          "Readiness for " + to + " went from " + a_.verdict + " (" + std::to_string(a_.yes) + " yes) to " + b_.verdict +
              " (" + std::to_string(b_.yes) + " yes).");
    } else if (a_.yes != b_.yes) {
      add("readiness", b_.ready_for, std::to_string(a_.yes), std::to_string(b_.yes),
          "Readiness for " + to + " is still " + b_.verdict + ", with " + std::to_string(b_.yes) + " questions yes (was " +
              std::to_string(a_.yes) + ").");
    }
    auto before = by_id(a_.answers);
    for (const history::DigestAnswer& now : b_.answers) {
      auto it = before.find(now.id);
      if (it == before.end() || it->second->answer == now.answer) continue;
      bool better = answer_rank(now.answer) > answer_rank(it->second->answer);
      add("answer", now.id, it->second->answer, now.answer,
          "\"" + now.question + "\" went from " + it->second->answer + " to " + now.answer +
              (better ? (now.evidence.empty() ? "." : ", shown by:") : (it->second->evidence.empty() ? "." : "; the earlier resume showed it by:")),
          better ? now.evidence : it->second->evidence);
    }
  }

  void path_and_coverage() {
    if (a_.path_months && b_.path_months && a_.path_to == b_.path_to && *a_.path_months != *b_.path_months) {
      bool shorter = *b_.path_months < *a_.path_months;
      add("path", b_.path_to, std::to_string(*a_.path_months), std::to_string(*b_.path_months),
          "The path to " + title_of(ladder_, b_.path_to) + (shorter ? " shrank" : " grew") + " from " +
              std::to_string(*a_.path_months) + " to " + std::to_string(*b_.path_months) + " months.");
    }
    if (a_.target != b_.target) {
      add("target", b_.target, a_.target, b_.target,
          "The target role changed from " + title_of(ladder_, a_.target) + " to " + title_of(ladder_, b_.target) +
              ", so coverage and gaps are of another role.");
    } else if (percent_text(a_.coverage) != percent_text(b_.coverage)) {
      add("coverage", b_.target, percent_text(a_.coverage), percent_text(b_.coverage),
          "Coverage of " + title_of(ladder_, b_.target) + "'s skills went from " + percent_text(a_.coverage) + " to " +
              percent_text(b_.coverage) + ".");
    }
  }

  void skills() {
    auto before = by_id(a_.skills);
    auto after = by_id(b_.skills);
    for (const history::DigestSkill& now : b_.skills) {
      auto it = before.find(now.id);
      if (it == before.end()) {
        add("skill", now.id, "", now.evidence, now.name + " was added (" + now.evidence + "):", now.lines);
      } else if (it->second->evidence != now.evidence) {
        bool stronger = strength(now.evidence) > strength(it->second->evidence);
        add("skill", now.id, it->second->evidence, now.evidence,
            now.name + " moved from " + it->second->evidence + " to " + now.evidence + (stronger ? ":" : "."),
            stronger ? now.lines : std::vector<TextLine>{});
      }
    }
    for (const history::DigestSkill& was : a_.skills) {
      if (!after.contains(was.id)) {
        add("skill", was.id, was.evidence, "", was.name + " is no longer on the resume; it was " + was.evidence + ":", was.lines);
      }
    }
  }

  void findings() {
    auto before = by_id(a_.findings);
    auto after = by_id(b_.findings);
    for (const history::DigestFinding& was : a_.findings) {
      if (!after.contains(was.id)) add("finding", was.id, was.severity, "", "Fixed: " + was.message, was.lines);
    }
    for (const history::DigestFinding& now : b_.findings) {
      if (!before.contains(now.id)) add("finding", now.id, "", now.severity, "New (" + now.severity + "): " + now.message, now.lines);
    }
  }

  const ReportDigest& a_;
  const ReportDigest& b_;
  const Ladder& ladder_;
  std::vector<HistoryChange> changes_;
};

}  // namespace

Result<HistoryDiff> diff_assessments(const StoredAssessment& before, const StoredAssessment& after,
                                     const Ladder& ladder) {
  Result<ReportDigest> a = history::read_report_digest(before.saved.report_json, "assessment " + std::to_string(before.id));
  if (!a) return std::unexpected(a.error());
  Result<ReportDigest> b = history::read_report_digest(after.saved.report_json, "assessment " + std::to_string(after.id));
  if (!b) return std::unexpected(b.error());
  return HistoryDiff{before.id, after.id, Differ(*a, *b, ladder).run()};
}

}  // namespace rungs
