#!/usr/bin/env bash
# The batch at scale, on generated resumes (bench/corpus_generator.cpp, seed 1), in one run:
#   10,000 text/Markdown/JSON Resume documents with 1 and 2 jobs: resumes per second, per core,
#   the speed-up, and peak memory, against 1,000 of them (memory must stay flat);
#   1,000 PDFs: resumes per second, and the share of time in PDF extraction (the same resumes
#   as text take the rest);
#   500 hostile files mixed into 1,000 resumes: every one reported, the rest assessed.
# Usage: scripts/batch-scale.sh [N]   (10000 by default; make bench builds the binaries first)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-10000}
bin=${RUNGS_BIN:-$root/build/bench/src/rungs}
gen=${RUNGS_GEN:-$root/build/bench/bench/corpus_generator}
[[ -x "$bin" && -x "$gen" ]] || { echo "batch-scale: build the bench first (make bench)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$gen" "$tmp/big" "$n" --formats text,md,json >/dev/null
"$gen" "$tmp/small" 1000 --formats text,md,json >/dev/null
"$gen" "$tmp/pdf" 1000 --formats pdf >/dev/null
"$gen" "$tmp/pdftext" 1000 --formats text >/dev/null
"$gen" "$tmp/hostile" 1000 --formats text,md,json,docx,pdf --hostile 500 >/dev/null

# seconds and peak MB of one batch run (output discarded)
run() {
  local dir=$1 jobs=$2
  /usr/bin/time -f "%e %M" -o "$tmp/time" "$bin" batch "$dir" --jobs "$jobs" --quiet --format ndjson > /dev/null 2>"$tmp/err" || true
  read -r seconds kb < "$tmp/time"
  echo "$seconds $(( kb / 1024 ))"
}
read -r t1 m1 < <(run "$tmp/big" 1)
read -r t2 m2 < <(run "$tmp/big" 2)
read -r ts ms < <(run "$tmp/small" 1)
read -r tp mp < <(run "$tmp/pdf" 1)
read -r tt mt < <(run "$tmp/pdftext" 1)
"$bin" batch "$tmp/hostile" --jobs 2 --quiet --format csv > "$tmp/hostile.csv" 2>"$tmp/hostile.err" && hostile_rc=0 || hostile_rc=$?
rows=$(( $(wc -l < "$tmp/hostile.csv") - 1 ))
summary=$(tail -n 1 "$tmp/hostile.err")

awk -v n="$n" -v t1="$t1" -v t2="$t2" -v m1="$m1" -v m2="$m2" -v ts="$ts" -v ms="$ms" -v tp="$tp" -v tt="$tt" 'BEGIN {
  printf "batch-scale on %d cores\n", 2
  printf "%-44s %10s %12s %8s\n", "run", "seconds", "resumes/s", "peak MB"
  printf "%-44s %10.2f %12.0f %8d\n", n " text/md/json, 1 job", t1, n / t1, m1
  printf "%-44s %10.2f %12.0f %8d\n", n " text/md/json, 2 jobs", t2, n / t2, m2
  printf "%-44s %10.2f %12.0f %8d\n", "1000 text/md/json, 1 job", ts, 1000 / ts, ms
  printf "%-44s %10.2f %12.0f\n", "1000 PDFs, 1 job", tp, 1000 / tp
  printf "%-44s %10.2f %12.0f\n", "the same 1000 as text, 1 job", tt, 1000 / tt
  printf "per core: %.0f resumes/s; 1 -> 2 jobs: %.2fx; peak memory %d MB at 1000, %d MB at %d\n", n / t1, t1 / t2, ms, m1, n
  printf "PDF: %.0f%% of the time is extraction\n", 100 * (tp - tt) / tp
}'
echo "hostile: 500 hostile files among 1000 resumes: $summary (exit $hostile_rc; $rows CSV rows)"
