#!/usr/bin/env bash
# Runs every libFuzzer target in FOLDER for SECONDS each on a scratch copy of its seed corpus
# (fuzz/corpus/<target without _fuzz>). Exits non-zero on the first crash.
set -euo pipefail
folder=$1
seconds=${2:-30}
root=$(cd "$(dirname "$0")/.." && pwd)
export RUNGS_DATA_DIR="$root/data"
folder=$(cd "$folder" && pwd)
for target in "$folder"/*_fuzz; do
  name=$(basename "$target" _fuzz)
  work=$(mktemp -d)
  cp -r "$root/fuzz/corpus/$name/." "$work/" 2>/dev/null || true
  echo "fuzz: $name for ${seconds}s"
  mkdir -p "$root/build/fuzz-artifacts"
  (cd "$work" && "$target" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 \
      -artifact_prefix="$root/build/fuzz-artifacts/$name-" . 2>&1 | tail -n 3)
  rm -rf "$work"
done
