#!/usr/bin/env bash
# Whole-process benchmark of `schemac pull` on databases of 100 and 1,000 tables (SIZES to
# change): the synthetic model of bench/gen_model.py is generated as DDL and loaded into a
# SQLite file and, when the test servers run (eval "$(scripts/engines.sh start)"), into a
# fresh PostgreSQL database; then each is pulled. Prints wall time (best of 3) and peak
# resident memory. `diff` of each database against the model it was built from is measured
# too, and must find no drift; and `migrate --from-url --dry-run` adopts each database with
# bench/evolve_model.py's next version of the model (about 1% of the fields changed, renames by
# hint among them): pull, baseline, diff and the adoption's SQL for every dialect. Needs python3,
# sqlite3, psql for PostgreSQL, and GNU time.
set -euo pipefail
cd "$(dirname "$0")/.."
./schemac --version >/dev/null
jar=compiler/target/schemac.jar
work=$(mktemp -d /tmp/schemac-bench-pull.XXXXXX)
pg_dbs=()
cleanup() {
  for db in "${pg_dbs[@]}"; do
    PGPASSWORD="$SCHEMAC_PG_PASSWORD" psql -q -h "$SCHEMAC_PG_HOST" -p "$SCHEMAC_PG_PORT" -U "$SCHEMAC_PG_USER" \
      -d "$SCHEMAC_PG_DB" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
  done
  rm -rf "$work"
}
trap cleanup EXIT

measure() { # measure LABEL TABLES URL [MODEL [adopt]]: pull; with MODEL diff (which must find no drift); with adopt migrate --from-url
  local best="" peak=0 secs kb
  local -a cmd=(pull --url "$3" --out "$work/pulled.schema")
  [ -n "${4:-}" ] && cmd=(diff --url "$3" "$4")
  [ -n "${5:-}" ] && cmd=(migrate "$4" --from-url "$3" --name adopt --timestamp 20250301120000 --allow-destructive --dry-run
    -o "$work/adopted")
  for _ in 1 2 3; do
    /usr/bin/time -f '%e %M' -o "$work/t" java -jar "$jar" "${cmd[@]}" \
      >/dev/null 2>"$work/err" || { cat "$work/err"; exit 1; }
    read -r secs kb < "$work/t"
    if [ -z "$best" ] || awk "BEGIN{exit !($secs < $best)}"; then best=$secs; fi
    [ "$kb" -gt "$peak" ] && peak=$kb
  done
  printf '%-11s %7s %9s %11s\n' "$1" "$2" "$best" "$((peak / 1024))"
}

printf '%-11s %7s %9s %11s\n' engine tables "best s" "peak MiB"
for n in ${SIZES:-100 1000}; do
  python3 bench/gen_model.py "$n" > "$work/m$n.schema"
  java -jar "$jar" generate "$work/m$n.schema" -t sqlite,postgres -o "$work/gen$n" >/dev/null 2>&1
  { echo "PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF;"; cat "$work/gen$n/sql/sqlite/schema.sql"; } \
    | sqlite3 -bail "$work/b$n.db" >/dev/null
  measure sqlite "$n" "$work/b$n.db"
  measure "sqlite diff" "$n" "$work/b$n.db" "$work/m$n.schema"
  python3 bench/evolve_model.py "$work/m$n.schema" > "$work/next$n.schema"
  # The model's dialect must be the database's for an adoption (SC979).
  sed 's/^  dialect = postgres$/  dialect = sqlite/' "$work/next$n.schema" > "$work/next$n.sqlite.schema"
  measure "sqlite adopt" "$n" "$work/b$n.db" "$work/next$n.sqlite.schema" adopt
  if [ -n "${SCHEMAC_PG_PORT:-}" ]; then
    db="bench_pull_${n}_$$"
    pg_dbs+=("$db")
    export PGPASSWORD="$SCHEMAC_PG_PASSWORD"
    psql -q -h "$SCHEMAC_PG_HOST" -p "$SCHEMAC_PG_PORT" -U "$SCHEMAC_PG_USER" -d "$SCHEMAC_PG_DB" -c "CREATE DATABASE $db" >/dev/null
    psql -q -v ON_ERROR_STOP=1 -h "$SCHEMAC_PG_HOST" -p "$SCHEMAC_PG_PORT" -U "$SCHEMAC_PG_USER" -d "$db" \
      -f "$work/gen$n/sql/postgres/schema.sql" >/dev/null
    measure postgresql "$n" "postgresql://$SCHEMAC_PG_USER:$SCHEMAC_PG_PASSWORD@$SCHEMAC_PG_HOST:$SCHEMAC_PG_PORT/$db"
    measure "pg diff" "$n" "postgresql://$SCHEMAC_PG_USER:$SCHEMAC_PG_PASSWORD@$SCHEMAC_PG_HOST:$SCHEMAC_PG_PORT/$db" \
      "$work/m$n.schema"
    measure "pg adopt" "$n" "postgresql://$SCHEMAC_PG_USER:$SCHEMAC_PG_PASSWORD@$SCHEMAC_PG_HOST:$SCHEMAC_PG_PORT/$db" \
      "$work/next$n.schema" adopt
  fi
done
