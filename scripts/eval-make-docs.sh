#!/usr/bin/env bash
# Makes the PDF, DOCX and LinkedIn-export documents of the labelled corpus from their sources:
#   tests/data/eval/sources/NAME.pdf.md   -> HALF/NAME.pdf   (pandoc to HTML, printed by headless Chromium;
#                                            "<!-- layout: two-column -->" puts the part before
#                                            "<!-- column-break -->" in a sidebar column)
#   tests/data/eval/sources/NAME.docx.md  -> HALF/NAME.docx  (pandoc)
#   tests/data/eval/sources/NAME.linkedin/ -> HALF/NAME.zip  (the CSVs zipped, as LinkedIn ships them)
# HALF is dev or test: wherever NAME.labels.yaml is. The documents are committed; this script is
# only needed when a source changes (it needs pandoc, chromium and python3, not needed by the tests).
set -euo pipefail
cd "$(dirname "$0")/../tests/data/eval"
command -v pandoc >/dev/null || { echo "eval-make-docs: pandoc is needed (apt-get install pandoc)" >&2; exit 1; }

half_of() {
  for h in dev test; do [ -f "$h/$1.labels.yaml" ] && { echo "$h"; return; }; done
  echo "eval-make-docs: no labels for $1 in dev/ or test/" >&2; exit 1
}

tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
css='body{font-family:"DejaVu Sans",Arial,sans-serif;font-size:10pt;margin:0}h1{font-size:17pt;margin:0 0 4pt}
h2{font-size:12pt;border-bottom:1px solid #888;margin:10pt 0 4pt}h3{font-size:10.5pt;margin:8pt 0 2pt}
ul{margin:2pt 0;padding-left:14pt}p{margin:3pt 0}.grid{display:grid;grid-template-columns:30% 66%;gap:4%}
table{border-collapse:collapse}td,th{padding:1pt 6pt 1pt 0;vertical-align:top;text-align:left}'

for src in sources/*.pdf.md; do
  [ -e "$src" ] || continue
  name=$(basename "$src" .pdf.md); half=$(half_of "$name")
  if grep -q '<!-- layout: two-column -->' "$src"; then
    awk '/<!-- column-break -->/{exit} {print}' "$src" | pandoc -f markdown -t html5 > "$tmp/side.html"
    awk 'f{print} /<!-- column-break -->/{f=1}' "$src" | pandoc -f markdown -t html5 > "$tmp/main.html"
    body="<div class=grid><div>$(cat "$tmp/side.html")</div><div>$(cat "$tmp/main.html")</div></div>"
  else
    body=$(pandoc -f markdown -t html5 "$src")
  fi
  printf '<!doctype html><html><head><meta charset=utf-8><title>%s</title><style>@page{size:A4;margin:14mm}%s</style></head><body>%s</body></html>' \
    "$name" "$css" "$body" > "$tmp/$name.html"
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$tmp/profile" --no-pdf-header-footer \
    --print-to-pdf="$half/$name.pdf" "file://$tmp/$name.html" 2>/dev/null
  echo "$half/$name.pdf"
done

for src in sources/*.docx.md; do
  [ -e "$src" ] || continue
  name=$(basename "$src" .docx.md); half=$(half_of "$name")
  grep -v '<!-- ' "$src" | pandoc -f markdown -t docx -o "$half/$name.docx"
  echo "$half/$name.docx"
done

for src in sources/*.linkedin; do
  [ -d "$src" ] || continue
  name=$(basename "$src" .linkedin); half=$(half_of "$name")
  python3 - "$src" "$half/$name.zip" <<'PY'
import os, sys, zipfile
src, out = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for f in sorted(os.listdir(src)):
        info = zipfile.ZipInfo(f, date_time=(2026, 11, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, open(os.path.join(src, f), "rb").read())
PY
  echo "$half/$name.zip"
done
