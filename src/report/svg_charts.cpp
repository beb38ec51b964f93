#include "report/svg_charts.h"

#include "report/text_table.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace rungs {
namespace {

constexpr double kPi = 3.14159265358979323846;

std::string num(double v) {
  char b[32];
  std::snprintf(b, sizeof b, "%.1f", v);
  return b;
}

std::string bars_svg(const std::vector<RadarAxis>& axes, const std::string& title) {
  const double row = 34, width = 520, label = 180;
  std::string out = "<svg class=\"chart bars\" role=\"img\" viewBox=\"0 0 " + num(width) + " " +
                    num(row * static_cast<double>(axes.size()) + 10) + "\"><title>" + escape_html(title) + "</title>";
  for (std::size_t i = 0; i < axes.size(); ++i) {
    double y = 5 + row * static_cast<double>(i);
    double w = (width - label - 60) * std::clamp(axes[i].value, 0.0, 1.0);
    out += "<text x=\"0\" y=\"" + num(y + 20) + "\">" + escape_html(axes[i].label) + "</text>";
    out += "<rect class=\"track\" x=\"" + num(label) + "\" y=\"" + num(y + 6) + "\" width=\"" +
           num(width - label - 60) + "\" height=\"18\"/>";
    out += "<rect class=\"value\" x=\"" + num(label) + "\" y=\"" + num(y + 6) + "\" width=\"" + num(w) +
           "\" height=\"18\"/>";
    out += "<text x=\"" + num(width - 50) + "\" y=\"" + num(y + 20) + "\">" + percent_text(axes[i].value) + "</text>";
  }
  return out + "</svg>";
}

}  // namespace

std::string escape_html(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string radar_svg(const std::vector<RadarAxis>& axes, const std::string& title) {
  if (axes.size() < 3) return bars_svg(axes, title);
  const double cx = 260, cy = 210, r = 140;
  const std::size_t n = axes.size();
  auto point = [&](std::size_t i, double scale) {
    double angle = -kPi / 2 + 2 * kPi * static_cast<double>(i) / static_cast<double>(n);
    return std::make_pair(cx + r * scale * std::cos(angle), cy + r * scale * std::sin(angle));
  };
  // Wide margins on both sides: the labels run outwards from the rim.
  std::string out = "<svg class=\"chart radar\" role=\"img\" viewBox=\"-140 0 800 420\"><title>" +
                    escape_html(title) + "</title>";
  for (double ring : {0.25, 0.5, 0.75, 1.0}) {
    std::string pts;
    for (std::size_t i = 0; i < n; ++i) {
      auto [x, y] = point(i, ring);
      pts += num(x) + "," + num(y) + " ";
    }
    out += "<polygon class=\"" + std::string(ring == 1.0 ? "target" : "ring") + "\" points=\"" + pts + "\"/>";
  }
  std::string value_points;
  for (std::size_t i = 0; i < n; ++i) {
    auto [x, y] = point(i, 1.0);
    out += "<line class=\"axis\" x1=\"" + num(cx) + "\" y1=\"" + num(cy) + "\" x2=\"" + num(x) + "\" y2=\"" + num(y) + "\"/>";
    auto [vx, vy] = point(i, std::max(0.02, std::clamp(axes[i].value, 0.0, 1.0)));
    value_points += num(vx) + "," + num(vy) + " ";
    auto [lx, ly] = point(i, 1.18);
    const char* anchor = lx < cx - 10 ? "end" : lx > cx + 10 ? "start" : "middle";
    out += "<text x=\"" + num(lx) + "\" y=\"" + num(ly + 4) + "\" text-anchor=\"" + anchor + "\">" +
           escape_html(axes[i].label) + " " + percent_text(axes[i].value) + "</text>";
  }
  out += "<polygon class=\"value\" points=\"" + value_points + "\"/>";
  return out + "</svg>";
}

std::string path_svg(const Path& path, const std::string& from_title) {
  const double width = 640, height = 120, left = 10, usable = width - 20;
  int total = std::max(1, path.total_months);
  std::string out = "<svg class=\"chart timeline\" role=\"img\" viewBox=\"0 0 " + num(width) + " " + num(height) +
                    "\"><title>Path from " + escape_html(from_title) + ": " +
                    std::to_string(path.total_months) + " months</title>";
  double x = left;
  for (std::size_t i = 0; i < path.steps.size(); ++i) {
    const PathStep& s = path.steps[i];
    double w = usable * s.months / total;
    out += "<rect class=\"step step" + std::to_string(i % 3) + "\" x=\"" + num(x) + "\" y=\"30\" width=\"" +
           num(std::max(2.0, w - 4)) + "\" height=\"44\" rx=\"6\"/>";
    out += "<text x=\"" + num(x + 6) + "\" y=\"22\">" + escape_html(s.title) + "</text>";
    out += "<text class=\"months\" x=\"" + num(x + 6) + "\" y=\"57\">" + std::to_string(s.months) + " mo</text>";
    x += w;
  }
  out += "<line class=\"axis\" x1=\"" + num(left) + "\" y1=\"90\" x2=\"" + num(left + usable) + "\" y2=\"90\"/>";
  for (int m = 0; m <= total; m += 12) {
    double mx = left + usable * m / total;
    out += "<line class=\"axis\" x1=\"" + num(mx) + "\" y1=\"86\" x2=\"" + num(mx) + "\" y2=\"94\"/>";
    out += "<text class=\"tick\" x=\"" + num(mx) + "\" y=\"110\" text-anchor=\"middle\">" + std::to_string(m) + "</text>";
  }
  return out + "</svg>";
}

std::string evidence_svg(int hands_on, int certified, int listed) {
  const double width = 520, usable = 500;
  int total = std::max(1, hands_on + certified + listed);
  std::string out = "<svg class=\"chart evidence\" role=\"img\" viewBox=\"0 0 520 70\"><title>Skills: " +
                    std::to_string(hands_on) + " hands-on, " + std::to_string(certified) + " certified, " +
                    std::to_string(listed) + " listed</title>";
  double x = 10;
  struct Part {
    const char* cls;
    const char* label;
    int count;
  };
  for (const Part& p : {Part{"hands-on", "hands-on", hands_on}, Part{"certified", "certified", certified},
                        Part{"listed", "listed", listed}}) {
    if (p.count == 0) continue;
    double w = usable * p.count / total;
    out += "<rect class=\"" + std::string(p.cls) + "\" x=\"" + num(x) + "\" y=\"10\" width=\"" + num(w) +
           "\" height=\"26\"/>";
    out += "<text x=\"" + num(x + 4) + "\" y=\"56\">" + std::to_string(p.count) + " " + p.label + "</text>";
    x += w;
  }
  (void)width;
  return out + "</svg>";
}

}  // namespace rungs
