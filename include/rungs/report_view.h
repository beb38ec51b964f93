// One Report rendered for people (text, Markdown) and programs (JSON, schema rungs.report/1,
// documented field by field in docs/report.md).
#ifndef RUNGS_REPORT_VIEW_H_
#define RUNGS_REPORT_VIEW_H_

#include <cstddef>
#include <string>

#include "rungs/ladder.h"
#include "rungs/report.h"

namespace rungs {

struct TextStyle {
  std::size_t width = 100;
  bool colour = false;  // ANSI colours, for a terminal
};

// A report a person reads top to bottom: the verdict first, then why, then what to do.
std::string render_report_text(const Report& report, const Ladder& ladder, const TextStyle& style);

// The same as Markdown, for a mentor, an issue tracker or a wiki.
std::string render_report_markdown(const Report& report, const Ladder& ladder);

// One self-contained HTML page (no network, no external files) with inline SVG charts; the
// web page of the server renders with it too.
std::string render_report_html(const Report& report, const Ladder& ladder);

// rungs.report/1, pretty-printed, ending in a newline.
std::string render_report_json(const Report& report);

// A job match alone (`rungs match`): the score, then the matched and the missing skills, the
// must-haves first. JSON: the report's `match` object.
std::string render_match_text(const JobMatch& match, std::size_t width);
std::string render_match_json(const JobMatch& match);

// A route alone (`rungs path`): each step with its months, focus, checkpoints and
// certifications, then the close alternatives. JSON: {"path": {...}} with `alternatives` inside.
std::string render_route_text(const Route& route, const Ladder& ladder, std::size_t width);
std::string render_route_json(const Route& route);

}  // namespace rungs

#endif  // RUNGS_REPORT_VIEW_H_
