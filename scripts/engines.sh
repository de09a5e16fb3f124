#!/usr/bin/env bash
# scripts/engines.sh start|stop|env|status: the test servers for an interactive session.
#
#   eval "$(scripts/engines.sh start)"   # install/prepare like test.sh, start the three servers in the
#                                        # background, print the export lines (only they go to stdout)
#   mvn -B -pl compiler test -Dtest=...  # tests now find the servers through the SCHEMAC_* variables
#   eval "$(scripts/engines.sh env)"     # the export lines again, e.g. in another shell
#   scripts/engines.sh status            # which run dir, which server pids
#   scripts/engines.sh stop              # stop the servers and delete their data
#
# Same functions, ports and accounts as scripts/test.sh (scripts/lib/engines.sh). The servers of a
# session live in /tmp/schemac-engines-dev.*; the path is remembered per checkout (worktree) in
# ~/.cache/schemac/dev-sessions/, and start/stop/env/status of one checkout are serialized by a lock.
# One session per checkout; sessions of two checkouts, or a session and scripts/test.sh, need
# different ports (SCHEMAC_PG_PORT, SCHEMAC_MARIADB_PORT, SCHEMAC_MYSQL_PORT, or SCHEMAC_PORTS=auto),
# else start fails loudly.
set -euo pipefail

SCHEMAC_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export SCHEMAC_ROOT
# shellcheck source=scripts/lib/engines.sh
source "$SCHEMAC_ROOT/scripts/lib/engines.sh"

STATE_DIR="$SCHEMAC_CACHE_DIR/dev-sessions"
STATE_FILE="$STATE_DIR/${SCHEMAC_ROOT//\//_}" # this checkout's session: the path of its run dir

# current_run: the run dir of the running session, if any (a stale state file is ignored).
current_run() {
  local run
  run=$(cat "$STATE_FILE" 2>/dev/null) || return 1
  [ -n "$run" ] && [ -d "$run" ] || return 1
  echo "$run"
}

# all_up RUN: the three servers of RUN are alive.
all_up() {
  local f pid
  for f in pg/data/postmaster.pid mariadb/mysqld.pid mysql8/mysqld.pid redis/redis.pid ferretdb/ferretdb.pid; do
    pid=$(head -n 1 "$1/$f" 2>/dev/null) && proc_alive "$pid" && proc_in_run "$pid" "$1" || return 1
  done
}

cmd_start() {
  local run
  if run=$(current_run) && all_up "$run"; then
    log "already running in $run"
    cat "$run/env.sh"
    return 0
  fi
  [ -n "${run:-}" ] && { log "cleaning up a previous, incomplete session in $run"; engines_stop "$run"; }
  ensure_packages
  ensure_mysql8_binaries
  ensure_redis_package
  ensure_ferretdb
  tools_python
  tools_node
  engines_reap_stale
  resolve_ports
  run=$(engines_mkrun dev)
  echo "$run" >"$STATE_FILE"
  if ! engines_start "$run"; then
    engines_stop "$run"
    rm -f "$STATE_FILE"
    err "could not start the servers"
    return 1
  fi
  engines_env >"$run/env.sh" # `env` prints it again, with the ports of this session
  log "started; stop them with: scripts/engines.sh stop"
  cat "$run/env.sh"
}

cmd_stop() {
  local run
  if run=$(current_run); then
    engines_stop "$run"
    log "stopped and removed $run"
  else
    log "no session running"
  fi
  rm -f "$STATE_FILE"
}

cmd_env() {
  local run
  if ! run=$(current_run) || ! all_up "$run"; then
    err "no servers running: scripts/engines.sh start"
    return 1
  fi
  cat "$run/env.sh"
}

cmd_status() {
  local run
  if run=$(current_run); then
    if all_up "$run"; then log "running in $run"; else log "INCOMPLETE in $run (scripts/engines.sh stop)"; fi
    log "server pids: $(server_pids "$run" | tr '\n' ' ')"
  else
    log "no session running"
    return 1
  fi
}

case "${1:-}" in
  start | stop | env | status) ;;
  *)
    echo "usage: $0 start|stop|env|status" >&2
    exit 2
    ;;
esac
# a second start/stop of this checkout waits instead of seeing a half-started session; -o: the
# servers started below must not inherit (and hold) the lock
if [ "${SCHEMAC_ENGINES_LOCKED:-}" != "$STATE_FILE" ]; then
  mkdir -p "$STATE_DIR"
  exec env SCHEMAC_ENGINES_LOCKED="$STATE_FILE" flock -o "$STATE_FILE.lock" "$0" "$@"
fi
"cmd_$1"
