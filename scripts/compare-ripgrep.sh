#!/usr/bin/env bash
# Times rungs' skill matcher against ripgrep on the same resume-like corpus and the same O*NET
# names, in one run, and prints the ratios (issue 4's performance goal).
# Usage: scripts/compare-ripgrep.sh [MEGABYTES]   (default 20; `rg -o -i -w` alone takes minutes)
#
#   rg -o -i -w -F -f names.txt   every match, case-insensitive, whole words: what rungs does
#   rg -c -F -f names.txt         ripgrep's fastest literal mode: no case folding, no boundaries
#   skill_scan match              rungs: NFKC + case folding, word boundaries that know C++ and
#                                 .NET, longest match, with the whole dictionary (curated
#                                 taxonomy and its aliases plus every O*NET name)
# Each figure is the wall time of the whole process (reading the names or loading the data
# snapshot, matching), the best of three runs for the fast ones. rungs loads its matcher from
# the data snapshot as every rungs command does; the first run compiles it into the cache, so the
# script runs it once before timing.
set -euo pipefail
megabytes=${1:-20}
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build/bench"
work="$root/build/compare"
export RUNGS_DATA_DIR="$root/data"

"$root/scripts/install-deps.sh" bench
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DRUNGS_BUILD_TESTS=OFF -DRUNGS_BUILD_BENCH=ON >/dev/null
cmake --build "$build" -j2 --target skill_scan >/dev/null
mkdir -p "$work"
scan="$build/bench/skill_scan"
corpus="$work/corpus.txt"
names="$work/names.txt"
"$scan" corpus "$corpus" "$megabytes"
tail -n +2 "$root/data/onet/Technology Skills.txt" | cut -f2 | sort -u > "$names"
bytes=$(stat -c %s "$corpus")

# Seconds (wall) that the command takes, its output discarded; best of $1 runs.
best_of() {
  local runs=$1 best="" start end seconds
  shift
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    "$@" >/dev/null
    end=$(date +%s%N)
    seconds=$(awk -v ns=$((end - start)) 'BEGIN { printf "%.3f", ns / 1e9 }')
    if [[ -z "$best" ]] || awk -v a="$seconds" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$seconds; fi
  done
  echo "$best"
}

echo "corpus: $corpus, $bytes bytes; names: $(wc -l < "$names") O*NET names ($(rg --version | head -1))"
"$scan" match "$corpus" >/dev/null  # compiles the data snapshot on first use
rungs_s=$(best_of 3 "$scan" match "$corpus")
rg_count_s=$(best_of 3 rg -c -F -f "$names" "$corpus")
echo "timing rg -o -i -w -F (slow) ..."
rg_words_s=$(best_of 1 bash -c 'rg -o -i -w -F -f "$1" "$2" | wc -l > "$3"' _ "$names" "$corpus" "$work/rg-matches")
rg_matches=$(cat "$work/rg-matches")
"$scan" match "$corpus" | tee "$work/rungs-matches" | sed 's/^/  rungs /'
rungs_matches=$(awk '/^matches/ { print $2 }' "$work/rungs-matches")

awk -v b="$bytes" -v r="$rungs_s" -v c="$rg_count_s" -v w="$rg_words_s" \
    -v rm="$rungs_matches" -v wm="$rg_matches" 'BEGIN {
  printf "\n%-34s %9s %10s %10s\n", "tool", "seconds", "MB/s", "matches"
  printf "%-34s %9.3f %10.1f %10d\n", "rungs (skill_scan match)", r, b / 1e6 / r, rm
  printf "%-34s %9.3f %10.1f %10d\n", "rg -o -i -w -F -f names.txt", w, b / 1e6 / w, wm
  printf "%-34s %9.3f %10.1f %10s\n", "rg -c -F -f names.txt", c, b / 1e6 / c, "(lines)"
  printf "\nrungs vs rg -o -i -w -F: %.1fx faster (goal: 50x)\n", w / r
  printf "rungs vs rg -c -F:       %.2fx as fast (goal: 1.5x)\n", c / r
}'
