#!/usr/bin/env bash
# javac on N (default 1,000) generated entity classes, with and without an annotation
# processor: schemac's processor on schemac-annotated classes, and Hibernate's
# hibernate-jpamodelgen and schemac's processor on the same model written with
# jakarta.persistence (the same 1,000 JPA classes for both processors). Prints
# hyperfine's table (or, without hyperfine, the best of RUNS plain runs) and the overhead
# of each processor over javac alone. Needs python3, Maven and a JDK 17; hyperfine is
# optional (apt-get install hyperfine; NO_HYPERFINE=1 uses plain timed runs).
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${N:-1000}
RUNS=${RUNS:-5}

version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -1)
runtime=runtime/target/schemac-runtime-$version.jar
processor=processor/target/schemac-processor-$version.jar
compiler=compiler/target/schemac.jar
if [ ! -f "$runtime" ] || [ ! -f "$processor" ] || [ ! -f "$compiler" ]; then
  mvn -B -q -pl processor -am package -DskipTests
fi

work=$(mktemp -d /tmp/schemac-procbench.XXXXXX)
trap 'rm -rf "$work"' EXIT
mvn -B -q -f bench/processor/pom.xml dependency:copy-dependencies -DoutputDirectory="$work/peers" >/dev/null
python3 bench/processor/gen.py "$N" "$work/src"
find "$work/src/schemac" -name '*.java' | sort > "$work/schemac.files"
find "$work/src/jpa" -name '*.java' | sort > "$work/jpa.files"

sep=:
jpa_api=$(ls "$work"/peers/jakarta.persistence-api-*.jar)
hibernate=$(ls "$work"/peers/*.jar | tr '\n' "$sep")
schemac_path="$runtime$sep$processor$sep$compiler"

# One javac process per run, as a build tool runs it; each run starts from an empty output directory.
javac_cmd() { # label classpath processor-options file-list
  echo "rm -rf $work/out && mkdir -p $work/out && javac --release 17 -d $work/out -cp $2 $3 @$4"
}
declare -A cmds=(
  ["schemac classes, javac alone"]="$(javac_cmd x "$runtime" "-proc:none" "$work/schemac.files")"
  ["schemac classes, schemac processor (all targets)"]="$(javac_cmd x "$runtime" "-processorpath $schemac_path" "$work/schemac.files")"
  ["schemac classes, schemac processor (check only)"]="$(javac_cmd x "$runtime" "-processorpath $schemac_path -Aschemac.targets=none" "$work/schemac.files")"
  ["jpa classes, javac alone"]="$(javac_cmd x "$jpa_api" "-proc:none" "$work/jpa.files")"
  ["jpa classes, hibernate-jpamodelgen"]="$(javac_cmd x "$jpa_api" "-processorpath $hibernate" "$work/jpa.files")"
  ["jpa classes, schemac processor (all targets)"]="$(javac_cmd x "$jpa_api" "-processorpath $schemac_path" "$work/jpa.files")"
)
order=("schemac classes, javac alone" "schemac classes, schemac processor (check only)"
       "schemac classes, schemac processor (all targets)" "jpa classes, javac alone" "jpa classes, hibernate-jpamodelgen"
       "jpa classes, schemac processor (all targets)")

# Sanity: each configuration compiles, and the processors did their work.
for label in "${order[@]}"; do
  bash -c "${cmds[$label]}" >"$work/log" 2>&1 || { echo "failed: $label"; cat "$work/log"; exit 1; }
  case "$label" in
    *"all targets"*) test -f "$work/out/schemac/sql/sqlite/schema.sql" && test -f "$work/out/bench/db/E0000.class" ;;
    *jpamodelgen*) test -f "$work/out/bench/E0000_.class" ;;
  esac
done

echo "javac on $N entity classes ($(java -version 2>&1 | head -1); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg))"
# Per configuration: best and mean wall time, and mean CPU time (user + system), which a
# busy machine disturbs far less than wall time. Overheads are over javac alone on the same classes.
results="$work/results.tsv"
if [ -z "${NO_HYPERFINE:-}" ] && command -v hyperfine >/dev/null; then
  args=()
  for label in "${order[@]}"; do args+=(-n "$label" "${cmds[$label]}"); done
  hyperfine --warmup 1 --runs "$RUNS" --export-json "$work/h.json" "${args[@]}" >&2
  python3 -c '
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print("\t".join([r["command"], str(r["min"]), str(r["mean"]), str(r["user"] + r["system"])]))' "$work/h.json" > "$results"
else
  : > "$results"
  for label in "${order[@]}"; do
    python3 - "$label" "${cmds[$label]}" "$RUNS" >> "$results" <<'PY'
import os, resource, subprocess, sys, time
label, cmd, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
walls, cpus = [], []
for _ in range(runs):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    subprocess.run(["bash", "-c", cmd], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    walls.append(time.monotonic() - start)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
print("\t".join([label, str(min(walls)), str(sum(walls) / runs), str(sum(cpus) / runs)]))
PY
  done
fi
python3 - "$results" <<'PY'
import sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1])]
data = {r[0]: tuple(float(x) for x in r[1:]) for r in rows}
print()
print(f"{'configuration':<50} {'best s':>7} {'mean s':>7} {'CPU s':>7} {'+best':>7} {'+CPU':>7}")
for label, (best, mean, cpu) in data.items():
    base = data[label.split(",")[0] + ", javac alone"]
    print(f"{label:<50} {best:7.2f} {mean:7.2f} {cpu:7.2f} {100 * (best / base[0] - 1):+6.0f}% {100 * (cpu / base[2] - 1):+6.0f}%")
PY
