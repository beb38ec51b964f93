// Charts as inline SVG, drawn by rungs itself: a radar of coverage per skill category, a path
// timeline, and a stacked bar of skills by evidence. Each scales to its container (viewBox) and
// carries a <title> and text labels, so it reads without colour and in a screen reader.
#ifndef RUNGS_REPORT_SVG_CHARTS_H_
#define RUNGS_REPORT_SVG_CHARTS_H_

#include <string>
#include <vector>

#include "rungs/plan.h"

namespace rungs {

// One axis of the radar: a category and the person's coverage of the target's skills in it.
struct RadarAxis {
  std::string label;
  double value = 0;  // 0..1
};

// A radar (three or more axes) or, with fewer, horizontal bars; the target is the outer ring.
std::string radar_svg(const std::vector<RadarAxis>& axes, const std::string& title);

// The path as a timeline: one block per step, its width by months, with month marks.
std::string path_svg(const Path& path, const std::string& from_title);

// Skills by evidence as one stacked bar with counts.
std::string evidence_svg(int hands_on, int certified, int listed);

// `text` with &, <, >, " and ' escaped for HTML and SVG.
std::string escape_html(const std::string& text);

}  // namespace rungs

#endif  // RUNGS_REPORT_SVG_CHARTS_H_
