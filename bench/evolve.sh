#!/usr/bin/env bash
# Whole-process benchmark of schema evolution: two 10,000-entity models (bench/gen_model.py,
# and bench/evolve_model.py's next version of it with ~1% of the fields changed). The
# history's first migration is written once (not timed); then `schemac migrate --dry-run`
# diffs the snapshot against the new model and renders the migration for every dialect,
# Alembic and Prisma, timed with farm-bench against `schemac check` of the same model (the
# compile that both do) as the yardstick. Needs python3 and farm-bench.
set -euo pipefail
cd "$(dirname "$0")/.."
./schemac --version >/dev/null
jar=$PWD/compiler/target/schemac.jar
n=${ENTITIES:-10000}
work=$(mktemp -d /tmp/schemac-evolve-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
python3 bench/gen_model.py "$n" > "$work/v1.schema"
python3 bench/evolve_model.py "$work/v1.schema" > "$work/v2.schema"
echo "entities: $n; changed lines: $(diff "$work/v1.schema" "$work/v2.schema" | grep -c '^[<>]')"
java -jar "$jar" migrate "$work/v1.schema" --name init --timestamp 20300101000000 --out "$work/out" >/dev/null 2>&1
farm-bench -n "${RUNS:-3}" --timeout 1200 \
  --vs "java -jar $jar check $work/v2.schema" \
  -- java -jar "$jar" migrate "$work/v2.schema" --name change --timestamp 20300102000000 --out "$work/out" \
     --allow-destructive --dry-run
