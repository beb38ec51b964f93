#!/usr/bin/env bash
# Installs the Debian packages rungs needs that are missing; quiet when all are there.
# Usage: scripts/install-deps.sh [build|fuzz|bench]   (default: build, which the tests also need)
# Works as root or through sudo; idempotent.
set -euo pipefail

build_packages=(
  g++ cmake make pkg-config ccache
  libyaml-cpp-dev nlohmann-json3-dev libcli11-dev
  libpoppler-cpp-dev libzip-dev libpugixml-dev libutf8proc-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  libsqlite3-dev libpqxx-dev  # the store: SQLite embedded, PostgreSQL shared (src/store)
  libcpp-httplib-dev  # rungs serve (src/server)
  postgresql  # the throwaway server the store's tests run against (scripts/with-postgres.sh)
  nodejs chromium  # the browser test of the HTML report (tests/browser)
)
fuzz_packages=(clang-16 libclang-rt-16-dev)
# ripgrep: the peer scripts/compare-ripgrep.sh times; valgrind: callgrind counts instructions for
# scripts/compare-bench.sh; hyperfine and GNU time: scripts/compare-startup.sh's timings and peak
# memory (its peer, bench/peers, comes from npm, which ships with Node.js). wrk and nginx: scripts/compare-nginx.sh, the server under load against a static file server.
bench_packages=(ripgrep valgrind hyperfine time wrk nginx)

case "${1:-build}" in
  build) wanted=("${build_packages[@]}") ;;
  fuzz) wanted=("${build_packages[@]}" "${fuzz_packages[@]}") ;;
  bench) wanted=("${build_packages[@]}" "${bench_packages[@]}") ;;
  *) echo "usage: $0 [build|fuzz|bench]" >&2; exit 2 ;;
esac

missing=()
for pkg in "${wanted[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ $(id -u) -eq 0 ]]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo)
else
  echo "install-deps: missing packages (${missing[*]}) and not root; no sudo to install them" >&2
  exit 1
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
