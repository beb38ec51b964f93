#!/usr/bin/env bash
# Whole-process timings of rungs against a peer CLI on the same files, in one run, with ratios
# (issue 15): `rungs assess` and `rungs skills` on a JSON Resume and on a text resume, against
# `resumed validate` (the JSON Resume ecosystem's npm CLI, which only checks the schema) on the
# JSON Resume. Also `rungs --version` (the binary's own start) and each command's peak memory.
# Usage: scripts/compare-startup.sh [JSON_RESUME] [TEXT_RESUME]   (RUNS=30 by default)
#
# hyperfine (Debian) runs each command RUNS times after 3 warm-up runs; the figures are means.
# resumed is pinned by bench/peers/package-lock.json and installed there; nothing downloads at
# run time beyond that npm install.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
json=$(realpath "${1:-$root/tests/data/personas/03-mid-sneha.json}")
text=$(realpath "${2:-$root/tests/data/personas/05-lead-suresh.txt}")
runs=${RUNS:-30}
work="$root/build/compare-startup"
export RUNGS_DATA_DIR="$root/data"

"$root/scripts/install-deps.sh" bench
peers="$root/bench/peers"
if ! command -v npm >/dev/null 2>&1; then
  echo "compare-startup: npm is missing; install Node.js 20 or newer with npm" >&2
  exit 1
fi
stamp="$peers/node_modules/.rungs-lock"
if [[ ! -f "$stamp" ]] || ! cmp -s "$stamp" "$peers/package-lock.json"; then
  (cd "$peers" && npm ci --no-audit --no-fund --loglevel=error)
  cp "$peers/package-lock.json" "$stamp"
fi
resumed="$peers/node_modules/.bin/resumed"
cmake -S "$root" -B "$root/build/release" -DCMAKE_BUILD_TYPE=Release -DRUNGS_BUILD_TESTS=OFF >/dev/null
cmake --build "$root/build/release" -j2 --target rungs >/dev/null
rungs="$root/build/release/src/rungs"
mkdir -p "$work"

"$resumed" validate "$json" >/dev/null || { echo "compare-startup: resumed rejects $json" >&2; exit 1; }
names=("rungs --version" "rungs assess JSON Resume" "rungs skills JSON Resume"
       "rungs assess text resume" "rungs skills text resume" "resumed validate JSON Resume")
commands=("$rungs --version"
          "$rungs assess $json --format json"
          "$rungs skills $json --format json"
          "$rungs assess $text --format json"
          "$rungs skills $text --format json"
          "$resumed validate $json")
args=()
for i in "${!names[@]}"; do args+=(-n "${names[$i]}" "${commands[$i]}"); done
echo "files: $json, $text ($(hyperfine --version), resumed $("$resumed" --version 2>/dev/null | tail -1 | grep -o "[0-9][0-9.]*"))"
hyperfine -N --warmup 3 --runs "$runs" --style none --export-csv "$work/times.csv" "${args[@]}" >/dev/null

# Peak resident memory of one run of each command, in MB (GNU time's %M is in KB).
peak_mb() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1 | awk '{ printf "%.1f", $1 / 1024 }'; }
for i in "${!names[@]}"; do
  # shellcheck disable=SC2086  # the command line splits into its words on purpose
  echo "${names[$i]},$(peak_mb ${commands[$i]})"
done > "$work/memory.csv"

awk -F, '
  NR == FNR { if (FNR > 1) { mean[$1] = $2; order[++n] = $1 } next }
  { memory[$1] = $2 }
  END {
    peer = mean["resumed validate JSON Resume"]
    printf "\n%-30s %10s %10s %12s\n", "command", "mean ms", "peak MB", "vs resumed"
    for (i = 1; i <= n; i++) {
      c = order[i]
      printf "%-30s %10.1f %10s %11.2fx\n", c, mean[c] * 1000, memory[c], mean[c] / peer
    }
    printf "\nrungs assess (JSON Resume) takes %.2fx the time of resumed validate (goal: 0.25x or less)\n",
           mean["rungs assess JSON Resume"] / peer
  }' "$work/times.csv" "$work/memory.csv"
