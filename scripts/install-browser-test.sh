#!/usr/bin/env bash
# Installs the browser test's npm packages (playwright-core, pinned by tests/browser's lock file)
# when they are missing or the lock file changed. Chromium itself is Debian's (install-deps.sh);
# nothing downloads a browser.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir="$root/tests/browser"
if ! command -v npm >/dev/null 2>&1; then
  echo "install-browser-test: npm is missing; install Node.js 20 or newer with npm" >&2
  exit 1
fi
stamp="$dir/node_modules/.rungs-lock"
if [[ -f "$stamp" ]] && cmp -s "$stamp" "$dir/package-lock.json"; then exit 0; fi
(cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
cp "$dir/package-lock.json" "$stamp"
