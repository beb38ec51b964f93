#!/usr/bin/env bash
# `cmake --install` into a fresh prefix: the binary, its data and snapshot, the PDF and PostgreSQL
# modules, the man page, the bash completion and the systemd unit land where they belong, and
# the installed binary runs from there with no source tree. Usage: install_check.sh BUILD_DIR
set -euo pipefail
build=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
for f in bin/rungs share/rungs/rungs.snapshot share/rungs/openapi.json share/rungs/ladders/india-backend.yaml \
         lib/rungs/librungs_pdf.so lib/rungs/librungs_postgres.so share/man/man1/rungs.1 \
         share/bash-completion/completions/rungs lib/systemd/system/rungs.service; do
  [[ -e "$prefix/$f" ]] || { echo "install_check: $f is not installed" >&2; exit 1; }
done
grep -q '^.SS rungs serve' "$prefix/share/man/man1/rungs.1" || { echo "install_check: the man page lacks rungs serve" >&2; exit 1; }
cd "$prefix"
out=$(env -u RUNGS_DATA_DIR XDG_CACHE_HOME="$prefix/cache" "$prefix/bin/rungs" ladder roles)
grep -q technical-lead <<<"$out" || { echo "install_check: the installed binary found no ladder" >&2; exit 1; }
echo "install_check: installed and runs from $prefix"
