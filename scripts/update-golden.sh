#!/usr/bin/env bash
# Regenerates every checked-in golden output (examples/*/generated and the expected
# diagnostics of the tests), so that a change to a generator shows up as a reviewable diff.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -pl compiler -am test -Dschemac.update=true \
  -Dtest='GoldenOutputTest,HistoryExampleTest,*ExpectedDiagnostics*,*DocTest' -Dsurefire.failIfNoSpecifiedTests=false
git status --short examples compiler/src/test/resources docs
