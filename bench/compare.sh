#!/usr/bin/env bash
# schemac against Prisma's own validator, whole processes, as a user runs them.
#
# For each size N (SIZES, default "1000 5000") it writes the bench model (bench/gen_model.py)
# as .schema and, through schemac's own `prisma` target, as the equivalent schema.prisma, then
# runs in turn, RUNS times (default 5):
#   schemac check model.schema
#   node bench/prisma-validate.mjs schema.prisma   (the wasm validator `prisma validate` uses)
#   schemac generate -t sqlite,postgres,mysql,sqlmodel,prisma model.schema
# and prints the median wall and CPU (user + system) time, the median peak resident memory, and the median of the
# per-run ratios schemac / Prisma (alternating runs keep a ratio fair on a machine whose speed
# drifts). Last, `check` of the shop example alone. schemac runs through the installed start
# script (compiler/src/dist/bin/schemac), with its JVM options and class-data-sharing archive;
# SCHEMAC_CDS=off or SCHEMAC_JAVA_OPTS measure other settings. Needs python3, GNU time
# (/usr/bin/time) and tools/node's packages (cd tools/node && npm ci).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
runs=${RUNS:-5}
sizes=${SIZES:-1000 5000}
[ -x /usr/bin/time ] || { echo "compare.sh: GNU time is needed (apt-get install time)" >&2; exit 2; }
[ -d tools/node/node_modules/@prisma/prisma-schema-wasm ] \
  || { echo "compare.sh: Prisma's wasm is missing: cd tools/node && npm ci" >&2; exit 2; }
./schemac --version >/dev/null                       # builds the jar when the sources are newer
schemac=("$root/compiler/src/dist/bin/schemac")
export SCHEMAC_JAR=$root/compiler/target/schemac.jar
work=$(mktemp -d /tmp/schemac-compare.XXXXXX)
trap 'rm -rf "$work"' EXIT
relational=sqlite,postgres,mysql,sqlmodel,prisma

# shellcheck source=bench/timed.sh
. "$root/bench/timed.sh"

echo "load before: $(uptime | sed 's/.*load average/load average/')"
# The first check makes the class-data-sharing archive (when it is missing or stale): not timed.
"${schemac[@]}" check examples/shop/shop.schema >/dev/null 2>&1 || true
for n in $sizes; do
  python3 bench/gen_model.py "$n" > "$work/m$n.schema"
  "${schemac[@]}" generate --no-settings -t prisma --out "$work/p$n" "$work/m$n.schema" >/dev/null 2>&1
  prisma=$work/p$n/prisma/schema.prisma
  node bench/prisma-validate.mjs "$prisma" \
    || { echo "compare.sh: Prisma's validator refuses schemac's schema.prisma for N=$n" >&2; exit 1; }
  for _ in $(seq "$runs"); do
    timed check "$n" "${schemac[@]}" check --no-settings "$work/m$n.schema"
    timed prisma "$n" node bench/prisma-validate.mjs "$prisma"
    rm -rf "$work/g$n"
    timed generate "$n" "${schemac[@]}" generate --no-settings -t "$relational" --out "$work/g$n" "$work/m$n.schema"
  done
done
for _ in $(seq "$runs"); do timed shop 73 "${schemac[@]}" check examples/shop/shop.schema; done
echo "load after:  $(uptime | sed 's/.*load average/load average/')"

python3 - "$work/times" <<'EOF'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
runs = {}
for label, n, secs, cpu, kb in rows:
    runs.setdefault((label, int(n)), []).append((float(secs), int(kb) / 1024, float(cpu)))
med = lambda xs: statistics.median(xs)
print()
print("| work | N | schemac s (cpu s) | schemac MiB | Prisma validate s (cpu s) | Prisma MiB | time ratio (cpu) | memory ratio |")
print("|---|---:|---:|---:|---:|---:|---:|---:|")
sizes = sorted({n for (label, n) in runs if label == "prisma"})
for n in sizes:
    p = runs[("prisma", n)]
    for label in ("check", "generate"):
        s = runs[(label, n)]
        ratio = med([a[0] / b[0] for a, b in zip(s, p)])
        cpu = med([a[2] / b[2] for a, b in zip(s, p)])
        mem = med([a[1] / b[1] for a, b in zip(s, p)])
        work = "check" if label == "check" else "generate (3 SQL dialects, SQLModel, Prisma)"
        print(f"| {work} | {n:,} | {med([x[0] for x in s]):.2f} ({med([x[2] for x in s]):.2f}) "
              f"| {med([x[1] for x in s]):.0f} | {med([x[0] for x in p]):.2f} ({med([x[2] for x in p]):.2f}) "
              f"| {med([x[1] for x in p]):.0f} | {ratio:.2f}x ({cpu:.2f}x) | {mem:.2f}x |")
shop = runs[("shop", 73)]
print(f"| check, shop example | 73 lines | {med([x[0] for x in shop]):.2f} ({med([x[2] for x in shop]):.2f}) "
      f"| {med([x[1] for x in shop]):.0f} | | | | |")
if len(sizes) > 1:
    lo, hi = sizes[0], sizes[-1]
    for label in ("check", "generate", "prisma"):
        t = med([x[0] for x in runs[(label, hi)]]) / med([x[0] for x in runs[(label, lo)]])
        print(f"{label}: t({hi:,}) / t({lo:,}) = {t:.2f}")
EOF
