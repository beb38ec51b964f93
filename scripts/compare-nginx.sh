#!/usr/bin/env bash
# The server under load, in one run on 127.0.0.1 with Debian's wrk (64 connections, SECONDS each):
#   GET /v1/ladder from `rungs serve` against nginx serving the same JSON as a static file (ratio);
#   POST /v1/assess with the bundled text resume.
# Prints requests per second, p99 latency and errors for each. Nothing leaves the machine.
# Usage: scripts/compare-nginx.sh [SECONDS]   (30 by default; RUNGS_BIN picks the binary)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-30}
bin=${RUNGS_BIN:-$root/build/release/src/rungs}
for tool in wrk nginx curl; do
  command -v "$tool" >/dev/null || [[ -x /usr/sbin/$tool ]] || { echo "compare-nginx: $tool is missing: scripts/install-deps.sh bench" >&2; exit 1; }
done
[[ -x "$bin" ]] || { echo "compare-nginx: no rungs binary at $bin (make build)" >&2; exit 1; }
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

tmp=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [[ -f "$tmp/nginx.pid" ]] && kill "$(cat "$tmp/nginx.pid")" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

"$bin" serve --port 0 2>"$tmp/serve.log" & pids+=($!)
for _ in $(seq 100); do grep -q "listening on" "$tmp/serve.log" && break; sleep 0.1; done
rungs_url=$(grep -o 'http://127.0.0.1:[0-9]*' "$tmp/serve.log" | head -n 1 || true)
[[ -n "$rungs_url" ]] || { cat "$tmp/serve.log" >&2; exit 1; }

mkdir -p "$tmp/www/v1"
curl -sf "$rungs_url/v1/ladder" > "$tmp/www/v1/ladder"
port=$(( 20000 + RANDOM % 20000 ))
user_line=""
[[ $(id -u) -eq 0 ]] && user_line="user root;"
cat > "$tmp/nginx.conf" <<CONF
$user_line
worker_processes auto;
pid $tmp/nginx.pid;
error_log $tmp/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  server {
    listen 127.0.0.1:$port;
    root $tmp/www;
    location / { default_type application/json; }
  }
}
CONF
chmod -R a+rX "$tmp"
"$nginx_bin" -c "$tmp/nginx.conf" -p "$tmp" -e "$tmp/nginx-error.log"
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/v1/ladder" >/dev/null && break; sleep 0.1; done
cmp -s <(curl -s "http://127.0.0.1:$port/v1/ladder") "$tmp/www/v1/ladder" || { echo "compare-nginx: nginx serves another body" >&2; exit 1; }

cat > "$tmp/assess.lua" <<LUA
local f = io.open("$root/examples/resumes/priya-senior.md", "rb")
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "text/markdown"
LUA

# wrk's figures: requests per second, the p99 latency in ms, and the errors (non-2xx and socket).
measure() {
  local out
  out=$(wrk -t2 -c64 -d"${seconds}s" --latency "$@" 2>&1)
  local rps p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; print v}' <<<"$out")
  errors=$(awk '/Non-2xx/ {n+=$NF} /Socket errors/ {gsub(",",""); n+=$4+$6+$8+$10} END {print n+0}' <<<"$out")
  echo "$rps $p99 $errors"
}

echo "compare-nginx: 64 connections, ${seconds}s each, on $(nproc) cores"
read -r ladder_rps ladder_p99 ladder_errors < <(measure "$rungs_url/v1/ladder")
read -r nginx_rps nginx_p99 nginx_errors < <(measure "http://127.0.0.1:$port/v1/ladder")
read -r assess_rps assess_p99 assess_errors < <(measure -s "$tmp/assess.lua" "$rungs_url/v1/assess")
printf '%-34s %12s %10s %8s\n' "what" "requests/s" "p99 ms" "errors"
printf '%-34s %12s %10s %8s\n' "rungs GET /v1/ladder" "$ladder_rps" "$ladder_p99" "$ladder_errors"
printf '%-34s %12s %10s %8s\n' "nginx, the same JSON as a file" "$nginx_rps" "$nginx_p99" "$nginx_errors"
printf '%-34s %12s %10s %8s\n' "rungs POST /v1/assess (text)" "$assess_rps" "$assess_p99" "$assess_errors"
awk -v a="$ladder_rps" -v b="$nginx_rps" 'BEGIN {printf "rungs GET /v1/ladder at %.2fx nginx\n", a / b}'
