#!/usr/bin/env bash
# Run a command with a private, throw-away PostgreSQL 15 cluster (REAL-COMPONENTS §1a) and the
# SCHEMAC_PG_* variables pointing at it; the cluster and its directory are removed afterwards.
#
#   tools/node/with-throwaway-pg.sh node tools/node/selftest.mjs
#
# Port: $THROWAWAY_PG_PORT (default 55499; deliberately not 55432). Runs as root (initdb runs as
# the postgres user through runuser), needs the Debian postgresql-15 package.
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: $0 command [args...]" >&2; exit 2; }
PGBIN=/usr/lib/postgresql/15/bin
PORT="${THROWAWAY_PG_PORT:-55499}"
[ -x "$PGBIN/initdb" ] || { echo "$PGBIN/initdb not found: apt-get install -y postgresql-15" >&2; exit 1; }

if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
  echo "port $PORT on 127.0.0.1 is already in use: set THROWAWAY_PG_PORT to a free port" >&2
  exit 1
fi

PG_HOME=$(mktemp -d /tmp/schemac-pg.XXXXXX)
chmod 755 "$PG_HOME"
chown postgres:postgres "$PG_HOME"
cleanup() {
  set +e
  if [ -f "$PG_HOME/data/postmaster.pid" ]; then
    runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PG_HOME/data" -m fast -w stop >/dev/null
  fi
  rm -rf "$PG_HOME"
}
trap cleanup EXIT

runuser -u postgres -- "$PGBIN/initdb" -D "$PG_HOME/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PG_HOME/data" -l "$PG_HOME/server.log" -w -t 60 \
  -o "-p $PORT -c listen_addresses=127.0.0.1 -k $PG_HOME -c fsync=off" start >/dev/null
psql -h 127.0.0.1 -p "$PORT" -U postgres -v ON_ERROR_STOP=1 -q \
  -c "CREATE ROLE app LOGIN PASSWORD 'app'" -c "CREATE DATABASE appdb OWNER app"

export SCHEMAC_PG_HOST=127.0.0.1 SCHEMAC_PG_PORT="$PORT" SCHEMAC_PG_USER=app SCHEMAC_PG_PASSWORD=app SCHEMAC_PG_DB=appdb
set +e
"$@"
rc=$?
exit $rc
