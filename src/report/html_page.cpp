#include "report/html_page.h"

#include "report/cited_lines.h"
#include "report/svg_charts.h"

namespace rungs {
namespace {

constexpr const char* kStyle = R"CSS(
:root{--ink:#1d232b;--muted:#5b6572;--line:#d5dae1;--paper:#fff;--good:#1f6f43;--mid:#8a5a00;--bad:#a4262c;--accent:#2357a5;--soft:#eef2f8}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--paper)}
main{max-width:960px;margin:0 auto;padding:16px}
h1{font-size:1.6rem;margin:.2em 0}h2{font-size:1.25rem;margin:1.6em 0 .5em;border-bottom:2px solid var(--line);padding-bottom:.2em}
.verdict{display:flex;flex-wrap:wrap;gap:12px}
.card{flex:1 1 220px;border:1px solid var(--line);border-radius:8px;padding:12px;min-width:0}
.big{font-size:1.4rem;font-weight:700}
.badge{display:inline-block;min-width:4.5em;text-align:center;font-weight:700;border-radius:4px;padding:0 .4em;border:2px solid}
.yes,.ready,.low{color:var(--good)}.partly,.almost,.medium{color:var(--mid)}.no,.not-yet,.high{color:var(--bad)}
.yes{border-style:solid}.partly{border-style:dashed}.no{border-style:dotted}
ul{padding-left:1.2em}li{margin:.3em 0}
.cite{color:var(--muted);font-size:.9rem;overflow-wrap:anywhere}
.cite b{font-weight:600;color:var(--ink)}
.charts{display:flex;flex-wrap:wrap;gap:16px}
figure{flex:1 1 300px;margin:0;min-width:0}figcaption{font-weight:600;margin-bottom:4px}
svg.chart{width:100%;height:auto;display:block;overflow:hidden}
svg text{font-size:13px;fill:var(--ink)}svg .tick{font-size:11px;fill:var(--muted)}
svg .ring{fill:none;stroke:var(--line)}svg .target{fill:none;stroke:var(--ink);stroke-dasharray:4 3}
svg .axis{stroke:var(--line)}svg polygon.value{fill:rgba(35,87,165,.35);stroke:var(--accent);stroke-width:2}
svg .track{fill:var(--soft)}svg rect.value{fill:var(--accent)}
svg .step0{fill:#2357a5}svg .step1{fill:#6a8fc7}svg .step2{fill:#a9bfe0}svg .months{fill:#fff;font-weight:700}
svg circle.placed{fill:var(--accent)}svg polyline.placed{fill:none;stroke:var(--accent);stroke-width:2}
svg circle.covered{fill:var(--good)}svg polyline.covered{fill:none;stroke:var(--good);stroke-width:2;stroke-dasharray:5 3}
svg .hands-on{fill:#1d232b}svg .certified{fill:#6b7480}svg .listed{fill:#c9ced6}
table{border-collapse:collapse;width:100%;table-layout:fixed}td,th{border-bottom:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top;overflow-wrap:anywhere}th:nth-child(2),th:nth-child(3){width:5.5em}
#assessments th{width:auto}#assessments th:first-child{width:3em}#assessments th:nth-child(2){width:7em}#assessments th:nth-child(3){width:28%}
#ready th,#shortlist th{width:auto}#shortlist th:nth-child(2){width:5em}#shortlist th:nth-child(3){width:55%}
.heatmap{overflow-x:auto}#heatmap{table-layout:auto;width:auto}#heatmap td{text-align:center;min-width:2em}
td.hands-on{background:#1d232b;color:#fff}td.certified{background:#6b7480;color:#fff}td.listed{background:#c9ced6}td.none{color:var(--muted)}
.finding{border-left:4px solid var(--line);padding:4px 10px;margin:10px 0}
.finding.high{border-left-color:var(--bad)}.finding.medium{border-left-color:var(--mid)}
.finding p{margin:.2em 0;color:var(--ink)}
footer{margin-top:2em;color:var(--muted);font-size:.85rem}
@media (max-width:600px){table,thead,tbody,tr,td,th{display:block}thead{display:none}tr{border-bottom:1px solid var(--line);padding:6px 0}td,th{border:0;padding:0 4px;width:auto}}
@media print{body{font-size:11pt}main{max-width:none;padding:0}.charts{break-inside:avoid}h2{break-after:avoid}.finding,.card,figure{break-inside:avoid}a{color:inherit}}
)CSS";

}  // namespace

std::string html_page(const std::string& title, const std::string& body) {
  return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>" +
         escape_html(title) + "</title><style>" + kStyle + "</style></head><body><main>" + body +
         "</main></body></html>\n";
}

std::string cited_lines_html(const std::vector<TextLine>& lines) {
  if (lines.empty()) return "";
  std::string out = "<ul class=\"cite\">";
  for (const TextLine& l : lines) {
    out += "<li><b>L" + std::to_string(l.line) + "</b> " + escape_html(cited_text(l.text)) + "</li>";
  }
  return out + "</ul>";
}

}  // namespace rungs
