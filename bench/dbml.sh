#!/usr/bin/env bash
# schemac's PostgreSQL DDL against dbml2sql's (@dbml/cli), whole processes, as a user runs them.
#
# For each size N (SIZES, default "1000 5000") it writes the bench model (bench/gen_model.py)
# as .schema and, with `gen_model.py --dbml`, as the DBML of the same tables (columns, keys,
# foreign keys, enum, indexes), then runs in turn, RUNS times (default 5):
#   dbml2sql --postgres model.dbml
#   schemac generate -t postgres model.schema
# and prints the median wall and CPU (user + system) time, the median peak resident memory and
# the median of the per-run ratios dbml2sql / schemac (alternating runs keep a ratio fair on a
# machine whose speed drifts). @dbml/cli is installed once under bench/.dbml (npm, pinned).
# Needs python3, node with npm, and GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
runs=${RUNS:-5}
sizes=${SIZES:-1000 5000}
dbml_cli=6.6.0
[ -x /usr/bin/time ] || { echo "dbml.sh: GNU time is needed (apt-get install time)" >&2; exit 2; }
tools=$root/bench/.dbml
if [ ! -x "$tools/node_modules/.bin/dbml2sql" ]; then
  mkdir -p "$tools"
  (cd "$tools" && npm install --silent --no-audit --no-fund --prefix . "@dbml/cli@$dbml_cli" >/dev/null) \
    || { echo "dbml.sh: installing @dbml/cli $dbml_cli with npm failed" >&2; exit 2; }
fi
dbml2sql=$tools/node_modules/.bin/dbml2sql
./schemac --version >/dev/null                       # builds the jar when the sources are newer
schemac=("$root/compiler/src/dist/bin/schemac")
export SCHEMAC_JAR=$root/compiler/target/schemac.jar
work=$(mktemp -d /tmp/schemac-dbml.XXXXXX)
trap 'rm -rf "$work"' EXIT

# shellcheck source=bench/timed.sh
. "$root/bench/timed.sh"

echo "load before: $(uptime | sed 's/.*load average/load average/')"
"${schemac[@]}" check examples/shop/shop.schema >/dev/null 2>&1 || true   # makes the CDS archive: not timed
for n in $sizes; do
  python3 bench/gen_model.py "$n" > "$work/m$n.schema"
  python3 bench/gen_model.py "$n" --dbml > "$work/m$n.dbml"
  for _ in $(seq "$runs"); do
    # dbml2sql leaves a dbml-error.log in its working folder: it runs in the scratch folder.
    (cd "$work" && timed dbml2sql "$n" "$dbml2sql" --postgres "$work/m$n.dbml" -o "$work/d$n.sql")
    rm -rf "$work/g$n"
    timed schemac "$n" "${schemac[@]}" generate --no-settings -t postgres --out "$work/g$n" "$work/m$n.schema"
  done
  echo "N=$n: dbml2sql wrote $(grep -c 'CREATE TABLE' "$work/d$n.sql") tables," \
       "schemac $(grep -c 'CREATE TABLE' "$work/g$n/sql/postgres/schema.sql")"
done
echo "load after:  $(uptime | sed 's/.*load average/load average/')"

python3 - "$work/times" <<'PY'
import statistics, sys
runs = {}
for label, n, secs, cpu, kb in (l.split() for l in open(sys.argv[1])):
    runs.setdefault((label, int(n)), []).append((float(secs), float(cpu), int(kb) / 1024))
med = statistics.median
print()
print("| N | schemac -t postgres s (cpu s) | MiB | dbml2sql --postgres s (cpu s) | MiB | dbml2sql / schemac time (cpu) |")
print("|---:|---:|---:|---:|---:|---:|")
for n in sorted({n for (_, n) in runs}):
    s, d = runs[("schemac", n)], runs[("dbml2sql", n)]
    ratio = med([b[0] / a[0] for a, b in zip(s, d)])
    cpu = med([b[1] / a[1] for a, b in zip(s, d)])
    print(f"| {n:,} | {med([x[0] for x in s]):.2f} ({med([x[1] for x in s]):.2f}) | {med([x[2] for x in s]):.0f} "
          f"| {med([x[0] for x in d]):.2f} ({med([x[1] for x in d]):.2f}) | {med([x[2] for x in d]):.0f} "
          f"| {ratio:.2f}x ({cpu:.2f}x) |")
PY
