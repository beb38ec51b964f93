#!/usr/bin/env bash
# Runs CMD with a throwaway PostgreSQL server: a fresh cluster in a temporary folder, reachable
# only through a Unix socket there, with database rungs_test. CMD sees its address in
# RUNGS_TEST_PG (a postgresql:// URL libpq and `rungs --store` take). The server is stopped and
# the folder removed when CMD ends, also when it fails or is interrupted; CMD's exit code is kept.
# initdb refuses to run as root, so as root the server runs as the `postgres` user (created by
# Debian's postgresql package, which scripts/install-deps.sh installs).
# Usage: scripts/with-postgres.sh CMD [ARG...]
set -euo pipefail
[[ $# -ge 1 ]] || { echo "usage: $0 CMD [ARG...]" >&2; exit 2; }

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[[ -x "$bin/initdb" ]] || { echo "with-postgres: no PostgreSQL server; run scripts/install-deps.sh" >&2; exit 1; }

dir=$(mktemp -d "${TMPDIR:-/tmp}/rungs-pg.XXXXXX")
as_server=()
if [[ $(id -u) -eq 0 ]]; then
  chown postgres: "$dir"
  as_server=(runuser -u postgres --)
fi

stop() {
  "${as_server[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT
trap 'exit 130' INT TERM

"${as_server[@]}" "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >"$dir/initdb.log" 2>&1 ||
  { cat "$dir/initdb.log" >&2; exit 1; }
# No TCP at all; fsync off: the tests kill clients, never this throwaway server.
"${as_server[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-k $dir -c listen_addresses= -c fsync=off -c max_connections=100" start >/dev/null ||
  { cat "$dir/server.log" >&2; exit 1; }
"$bin/createdb" -h "$dir" -U postgres rungs_test

export RUNGS_TEST_PG="postgresql:///rungs_test?host=$dir&user=postgres"
status=0
"$@" || status=$?
exit "$status"
