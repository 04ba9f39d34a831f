#!/usr/bin/env bash
# Makes PostgreSQL and Redis available to the project and writes their addresses to var/services.env:
#   export PG_ADMIN_URL=postgres://USER@HOST:PORT/postgres
#   export REDIS_URL=redis://HOST:PORT
#
#   services.sh ensure [--browser] [--clamav]
#                                   1. DATABASE_URL / REDIS_URL from the environment, when set and reachable
#                                      (PG_ADMIN_URL = the same server, database `postgres`);
#                                   2. otherwise a project-local instance under var/services (PostgreSQL on 127.0.0.1:54329,
#                                      Redis on 127.0.0.1:63790), reused when already running, started when not; when
#                                      another program (another checkout's instance) holds the port, the next free
#                                      one of the following 20 is used and remembered.
#                                   The system instances (5432/6379) are never used unless the URLs point there.
#                                   Missing Debian packages are installed when running as root; otherwise the exact
#                                   packages to install are named. --browser also makes sure /usr/bin/chromium exists;
#                                   --clamav makes sure the ClamAV daemon /usr/sbin/clamd exists (the upload-check
#                                   tests start their own clamd with a custom signature; nothing is started here).
#                                   DVC_SERVICES_FAST=1 starts PostgreSQL with fsync=off (tests only, never npm start).
#   services.sh stop                stops only what `ensure` started (recorded in var/services/started)
#   services.sh status              prints what is configured and what is running
#
# Ports can be fixed with DVC_PG_PORT / DVC_REDIS_PORT (then a taken port is an error, not moved).
set -euo pipefail
cd "$(dirname "$0")/.."

ROOT=$PWD
STATE=$ROOT/var/services
ENV_FILE=$ROOT/var/services.env
STARTED=$STATE/started
PG_PORT=${DVC_PG_PORT:-54329}
REDIS_PORT=${DVC_REDIS_PORT:-63790}
PG_DIR=$STATE/pg
PG_DATA=$PG_DIR/data
PG_SOCKETS=$PG_DIR/sockets
PG_LOG=$PG_DIR/postgres.log
REDIS_DIR=$STATE/redis
REDIS_PID=$REDIS_DIR/redis.pid
REDIS_LOG=$REDIS_DIR/redis.log
APT_LOG=$STATE/apt.log
CHROMIUM=/usr/bin/chromium
CLAMD=/usr/sbin/clamd
REDIS_PORT_FILE=$REDIS_DIR/port
# A project-local instance keeps the port it was started on (it may have moved off the default, see port_to_start_on):
# PostgreSQL's postmaster.pid records it on line 4, Redis's in $REDIS_PORT_FILE.
if [[ -z ${DVC_PG_PORT:-} && -f $PG_DATA/postmaster.pid ]]; then
  recorded=$(sed -n 4p "$PG_DATA/postmaster.pid" 2>/dev/null || true)
  [[ $recorded =~ ^[0-9]+$ ]] && PG_PORT=$recorded
fi
if [[ -z ${DVC_REDIS_PORT:-} && -f $REDIS_PORT_FILE ]]; then
  recorded=$(cat "$REDIS_PORT_FILE" 2>/dev/null || true)
  [[ $recorded =~ ^[0-9]+$ ]] && REDIS_PORT=$recorded
fi
set_local_urls() {
  LOCAL_PG_ADMIN_URL="postgres://postgres@127.0.0.1:$PG_PORT/postgres"
  LOCAL_REDIS_URL="redis://127.0.0.1:$REDIS_PORT"
}
set_local_urls

say() { printf '\033[1m[services]\033[0m %s\n' "$*" >&2; }
die() { say "ERROR: $*"; exit 1; }
is_root() { [[ $(id -u) -eq 0 ]]; }

# ── packages ─────────────────────────────────────────────────────────────────────────────────────────────────────────

NO_PACKAGES_HINT="or start the services with Docker instead:
    docker compose -f docker/compose.yml up -d
    export DATABASE_URL=postgres://dvc:dvc@127.0.0.1:5432/dvc REDIS_URL=redis://127.0.0.1:6379"

apt_lists_empty() { ! compgen -G '/var/lib/apt/lists/*_Packages*' >/dev/null; }

apt_update() {
  say "apt-get update…"
  DEBIAN_FRONTEND=noninteractive apt-get update >>"$APT_LOG" 2>&1 || { tail -n 20 "$APT_LOG" >&2; return 1; }
}

# apt_install WHAT PKG...: installs Debian packages as root (apt-get update only when the install fails or no package
# list exists yet); as another user, or without apt, stops with the exact packages to install.
apt_install() {
  local what=$1; shift
  if ! is_root || ! command -v apt-get >/dev/null; then
    die "$what is missing. Install the packages: sudo apt-get install -y $* (Debian/Ubuntu names), $NO_PACKAGES_HINT"
  fi
  mkdir -p "$STATE"
  say "installing $what: apt-get install -y $* (log: ${APT_LOG#"$ROOT"/})"
  if apt_lists_empty; then apt_update || true; fi
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y "$@" >>"$APT_LOG" 2>&1; then
    apt_update || die "apt-get update failed (see $APT_LOG)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y "$@" >>"$APT_LOG" 2>&1 \
      || { tail -n 20 "$APT_LOG" >&2; die "apt-get install $* failed (see $APT_LOG)"; }
  fi
}

# The PostgreSQL server binaries: the cluster's own major version when it exists, else the newest installed.
pg_bin() {
  local dir
  if [[ -f $PG_DATA/PG_VERSION ]]; then
    dir=/usr/lib/postgresql/$(cat "$PG_DATA/PG_VERSION")/bin
    [[ -x $dir/pg_ctl ]] && { echo "$dir"; return 0; }
  fi
  dir=$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  [[ -x $dir/pg_ctl && -x $dir/initdb ]] && { echo "$dir"; return 0; }
  command -v pg_ctl >/dev/null && command -v initdb >/dev/null && { dirname "$(command -v pg_ctl)"; return 0; }
  return 1
}

# psql and pg_isready: on PATH (postgresql-client), else beside the server binaries.
pg_client() {
  if command -v "$1" >/dev/null; then command -v "$1"; return 0; fi
  local bin; bin=$(pg_bin 2>/dev/null) && [[ -x $bin/$1 ]] && { echo "$bin/$1"; return 0; }
  return 1
}

# ── checks ───────────────────────────────────────────────────────────────────────────────────────────────────────────

# PG_ADMIN_URL for a DATABASE_URL: same server, credentials and options, database `postgres`.
admin_url_of() {
  [[ $1 =~ ^(postgres(ql)?://[^/?]*)(/[^?]*)?(\?.*)?$ ]] || die "DATABASE_URL is not a postgres:// URL: $1"
  echo "${BASH_REMATCH[1]}/postgres${BASH_REMATCH[4]}"
}

# pg_answers URL: the server accepts connections and the URL logs in (pg_isready, then psql `SELECT 1`).
pg_answers() {
  local url=$1 isready psql
  if isready=$(pg_client pg_isready); then
    "$isready" -q -t 3 -d "$url" >/dev/null 2>&1 || return 1
  fi
  if psql=$(pg_client psql); then
    PGCONNECT_TIMEOUT=3 "$psql" "$url" -XAtqc 'SELECT 1' >/dev/null 2>&1
  elif [[ -n ${isready:-} ]]; then
    return 0
  else
    # No PostgreSQL client at all (e.g. DATABASE_URL to a Docker container): the node `pg` driver of the project.
    node -e "
      const { Client } = require('pg'); const c = new Client({ connectionString: process.argv[1], connectionTimeoutMillis: 3000 });
      c.connect().then(() => c.query('SELECT 1')).then(() => c.end()).then(() => process.exit(0), () => process.exit(1));" "$url" 2>/dev/null
  fi
}

pg_query() { PGCONNECT_TIMEOUT=5 "$(pg_client psql)" "$1" -XAtqc "$2"; }

# redis_answers URL: PING answered with PONG (redis-cli, else a raw PING over bash's /dev/tcp).
redis_answers() {
  local url=$1
  if command -v redis-cli >/dev/null; then
    [[ $(timeout 5 redis-cli -u "$url" --no-auth-warning PING 2>/dev/null) == PONG ]]
    return
  fi
  [[ $url =~ ^rediss?://(([^:@/]*)(:([^@/]*))?@)?([^:/?]+)(:([0-9]+))? ]] || return 1
  local password=${BASH_REMATCH[4]} host=${BASH_REMATCH[5]} port=${BASH_REMATCH[7]:-6379}
  timeout 5 bash -c '
    exec 3<>"/dev/tcp/$1/$2" || exit 1
    if [[ -n $3 ]]; then printf "AUTH %s\r\n" "$3" >&3; IFS= read -r -t 3 reply <&3 || exit 1; fi
    printf "PING\r\n" >&3
    IFS= read -r -t 3 reply <&3 || exit 1
    [[ $reply == +PONG* ]]' _ "$host" "$port" "$password" 2>/dev/null
}

pid_alive() { [[ -n ${1:-} ]] && kill -0 "$1" 2>/dev/null; }
port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# port_to_start_on WHAT PORT FIXED_VAR: PORT when nobody listens on it; when another program does (another checkout's
# instance), the first free one of PORT+1 … PORT+20, unless the user fixed the port in FIXED_VAR (then an error).
# Called as VAR=$(…): its messages go to stderr, and a failure stops the script (set -e).
port_to_start_on() {
  local what=$1 port=$2 fixed_var=$3 candidate
  if ! port_taken "$port"; then echo "$port"; return 0; fi
  [[ -z ${!fixed_var:-} ]] || die "port $port ($fixed_var) is taken by a process this project did not start; stop it or choose another port"
  for candidate in $(seq $((port + 1)) $((port + 20))); do
    if ! port_taken "$candidate"; then
      say "port $port is taken by another program (another checkout's $what?); using $candidate"
      echo "$candidate"
      return 0
    fi
  done
  die "ports $port–$((port + 20)) are all taken; set $fixed_var to a free one"
}
local_pg_pid() { [[ -f $PG_DATA/postmaster.pid ]] && head -n 1 "$PG_DATA/postmaster.pid"; }
local_redis_pid() { [[ -f $REDIS_PID ]] && cat "$REDIS_PID"; }
# Running, and on the port this run uses (postmaster.pid's line 4): a project instance on another port is not it.
local_pg_running() {
  local pid; pid=$(local_pg_pid) && pid_alive "$pid" && [[ $(sed -n 4p "$PG_DATA/postmaster.pid") == "$PG_PORT" ]] && pg_answers "$LOCAL_PG_ADMIN_URL"
}
local_redis_running() { local pid; pid=$(local_redis_pid) && pid_alive "$pid" && redis_answers "$LOCAL_REDIS_URL"; }

mark_started() { grep -qx "$1" "$STARTED" 2>/dev/null || echo "$1" >>"$STARTED"; }
was_started() { grep -qx "$1" "$STARTED" 2>/dev/null; }
unmark_started() {
  [[ -f $STARTED ]] || return 0
  grep -vx "$1" "$STARTED" >"$STARTED.tmp" || true
  mv "$STARTED.tmp" "$STARTED"
  [[ -s $STARTED ]] || rm -f "$STARTED"
}

as_postgres() { if is_root; then runuser -u postgres -- "$@"; else "$@"; fi; }

# ── PostgreSQL ───────────────────────────────────────────────────────────────────────────────────────────────────────

# unaccent and pg_trgm must be installable in the server of $1 (the migrations create them).
check_pg_extensions() {
  local url=$1 found
  found=$(pg_query "$url" "SELECT count(*) FROM pg_available_extensions WHERE name IN ('unaccent','pg_trgm')" 2>/dev/null || echo 0)
  [[ $found == 2 ]]
}

ensure_postgres() {
  if [[ -n ${DATABASE_URL:-} ]]; then
    if pg_answers "$DATABASE_URL"; then
      PG_ADMIN_URL=$(admin_url_of "$DATABASE_URL")
      pg_answers "$PG_ADMIN_URL" \
        || say "warning: $PG_ADMIN_URL does not answer; scripts that create databases through it will fail"
      if pg_client psql >/dev/null && ! check_pg_extensions "$PG_ADMIN_URL"; then
        die "the PostgreSQL server of DATABASE_URL lacks the unaccent/pg_trgm extensions (package postgresql-contrib, or the postgres:15 image)"
      fi
      say "PostgreSQL: using DATABASE_URL's server"
      return
    fi
    say "DATABASE_URL is set but does not answer; using a project-local PostgreSQL instead"
  fi
  PG_ADMIN_URL=$LOCAL_PG_ADMIN_URL

  local bin
  if ! bin=$(pg_bin) || ! pg_client psql >/dev/null || ! pg_client pg_isready >/dev/null; then
    # Debian 12: the postgresql-15 package (pulled by `postgresql`) carries unaccent and pg_trgm.
    apt_install PostgreSQL postgresql postgresql-contrib
    bin=$(pg_bin) || die "PostgreSQL binaries still not found after the install"
  fi
  # Debian layout: /usr/lib/postgresql/15/bin -> /usr/share/postgresql/15/extension (other layouts: checked by SQL below).
  local major; major=$(basename "$(dirname "$bin")")
  if [[ $bin == /usr/lib/postgresql/*/bin ]] \
    && [[ ! -f /usr/share/postgresql/$major/extension/unaccent.control || ! -f /usr/share/postgresql/$major/extension/pg_trgm.control ]]; then
    apt_install "the PostgreSQL extensions unaccent and pg_trgm" postgresql-contrib
  fi

  if local_pg_running; then
    say "PostgreSQL: project-local instance already running on 127.0.0.1:$PG_PORT (pid $(local_pg_pid))"
    check_pg_extensions "$PG_ADMIN_URL" || die "unaccent/pg_trgm are not available in the project-local PostgreSQL"
    return
  fi
  PG_PORT=$(port_to_start_on PostgreSQL "$PG_PORT" DVC_PG_PORT)
  set_local_urls
  PG_ADMIN_URL=$LOCAL_PG_ADMIN_URL

  if is_root; then
    # PostgreSQL refuses to run as root: the cluster belongs to the postgres user.
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
    mkdir -p "$PG_SOCKETS"
    chown -R postgres: "$PG_DIR"
    chmod 755 "$ROOT/var" "$STATE"
    runuser -u postgres -- test -w "$PG_DIR" \
      || die "the postgres user cannot reach $PG_DIR (a parent folder is not traversable): make the checkout world-readable"
  else
    mkdir -p "$PG_SOCKETS"
  fi
  if [[ ! -f $PG_DATA/PG_VERSION ]]; then
    say "creating a PostgreSQL cluster in ${PG_DATA#"$ROOT"/}"
    as_postgres "$bin/initdb" -D "$PG_DATA" -A trust -U postgres --encoding=UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 \
      || { tail -n 20 "$PG_DIR/initdb.log" >&2; die "initdb failed (log: $PG_DIR/initdb.log)"; }
  fi
  local options="-p $PG_PORT -k $PG_SOCKETS -c listen_addresses=127.0.0.1 -c max_connections=200"
  if [[ ${DVC_SERVICES_FAST:-0} == 1 ]]; then options+=" -c fsync=off -c synchronous_commit=off"; fi
  say "starting PostgreSQL on 127.0.0.1:$PG_PORT$([[ ${DVC_SERVICES_FAST:-0} == 1 ]] && echo ' (test mode: fsync=off)')"
  # 9>&-: the server must not inherit the lock on $STATE/.lock, or every later `ensure` would wait for it forever.
  as_postgres "$bin/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -t 60 -o "$options" start >/dev/null 9>&- \
    || { tail -n 20 "$PG_LOG" >&2; die "PostgreSQL did not start (log: $PG_LOG)"; }
  mark_started postgres
  pg_answers "$PG_ADMIN_URL" || die "PostgreSQL started but does not answer at $PG_ADMIN_URL (log: $PG_LOG)"
  check_pg_extensions "$PG_ADMIN_URL" || die "unaccent/pg_trgm are not available in the project-local PostgreSQL"
}

# ── Redis ────────────────────────────────────────────────────────────────────────────────────────────────────────────

ensure_redis() {
  if [[ -n ${REDIS_URL:-} ]]; then
    if redis_answers "$REDIS_URL"; then say "Redis: using REDIS_URL"; return; fi
    say "REDIS_URL is set but does not answer; using a project-local Redis instead"
  fi
  REDIS_URL=$LOCAL_REDIS_URL
  if local_redis_running; then
    say "Redis: project-local instance already running on 127.0.0.1:$REDIS_PORT (pid $(local_redis_pid))"
    return
  fi
  REDIS_PORT=$(port_to_start_on Redis "$REDIS_PORT" DVC_REDIS_PORT)
  set_local_urls
  REDIS_URL=$LOCAL_REDIS_URL
  command -v redis-server >/dev/null || apt_install Redis redis-server
  mkdir -p "$REDIS_DIR"
  echo "$REDIS_PORT" >"$REDIS_PORT_FILE"
  say "starting Redis on 127.0.0.1:$REDIS_PORT"
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --daemonize yes --save '' --appendonly no --dir "$REDIS_DIR" \
    --pidfile "$REDIS_PID" --logfile "$REDIS_LOG" >/dev/null 9>&-
  local i
  for i in $(seq 1 50); do redis_answers "$REDIS_URL" && break; sleep 0.1; done
  redis_answers "$REDIS_URL" || { tail -n 20 "$REDIS_LOG" >&2 2>/dev/null || true; die "Redis did not start (log: $REDIS_LOG)"; }
  for i in $(seq 1 20); do [[ -s $REDIS_PID ]] && break; sleep 0.1; done
  mark_started redis
}

# ── browser ──────────────────────────────────────────────────────────────────────────────────────────────────────────

ensure_browser() {
  if [[ ! -x $CHROMIUM ]]; then
    is_root || die "Chromium is needed for the browser tests and $CHROMIUM is missing. Install it: sudo apt-get install -y chromium fonts-liberation fonts-noto-core"
    apt_install "Chromium and fonts" chromium fonts-liberation fonts-noto-core
    [[ -x $CHROMIUM ]] || die "apt-get installed chromium but $CHROMIUM is still missing"
  elif is_root && ! dpkg-query -W -f='${Status}' fonts-noto-core 2>/dev/null | grep -q 'ok installed'; then
    apt_install "fonts with Vietnamese glyphs" fonts-liberation fonts-noto-core \
      || say "warning: fonts-noto-core could not be installed; Vietnamese text may render with fallback fonts"
  fi
  say "Chromium: $CHROMIUM"
}

# ── ClamAV ───────────────────────────────────────────────────────────────────────────────────────────────────────────

# Only the binaries: the tests run their own clamd (temporary config, a custom signature) and no signatures can be
# downloaded here, so no daemon is started and freshclam is never run by this script.
ensure_clamav() {
  if [[ ! -x $CLAMD ]]; then
    is_root || die "ClamAV is needed for the upload-check tests and $CLAMD is missing. Install it: sudo apt-get install -y clamav clamav-daemon"
    local started=$SECONDS
    apt_install "ClamAV" clamav clamav-daemon
    [[ -x $CLAMD ]] || die "apt-get installed clamav-daemon but $CLAMD is still missing"
    say "ClamAV installed in $((SECONDS - started)) s"
  fi
  say "ClamAV: $CLAMD"
}

# ── commands ─────────────────────────────────────────────────────────────────────────────────────────────────────────

cmd_ensure() {
  local browser=0 clamav=0 arg
  for arg in "$@"; do
    case $arg in
      --browser) browser=1 ;;
      --clamav) clamav=1 ;;
      *) die "unknown option for ensure: $arg" ;;
    esac
  done
  mkdir -p "$STATE"
  # One `ensure` at a time (test, start and bench may run together).
  exec 9>"$STATE/.lock"
  flock -w 300 9 || die "another services.sh ensure holds $STATE/.lock"
  if (( browser )); then ensure_browser; fi
  if (( clamav )); then ensure_clamav; fi
  ensure_postgres
  ensure_redis
  printf 'export PG_ADMIN_URL=%q\nexport REDIS_URL=%q\n' "$PG_ADMIN_URL" "$REDIS_URL" >"$ENV_FILE.tmp"
  mv "$ENV_FILE.tmp" "$ENV_FILE"
  say "PostgreSQL: $PG_ADMIN_URL   Redis: $REDIS_URL   (written to var/services.env)"
}

cmd_stop() {
  mkdir -p "$STATE"
  exec 9>"$STATE/.lock"
  flock -w 300 9 || die "another services.sh command holds $STATE/.lock"
  if was_started postgres; then
    if local_pg_running || [[ -f $PG_DATA/postmaster.pid ]]; then
      local bin; bin=$(pg_bin) || die "pg_ctl not found"
      as_postgres "$bin/pg_ctl" -D "$PG_DATA" -m fast -w -t 60 stop >/dev/null || say "warning: pg_ctl stop failed"
      say "stopped the project-local PostgreSQL (127.0.0.1:$PG_PORT)"
    fi
    unmark_started postgres
  fi
  if was_started redis; then
    local pid; pid=$(local_redis_pid || true)
    if pid_alive "$pid"; then
      kill -TERM "$pid"
      local i
      for i in $(seq 1 50); do pid_alive "$pid" || break; sleep 0.1; done
      pid_alive "$pid" && say "warning: Redis (pid $pid) did not exit within 5 s"
      say "stopped the project-local Redis (127.0.0.1:$REDIS_PORT)"
    fi
    rm -f "$REDIS_PID" "$REDIS_PORT_FILE"
    unmark_started redis
  fi
  say "stop done (only what ensure started is ever stopped)"
}

cmd_status() {
  local pid line
  if [[ -f $ENV_FILE ]]; then
    echo "var/services.env:"; sed 's/^/  /' "$ENV_FILE"
  else
    echo "var/services.env: missing (run: bash scripts/services.sh ensure)"
  fi
  if [[ -s $STARTED ]]; then echo "started by ensure: $(tr '\n' ' ' <"$STARTED")"; else echo "started by ensure: nothing"; fi
  if local_pg_running; then
    line="up on 127.0.0.1:$PG_PORT, pid $(local_pg_pid), data ${PG_DATA#"$ROOT"/}"
    [[ $(pg_query "$LOCAL_PG_ADMIN_URL" 'SHOW fsync' 2>/dev/null) == off ]] && line+=" (fsync=off: test mode)"
    echo "project PostgreSQL: $line"
  else
    echo "project PostgreSQL: down"
  fi
  if local_redis_running; then
    echo "project Redis:      up on 127.0.0.1:$REDIS_PORT, pid $(local_redis_pid)"
  else
    echo "project Redis:      down"
  fi
  if [[ -f $ENV_FILE ]]; then
    # shellcheck disable=SC1090
    (source "$ENV_FILE"
     if pg_answers "$PG_ADMIN_URL"; then echo "PG_ADMIN_URL answers"; else echo "PG_ADMIN_URL does NOT answer"; fi
     if redis_answers "$REDIS_URL"; then echo "REDIS_URL answers"; else echo "REDIS_URL does NOT answer"; fi)
  fi
  if [[ -x $CHROMIUM ]]; then echo "chromium: $CHROMIUM"; else echo "chromium: missing (ensure --browser installs it)"; fi
  if [[ -x $CLAMD ]]; then echo "clamd: $CLAMD"; else echo "clamd: missing (ensure --clamav installs it)"; fi
}

case ${1:-ensure} in
  ensure) shift || true; cmd_ensure "$@" ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  -h | --help | help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//' ;;
  *) die "usage: services.sh ensure [--browser] [--clamav] | stop | status" ;;
esac
