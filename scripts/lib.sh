# Shared by start.sh, test.sh and bench.sh (sourced, not run).

export NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false NX_SKIP_NX_CACHE=${NX_SKIP_NX_CACHE:-false} NG_CLI_ANALYTICS=false

log() { printf '\033[1m[dvc]\033[0m %s\n' "$*" >&2; }

# Installs dependencies when node_modules is missing or older than package.json (npm ci fails here, see README).
ensure_node_modules() {
  if [[ ! -f node_modules/.package-lock.json || package.json -nt node_modules/.package-lock.json ]]; then
    log "installing dependencies (npm install --no-audit --no-fund)…"
    npm install --no-audit --no-fund --loglevel=error
  fi
}

# A TCP port nobody listens on.
free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

# DATABASE URL for database $2 on the server of admin URL $1.
database_url() {
  node -e "const u=new URL(process.argv[1]);u.pathname='/'+process.argv[2];console.log(u.toString())" "$1" "$2"
}

# Creates database $2 (if missing) through admin URL $1.
create_database() {
  node -e "
    const { Client } = require('pg');
    (async () => {
      const c = new Client({ connectionString: process.argv[1] });
      await c.connect();
      const r = await c.query('SELECT 1 FROM pg_database WHERE datname = \$1', [process.argv[2]]);
      if (r.rowCount === 0) await c.query('CREATE DATABASE \"' + process.argv[2] + '\" ENCODING \'UTF8\' TEMPLATE template0');
      await c.end();
    })().catch((e) => { console.error(e.message); process.exit(1); });" "$1" "$2"
}

drop_database() {
  node -e "
    const { Client } = require('pg');
    (async () => {
      const c = new Client({ connectionString: process.argv[1] });
      await c.connect();
      await c.query('DROP DATABASE IF EXISTS \"' + process.argv[2] + '\" WITH (FORCE)');
      await c.end();
    })().catch((e) => { console.error(e.message); process.exit(1); });" "$1" "$2"
}

# Waits until URL $1 answers 2xx (at most $2 seconds).
wait_for_url() {
  local url=$1 timeout=${2:-60} waited=0
  until node -e "fetch(process.argv[1]).then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))" "$url"; do
    sleep 1; waited=$((waited + 1))
    if (( waited >= timeout )); then return 1; fi
  done
}

# Starts the SMTP sink, the mock national portal, the API (serving both UIs) and the worker in the background; logs
# under $LOG_DIR. Needs DATABASE_URL, REDIS_URL, REDIS_PREFIX, PORT, SMTP_PORT, MAIL_HTTP_PORT, NATIONAL_PORTAL_PORT.
# Sets STACK_PIDS (all), STACK_API_PID and STACK_WORKER_PID.
STACK_PIDS=()
STACK_API_PID=
STACK_WORKER_PID=
start_stack() {
  mkdir -p "$LOG_DIR"
  local intake_key=${NATIONAL_PORTAL_INTAKE_KEY:-dev-national-portal-intake-key}
  node scripts/mail-sink.mjs --smtp-port "$SMTP_PORT" --http-port "$MAIL_HTTP_PORT" >"$LOG_DIR/mail-sink.log" 2>&1 &
  STACK_PIDS+=($!)
  node scripts/mock-national-portal.mjs --port "$NATIONAL_PORTAL_PORT" --intake-key "$intake_key" \
    --intake-url "http://127.0.0.1:$PORT/api/v1/integrations/national-portal/dossiers" >"$LOG_DIR/national-portal.log" 2>&1 &
  STACK_PIDS+=($!)
  local common=(DATABASE_URL="$DATABASE_URL" REDIS_URL="$REDIS_URL" REDIS_PREFIX="$REDIS_PREFIX"
    SMTP_URL="smtp://127.0.0.1:$SMTP_PORT" PUBLIC_BASE_URL="${PUBLIC_BASE_URL:-http://localhost:$PORT}"
    NATIONAL_PORTAL_URL="http://127.0.0.1:$NATIONAL_PORTAL_PORT" NATIONAL_PORTAL_INTAKE_KEY="$intake_key"
    FILES_DIR="${FILES_DIR:-var/files}" NODE_ENV="${NODE_ENV:-production}" LOG_LEVEL="${LOG_LEVEL:-info}")
  env "${common[@]}" PORT="$PORT" HOST="${HOST:-0.0.0.0}" node --enable-source-maps dist/server/apps/api/src/main.js >"$LOG_DIR/api.log" 2>&1 &
  STACK_API_PID=$!
  STACK_PIDS+=($!)
  env "${common[@]}" node --enable-source-maps dist/server/apps/worker/src/main.js >"$LOG_DIR/worker.log" 2>&1 &
  STACK_WORKER_PID=$!
  STACK_PIDS+=($!)
  if ! wait_for_url "http://127.0.0.1:$PORT/api/health" 60 || ! wait_for_url "http://127.0.0.1:$MAIL_HTTP_PORT/api/messages" 20 \
    || ! wait_for_url "http://127.0.0.1:$NATIONAL_PORTAL_PORT/api/stats" 20; then
    log "the stack did not come up; last lines of $LOG_DIR/*.log:"
    tail -n 20 "$LOG_DIR"/*.log >&2
    return 1
  fi
  # The worker has no port: give it a moment and make sure it did not exit at start-up.
  sleep 2
  if ! kill -0 "$STACK_WORKER_PID" 2>/dev/null; then
    log "the worker exited at start-up:"; tail -n 30 "$LOG_DIR/worker.log" >&2; return 1
  fi
}

# Stops what start_stack started: SIGTERM (graceful: running jobs finish), then SIGKILL after 10 s.
stop_stack() {
  (( ${#STACK_PIDS[@]} )) || return 0
  kill -TERM "${STACK_PIDS[@]}" 2>/dev/null || true
  for _ in $(seq 1 20); do
    local alive=0
    for pid in "${STACK_PIDS[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    (( alive )) || break
    sleep 0.5
  done
  kill -KILL "${STACK_PIDS[@]}" 2>/dev/null || true
  STACK_PIDS=()
}
