#include "ingest/field_lines.h"

#include <utility>
#include <vector>

#include "common/text.h"
#include "ingest/text_lines.h"

namespace rungs::ingest {
namespace {

// Field names as normalize_key writes them.
const std::vector<std::pair<std::string_view, FieldKind>>& field_names() {
  static const std::vector<std::pair<std::string_view, FieldKind>> kNames = {
      {"organisation", FieldKind::kEmployer}, {"organization", FieldKind::kEmployer},
      {"company", FieldKind::kEmployer}, {"company name", FieldKind::kEmployer},
      {"employer", FieldKind::kEmployer}, {"designation", FieldKind::kTitle},
      {"title", FieldKind::kTitle}, {"job title", FieldKind::kTitle}, {"position", FieldKind::kTitle},
      {"duration", FieldKind::kDates}, {"period", FieldKind::kDates}, {"tenure", FieldKind::kDates},
      {"dates", FieldKind::kDates}, {"project", FieldKind::kProject}, {"project name", FieldKind::kProject},
      {"project title", FieldKind::kProject}, {"client", FieldKind::kAttribute},
      {"customer", FieldKind::kAttribute}, {"role", FieldKind::kAttribute},
      {"team size", FieldKind::kAttribute}, {"environment", FieldKind::kAttribute},
      {"technologies", FieldKind::kAttribute}, {"technology", FieldKind::kAttribute},
      {"tech stack", FieldKind::kAttribute}, {"tools", FieldKind::kAttribute},
      {"tools used", FieldKind::kAttribute}, {"description", FieldKind::kDescription},
      {"project description", FieldKind::kDescription}, {"project overview", FieldKind::kDescription}, {"responsibilities", FieldKind::kAttribute},
      {"roles and responsibilities", FieldKind::kAttribute}, {"roles responsibilities", FieldKind::kAttribute},
      {"key responsibilities", FieldKind::kAttribute}, {"domain", FieldKind::kAttribute},
      {"platform", FieldKind::kAttribute}, {"database", FieldKind::kAttribute},
      {"location", FieldKind::kAttribute}, {"contribution", FieldKind::kAttribute},
      {"achievements", FieldKind::kAttribute},
  };
  return kNames;
}

std::optional<FieldKind> kind_of(std::string_view key) {
  const std::string k = normalize_key(key);
  for (const auto& [name, kind] : field_names()) {
    if (k == name) return kind;
  }
  return std::nullopt;
}

// "Project #2", "Project 2", "Project #1: Policy Administration" (a project's own heading).
bool is_project_number(std::string_view text) {
  const std::string k = normalize_key(text);
  if (!k.starts_with("project ")) return false;
  std::size_t i = 8;
  if (i >= k.size() || k[i] < '0' || k[i] > '9') return false;
  while (i < k.size() && k[i] >= '0' && k[i] <= '9') ++i;
  return i == k.size() || k[i] == ' ';
}

}  // namespace

std::optional<FieldLine> field_line(std::string_view text) {
  std::string_view t = trim_view(text);
  if (is_project_number(t)) {
    std::size_t colon = t.find(':');
    return FieldLine{FieldKind::kProject, colon == std::string_view::npos ? "" : std::string(trim_view(t.substr(colon + 1)))};
  }
  std::size_t colon = t.find(':');
  std::size_t bar = t.find(" | ");
  std::size_t cut = colon;
  std::size_t skip = 1;
  if (bar != std::string_view::npos && (colon == std::string_view::npos || bar < colon)) {
    cut = bar;
    skip = 3;
  }
  if (cut == std::string_view::npos || cut == 0 || cut > 30) return std::nullopt;
  std::optional<FieldKind> kind = kind_of(t.substr(0, cut));
  if (!kind) return std::nullopt;
  return FieldLine{*kind, std::string(trim_view(t.substr(cut + skip)))};
}

bool is_field_header_row(std::string_view text) {
  std::vector<std::string> cells = split_at_any(text, {" | "});
  if (cells.size() < 2) return false;
  for (const std::string& cell : cells) {
    if (!kind_of(cell)) return false;
  }
  return true;
}

}  // namespace rungs::ingest
