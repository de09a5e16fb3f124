#!/usr/bin/env bash
# javac on N (default 1,000) generated entity classes, with and without an annotation
# processor: schemac's processor on schemac-annotated classes, and Hibernate's
# hibernate-jpamodelgen on the same model written with jakarta.persistence. Prints
# hyperfine's table (or, without hyperfine, the best of RUNS plain runs) and the overhead
# of each processor over javac alone. Needs python3, Maven and a JDK 17; hyperfine is
# optional (apt-get install hyperfine).
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
)
order=("schemac classes, javac alone" "schemac classes, schemac processor (check only)"
       "schemac classes, schemac processor (all targets)" "jpa classes, javac alone" "jpa classes, hibernate-jpamodelgen")

# Sanity: each configuration compiles, and the processors did their work.
for label in "${order[@]}"; do
  bash -c "${cmds[$label]}" >"$work/log" 2>&1 || { echo "failed: $label"; cat "$work/log"; exit 1; }
  case "$label" in
    *"all targets"*) test -f "$work/out/schemac/sql/sqlite/schema.sql" ;;
    *jpamodelgen*) test -f "$work/out/bench/E0000_.class" ;;
  esac
done

echo "javac on $N entity classes ($(java -version 2>&1 | head -1); $(nproc) cores)"
declare -A mean
if command -v hyperfine >/dev/null; then
  args=()
  for label in "${order[@]}"; do args+=(-n "$label" "${cmds[$label]}"); done
  hyperfine --warmup 1 --runs "$RUNS" --export-json "$work/h.json" "${args[@]}" >&2
  while IFS=$'\t' read -r label m; do mean[$label]=$m; done < <(python3 -c '
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(r["command"] + "\t" + str(r["mean"]))' "$work/h.json")
else
  for label in "${order[@]}"; do
    best=""
    for _ in $(seq "$RUNS"); do
      s=$(date +%s.%N); bash -c "${cmds[$label]}" >/dev/null 2>&1; e=$(date +%s.%N)
      t=$(echo "$e - $s" | bc)
      if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" = 1 ]; then best=$t; fi
    done
    mean[$label]=$best
  done
fi
printf '\n%-52s %9s %10s\n' configuration "seconds" "overhead"
for label in "${order[@]}"; do
  base=${mean["${label%%,*}, javac alone"]}
  printf '%-52s %9.2f %+9.0f%%\n' "$label" "${mean[$label]}" "$(python3 -c "print(100 * (${mean[$label]} / $base - 1))")"
done
