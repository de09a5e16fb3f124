#!/usr/bin/env bash
# Run the harness self-test against throw-away private servers:
#   PostgreSQL 15 (required) and MariaDB (optional; only if mariadbd is installed).
# Creates tools/python/.venv first if it is missing. Needs root (initdb runs as
# postgres via runuser, REAL-COMPONENTS §1a / §2a). Servers listen on 127.0.0.1 only
# and are stopped, and their directories removed, on exit.
#
#   bash tools/python/selftest/run_with_servers.sh            # ports 55498 / 33398
#   PG_PORT=55499 MY_PORT=33399 bash tools/python/selftest/run_with_servers.sh
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
TOOLS="$(dirname "$HERE")"
PY="$TOOLS/.venv/bin/python"
PG_PORT="${PG_PORT:-55498}"
MY_PORT="${MY_PORT:-33398}"
PGBIN="${PGBIN:-/usr/lib/postgresql/15/bin}"

if [ ! -x "$PY" ]; then
  python3 -m venv "$TOOLS/.venv"
  "$TOOLS/.venv/bin/pip" install -q -r "$TOOLS/requirements.txt"
fi

RUN_DIR="$(mktemp -d /tmp/schemac-pyharness-db.XXXXXX)"
chmod 755 "$RUN_DIR"
PG_HOME="$RUN_DIR/pg"
MY_HOME="$RUN_DIR/my"
MY_PID=""
cleanup() {
  set +e
  if [ -f "$PG_HOME/data/postmaster.pid" ]; then
    runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PG_HOME/data" -m fast -w stop >/dev/null
  fi
  if [ -S "$MY_HOME/mysqld.sock" ]; then
    mariadb-admin --no-defaults --socket="$MY_HOME/mysqld.sock" -u root shutdown
  fi
  if [ -n "$MY_PID" ]; then wait "$MY_PID" 2>/dev/null; fi
  rm -rf "$RUN_DIR"
}
trap cleanup EXIT

install -d -o postgres -g postgres "$PG_HOME"
runuser -u postgres -- "$PGBIN/initdb" -D "$PG_HOME/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PG_HOME/data" -l "$PG_HOME/server.log" -w -t 60 \
  -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $PG_HOME -c fsync=off" start >/dev/null
psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -q \
  -c "CREATE ROLE app LOGIN PASSWORD 'app'" -c "CREATE DATABASE appdb OWNER app"
export SCHEMAC_PG_HOST=127.0.0.1 SCHEMAC_PG_PORT="$PG_PORT" SCHEMAC_PG_USER=app SCHEMAC_PG_PASSWORD=app SCHEMAC_PG_DB=appdb

if command -v mariadbd >/dev/null && command -v mariadb-install-db >/dev/null; then
  install -d -o mysql -g mysql "$MY_HOME"
  mariadb-install-db --no-defaults --user=mysql --datadir="$MY_HOME/data" \
    --auth-root-authentication-method=socket --skip-test-db >/dev/null 2>&1
  mariadbd --no-defaults --user=mysql --datadir="$MY_HOME/data" --socket="$MY_HOME/mysqld.sock" \
    --pid-file="$MY_HOME/mysqld.pid" --port="$MY_PORT" --bind-address=127.0.0.1 --skip-name-resolve \
    --log-error="$MY_HOME/mysqld.err" >/dev/null 2>&1 &
  MY_PID=$!
  mariadb-admin --no-defaults --socket="$MY_HOME/mysqld.sock" --wait=30 --connect-timeout=2 ping >/dev/null
  mariadb --no-defaults --socket="$MY_HOME/mysqld.sock" -u root -e \
    "CREATE DATABASE appdb; CREATE USER 'app'@'%' IDENTIFIED BY 'app'; GRANT ALL ON appdb.* TO 'app'@'%';"
  export SCHEMAC_MYSQL_HOST=127.0.0.1 SCHEMAC_MYSQL_PORT="$MY_PORT" SCHEMAC_MYSQL_USER=app \
    SCHEMAC_MYSQL_PASSWORD=app SCHEMAC_MYSQL_DB=appdb
else
  echo "mariadbd not installed: MySQL checks will be skipped (apt-get install -y mariadb-server)" >&2
fi

"$PY" "$HERE/run_selftest.py" "$@"
