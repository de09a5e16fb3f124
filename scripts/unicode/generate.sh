#!/usr/bin/env bash
# scripts/unicode/generate.sh JDK17_HOME JDK_NEWER_HOME: writes naming/UnicodeIdentifiers.java, the fixed
# table of which Basic Multilingual Plane characters a stored name may hold (assigned in Unicode 13.0,
# the oldest version of the tools we meet: Java 17; Python 3.11 knows 14.0) and which of them start or continue a
# Python and a Java identifier in every version this machine has: Java 17 (Unicode 13), the newer JDK,
# this python3 and this node (its own Unicode). A character any of them reads otherwise is no
# identifier's; the table is the intersection, so every later version keeps to it.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
out="$here/../../compiler/src/main/java/dev/schemac/naming/UnicodeIdentifiers.java"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$1/bin/java" "$here/Flags.java" > "$tmp/j17"
"$1/bin/java" "$here/Flags.java" beyond > "$tmp/beyond17"
"$2/bin/java" "$here/Flags.java" > "$tmp/jnew"
node "$here/flags.mjs" > "$tmp/node"
python3 "$here/flags.py" > "$tmp/py"
python3 "$here/combine.py" "$tmp/j17" "$tmp/jnew" "$tmp/node" "$tmp/py" \
  "$("$1/bin/java" -version 2>&1 | head -1)" "$("$2/bin/java" -version 2>&1 | head -1)" \
  "$(python3 --version)" "node $(node -p 'process.version + " (Unicode " + process.versions.unicode + ")"')" "$tmp/beyond17" > "$out"
