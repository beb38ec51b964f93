// The market view as text, JSON (rungs.market/1) and one HTML page; and rungs.market/1 read back.
#include <nlohmann/json.hpp>

#include "report/html_page.h"
#include "report/json_writer.h"
#include "report/svg_charts.h"
#include "report/text_table.h"
#include "rungs/market.h"

namespace rungs {

std::string render_market_text(const Market& market, std::size_t width) {
  std::size_t placed = 0;
  for (const MarketPosting& p : market.postings) placed += p.role.empty() ? 0 : 1;
  std::string out = std::to_string(market.postings.size()) + " postings, " + std::to_string(placed) +
                    " placed on the ladder (by their title, else the experience they ask)\n";
  for (const LevelDemand& level : market.levels) {
    out += section_heading(level.title + ": " + std::to_string(level.postings) + (level.postings == 1 ? " posting" : " postings"));
    TextTable table({"skill", "asked by", "as a must-have"});
    for (std::size_t i = 0; i < level.skills.size() && i < 12; ++i) {
      const SkillDemand& s = level.skills[i];
      table.add_row({s.name, percent_text(s.share), std::to_string(s.must) + " of " + std::to_string(s.postings)});
    }
    out += table.render(width);
    if (!level.rising.empty()) {
      out += "Asked more than at the level below: ";
      for (std::size_t i = 0; i < level.rising.size(); ++i) out += (i ? ", " : "") + level.rising[i];
      out += "\n";
    }
  }
  std::string unplaced;
  for (const MarketPosting& p : market.postings) {
    if (p.role.empty()) unplaced += "  " + p.file + " (" + p.title + ")\n";
  }
  if (!unplaced.empty()) out += section_heading("Not placed (no title or experience the ladder knows)") + unplaced;
  return out;
}

std::string render_market_json(const Market& market) {
  JsonWriter w;
  w.object([&] {
    w.field("schema", "rungs.market/1");
    w.key("postings");
    w.array_of(market.postings, [&](const MarketPosting& p) {
      w.object([&] {
        w.field("file", p.file);
        w.field("title", p.title);
        w.field_or_null("role", p.role);
        w.field("years", p.years);
        w.field_or_null("placed_by", p.placed_by);
      });
    });
    w.key("levels");
    w.array_of(market.levels, [&](const LevelDemand& l) {
      w.object([&] {
        w.field("role", l.role);
        w.field("title", l.title);
        w.field("postings", l.postings);
        w.key("skills");
        w.array_of(l.skills, [&](const SkillDemand& s) {
          w.object([&] {
            w.field("skill", s.skill);
            w.field("name", s.name);
            w.field("postings", s.postings);
            w.field("must", s.must);
            w.field("share", s.share);
          });
        });
        w.field("rising", l.rising);
      });
    });
  });
  return std::move(w).finish();
}

std::string render_market_html(const Market& market) {
  std::string body = "<h1>What the market asks, level by level</h1><p>" + std::to_string(market.postings.size()) + " postings.</p>";
  for (const LevelDemand& level : market.levels) {
    body += "<h2>" + escape_html(level.title) + " (" + std::to_string(level.postings) + ")</h2>";
    body += "<table><thead><tr><th>skill</th><th>asked by</th><th>must-have</th></tr></thead><tbody>";
    for (std::size_t i = 0; i < level.skills.size() && i < 12; ++i) {
      const SkillDemand& s = level.skills[i];
      body += "<tr><td>" + escape_html(s.name) + "</td><td>" + percent_text(s.share) + "</td><td>" + std::to_string(s.must) + " of " +
              std::to_string(s.postings) + "</td></tr>";
    }
    body += "</tbody></table>";
    if (!level.rising.empty()) {
      body += "<p>Asked more than at the level below: ";
      for (std::size_t i = 0; i < level.rising.size(); ++i) body += (i ? ", " : "") + escape_html(level.rising[i]);
      body += "</p>";
    }
  }
  return html_page("rungs: the market", body);
}

Result<Market> read_market_json(std::string_view text, const std::string& file) {
  using nlohmann::json;
  json doc = json::parse(text, nullptr, false);
  if (!doc.is_object() || doc.value("schema", "") != "rungs.market/1" || !doc.contains("levels") || !doc["levels"].is_array()) {
    return invalid_input(file + ": not a rungs.market/1 document (make one with rungs market JOBS... --format json)");
  }
  Market market;
  try {
    for (const json& l : doc["levels"]) {
      LevelDemand level{l.at("role").get<std::string>(), l.value("title", ""), l.value("postings", 0), {}, {}};
      for (const json& s : l.at("skills")) {
        level.skills.push_back({s.at("skill").get<std::string>(), s.value("name", ""), s.value("postings", 0), s.value("must", 0),
                                s.value("share", 0.0)});
      }
      market.levels.push_back(std::move(level));
    }
  } catch (const json::exception& e) {
    return invalid_input(file + ": a field of rungs.market/1 is missing or of the wrong type: " + e.what());
  }
  return market;
}

}  // namespace rungs
