#!/usr/bin/env bash
# Runs the benchmarks of this tree and of an earlier commit in one run, on the same inputs, and
# prints the ratios: how "no slower than before" is measured (issues 13 and 14).
# Usage: scripts/compare-bench.sh [REF] [ROUNDS]   (default REF 0e4fe40, the engine before the
#        skills graph and the verdict rules; ROUNDS 5)
#
# Wall time on a shared machine moves by tens of percent from one second to the next, so the two
# builds take turns, ROUNDS times, and each figure is the median of its rounds. With valgrind
# installed (scripts/install-deps.sh bench), the instructions one call executes are counted too:
# the same on every run, so a change of a few percent is real.
set -euo pipefail
ref=${1:-0e4fe40}
rounds=${2:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
work="$root/build/compare-bench"

"$root/scripts/install-deps.sh" bench
mkdir -p "$work"
commit=$(git -C "$root" rev-parse --verify "$ref^{commit}")
if [[ ! -d "$work/ref/.git" && ! -f "$work/ref/.git" ]]; then
  git -C "$root" worktree add --detach "$work/ref" "$commit" >/dev/null
fi
git -C "$work/ref" checkout -q --detach "$commit"

build() {  # build SOURCE BUILD_DIR
  cmake -S "$1" -B "$2" -DCMAKE_BUILD_TYPE=Release -DRUNGS_BUILD_TESTS=OFF -DRUNGS_BUILD_BENCH=ON >/dev/null
  cmake --build "$2" -j2 --target assess_bench skill_matcher_bench >/dev/null
}
echo "building $ref ($commit) and this tree ..."
build "$work/ref" "$work/ref/build/bench"
build "$root" "$root/build/bench"
declare -A dir=([before]="$work/ref/build/bench/bench" [now]="$root/build/bench/bench")

# Each round: both builds, every benchmark, rows "side,name,real_time,unit" from the console table.
results="$work/times.csv"
: > "$results"
for round in $(seq "$rounds"); do
  for side in before now; do
    for b in assess_bench skill_matcher_bench; do
      # Each build reads the data of its own checkout (RUNGS_SOURCE_DIR is compiled in).
      "${dir[$side]}/$b" --benchmark_color=false 2>/dev/null |
        awk -v side="$side" '$1 ~ /^(BM_|assess)/ { print side "," $1 "," $2 "," $3 }' >> "$results"
    done
  done
  echo "  round $round of $rounds done"
done

echo
echo "wall time, median of $rounds rounds (lower is better)"
printf '%-34s %12s %12s %8s\n' benchmark before now now/before
sort -t, -k2,2 -k1,1 "$results" | awk -F, '
  { key = $2; v[key, $1, ++n[key, $1]] = $3; unit[key] = $4; keys[key] = 1 }
  function median(key, side,   i, j, k, t, a) {
    k = n[key, side]
    for (i = 1; i <= k; i++) a[i] = v[key, side, i]
    for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
    return k % 2 ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2
  }
  END {
    for (key in keys) {
      if (!((key, "before") in n) || !((key, "now") in n)) continue
      b = median(key, "before"); w = median(key, "now")
      printf "%-34s %9.1f %s %9.1f %s %7.2fx\n", key, b, unit[key], w, unit[key], w / b
    }
  }' | sort

command -v valgrind >/dev/null || { echo "(valgrind not installed: no instruction counts)"; exit 0; }
# Instructions per call of FUNCTIONS during a short benchmark run: callgrind counts only while
# one of them runs, and the count is divided by their calls (warm and cold calls alike, so a
# first call's heap state does not decide the figure).
instructions() {  # instructions SIDE BENCH FILTER FUNCTION...
  local side=$1 bench=$2 filter=$3 out="$work/callgrind.$1.out" args=()
  shift 3
  for f in "$@"; do args+=("--toggle-collect=$f"); done
  valgrind --tool=callgrind "${args[@]}" --callgrind-out-file="$out" \
    "${dir[$side]}/$bench" --benchmark_filter="$filter" --benchmark_min_time=0.3 >/dev/null 2>&1
  local total calls
  total=$(awk '/^summary:|^totals:/ { print $2; exit }' "$out")
  # Calls into the first function, from the caller tree: the "<" lines above its "*" line
  # each end in "(12x)".
  calls=$(callgrind_annotate --tree=caller --threshold=100 "$out" 2>/dev/null | awk -v f="${1%\*}" '
    /^ *$/ { sum = 0; next }
    / < / { if (match($0, /\([0-9,]+x\)/)) { n = substr($0, RSTART + 1, RLENGTH - 3); gsub(",", "", n); sum += n } next }
    / \*  / { if (index($0, f)) { print sum; exit } sum = 0 }')
  [[ -z "$calls" || "$calls" -eq 0 ]] && calls=1
  echo $((total / calls))
}
echo
echo "instructions per call, counted by callgrind (lower is better)"
printf '%-34s %12s %12s %8s\n' benchmark before now now/before
while IFS='|' read -r name bench filter functions; do
  read -ra fs <<< "$functions"
  b=$(instructions before "$bench" "$filter" "${fs[@]}")
  w=$(instructions now "$bench" "$filter" "${fs[@]}")
  awk -v n="$name" -v b="$b" -v w="$w" 'BEGIN { printf "%-34s %12d %12d %7.2fx\n", n, b, w, w / b }'
done <<'EOF'
assess/lead_text (read+assess+json)|assess_bench|lead_text|rungs::read_profile_bytes* rungs::Assessor::assess* rungs::render_report_json*
assess/senior_markdown|assess_bench|senior_markdown|rungs::read_profile_bytes* rungs::Assessor::assess* rungs::render_report_json*
BM_BuildMatcher|skill_matcher_bench|BuildMatcher|rungs::SkillMatcher::SkillMatcher*
BM_MatchCorpus|skill_matcher_bench|MatchCorpus|rungs::bench::match_by_line*
BM_SkillEvidence|skill_matcher_bench|SkillEvidence|rungs::find_skill_evidence*
EOF
