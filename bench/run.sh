#!/usr/bin/env bash
# Whole-process benchmark of `schemac check` (parse, resolve, lower, checks) and of
# `schemac generate` (all targets) on synthetic models of 100, 1,000 and 10,000 entities.
# Prints wall time (best of 3) and peak resident memory. Needs python3 and GNU time
# (apt-get install time); builds the jar first if needed.
set -euo pipefail
cd "$(dirname "$0")/.."
./schemac --version >/dev/null
jar=compiler/target/schemac.jar
work=$(mktemp -d /tmp/schemac-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
printf '%-9s %-9s %9s %9s %11s\n' command entities lines "best s" "peak MiB"
for n in ${SIZES:-100 1000 10000}; do
  python3 bench/gen_model.py "$n" > "$work/m$n.schema"
  lines=$(wc -l < "$work/m$n.schema")
  for cmd in check generate; do
    best=""; peak=0
    for _ in 1 2 3; do
      args=("$cmd" "$work/m$n.schema")
      [ "$cmd" = generate ] && args+=(--out "$work/out$n")
      /usr/bin/time -f '%e %M' -o "$work/t" java -jar "$jar" "${args[@]}" >/dev/null 2>"$work/err" || { cat "$work/err"; exit 1; }
      read -r secs kb < "$work/t"
      if [ -z "$best" ] || awk "BEGIN{exit !($secs < $best)}"; then best=$secs; fi
      [ "$kb" -gt "$peak" ] && peak=$kb
    done
    printf '%-9s %-9s %9s %9s %11s\n' "$cmd" "$n" "$lines" "$best" "$((peak / 1024))"
  done
done
