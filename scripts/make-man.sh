#!/usr/bin/env bash
# Writes the man page rungs(1) from the binary's own help, so it never drifts from the commands:
# the overview from `rungs --help`, then one section per command (and subcommand) from
# `rungs help COMMAND`. Usage: scripts/make-man.sh RUNGS_BINARY OUT_FILE
set -euo pipefail
bin=$1
out=$2
version=$("$bin" --version | awk '{print $2}')
# Text as troff: backslashes doubled, a leading dot or quote escaped.
roff() { sed -e 's/\\/\\e/g' -e "s/^\\([.']\\)/\\\\\\&\\1/"; }
commands() { "$@" | awk '/^Subcommands:/ {on=1; next} on && /^  [a-z]/ {print $1} on && /^$/ {on=0}'; }
{
  echo ".TH RUNGS 1 \"\" \"rungs $version\" \"User Commands\""
  echo ".SH NAME"
  echo "rungs \\- where you stand on a backend career ladder, and what to do next"
  echo ".SH SYNOPSIS"
  echo ".B rungs"
  echo "COMMAND [OPTIONS] [ARGS]"
  echo ".SH DESCRIPTION"
  echo ".nf"
  "$bin" --help | roff
  echo ".fi"
  echo ".SH COMMANDS"
  for command in $(commands "$bin" --help); do
    [[ "$command" == help ]] && continue
    echo ".SS rungs $command"
    echo ".nf"
    "$bin" help "$command" | roff
    echo ".fi"
    for sub in $(commands "$bin" help "$command"); do
      echo ".SS rungs $command $sub"
      echo ".nf"
      "$bin" help "$command" "$sub" | roff
      echo ".fi"
    done
  done
  echo ".SH FILES"
  echo "\$XDG_DATA_HOME/rungs/rungs.db (the default store), \$XDG_CACHE_HOME/rungs/ (compiled data snapshots)."
  echo ".SH SEE ALSO"
  echo "The README of the source tree; the API at /openapi.json of a running rungs serve."
} > "$out.tmp"
mv "$out.tmp" "$out"
