#!/usr/bin/env bash
# Whole-process benchmark of schema evolution: two 10,000-entity models (bench/gen_model.py,
# and bench/evolve_model.py's next version of it with ~1% of the fields changed). The
# history's first migration is written once (not timed); then `schemac migrate --dry-run`
# diffs the snapshot against the new model and renders the migration for every dialect,
# Alembic and Prisma. It runs in turn with `schemac check` of the same model (the compile
# both do) as the yardstick, RUNS times (default 3), and prints the medians of wall and CPU
# time, peak resident memory and the per-pair CPU ratio. Needs python3 and GNU time.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x /usr/bin/time ] || { echo "evolve.sh: GNU time is needed (apt-get install time)" >&2; exit 2; }
./schemac --version >/dev/null
jar=$PWD/compiler/target/schemac.jar
n=${ENTITIES:-10000}
work=$(mktemp -d /tmp/schemac-evolve-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
python3 bench/gen_model.py "$n" > "$work/v1.schema"
python3 bench/evolve_model.py "$work/v1.schema" > "$work/v2.schema"
echo "entities: $n; changed lines: $(diff "$work/v1.schema" "$work/v2.schema" | grep -c '^[<>]'); $(uptime | sed 's/.*load average/load average/')"
java -jar "$jar" migrate "$work/v1.schema" --name init --timestamp 20300101000000 --out "$work/out" >/dev/null 2>&1

timed() {  # label command...: appends "label wall cpu peakKiB" to $work/times
  local label=$1; shift
  /usr/bin/time -f '%e %U %S %M' -o "$work/t" "$@" >/dev/null 2>"$work/err" \
    || { echo "evolve.sh: $label failed" >&2; cat "$work/err" >&2; exit 1; }
  read -r secs user sys kb < "$work/t"
  echo "$label $secs $(awk "BEGIN{print $user + $sys}") $kb" >> "$work/times"
}
for _ in $(seq "${RUNS:-3}"); do
  timed migrate java -jar "$jar" migrate "$work/v2.schema" --name change --timestamp 20300102000000 \
    --out "$work/out" --allow-destructive --dry-run
  timed check java -jar "$jar" check -t none "$work/v2.schema"
done
python3 - "$work/times" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
by = {}
for label, secs, cpu, kb in rows:
    by.setdefault(label, []).append((float(secs), float(cpu), int(kb) / 1048576))
med = statistics.median
for label, xs in by.items():
    print(f"{label:8} wall {med(x[0] for x in xs):7.1f} s  cpu {med(x[1] for x in xs):7.1f} s  peak {med(x[2] for x in xs):5.2f} GiB")
pairs = zip(by["migrate"], by["check"])
print(f"cpu ratio migrate/check (median of pairs): {med(a[1] / b[1] for a, b in pairs):.2f}")
PY
