#!/usr/bin/env bash
# `npm run bench`: a fresh database with the demo province and bench volume (bench/load-data.mjs), the production API
# (with the worker and the SMTP sink, as start_stack runs them) on free ports, then bench/run.mjs: requests/s, p50/p99
# and the ratio to a bare-Fastify baseline measured in the same run; writes bench/results/latest.json.
# Everything it started is stopped and its database dropped on exit, failure or Ctrl-C. Logs: var/bench-logs.
# Settings (environment): BENCH_DURATION (s, 10), BENCH_WARMUP (s, 3), BENCH_CONNECTIONS (50), BENCH_ONLY (a name part),
# BENCH_DOSSIERS (24000), BENCH_PROCEDURES (1600). See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
started_at=$SECONDS

export LOG_DIR=var/bench-logs
BENCH_DB="dvc_bench_$(date +%s)_$$"
CHILD_PID=
DB_CREATED=0

# Runs a step in the background and waits for it, so Ctrl-C/TERM reach the cleanup at once (bash runs traps only
# between foreground commands).
run_step() {
  "$@" &
  CHILD_PID=$!
  wait "$CHILD_PID"
  CHILD_PID=
}

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if [[ -n $CHILD_PID ]] && kill -0 "$CHILD_PID" 2>/dev/null; then
    kill -TERM "$CHILD_PID" 2>/dev/null || true
    wait "$CHILD_PID" 2>/dev/null || true
  fi
  stop_stack
  if (( DB_CREATED )); then
    drop_database "$PG_ADMIN_URL" "$BENCH_DB" || log "warning: could not drop the database $BENCH_DB"
    # The API's and worker's BullMQ keys under this run's prefix.
    node -e "
      const Redis = require('ioredis');
      const redis = new Redis(process.argv[1], { lazyConnect: true, maxRetriesPerRequest: 1 });
      (async () => {
        await redis.connect();
        let cursor = '0';
        do {
          const [next, keys] = await redis.scan(cursor, 'MATCH', process.argv[2] + ':*', 'COUNT', 1000);
          if (keys.length) await redis.del(...keys);
          cursor = next;
        } while (cursor !== '0');
        await redis.quit();
      })().catch(() => process.exit(1));" "$REDIS_URL" "$BENCH_DB" || log "warning: could not delete the Redis keys $BENCH_DB:*"
  fi
  rm -rf "var/bench-files/$BENCH_DB"
  log "npm run bench: $((SECONDS - started_at)) s wall time (exit $status)"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

ensure_node_modules
bash scripts/services.sh ensure
source var/services.env
rm -rf "$LOG_DIR" && mkdir -p "$LOG_DIR"

log "building the server (cached by Nx when nothing changed)…"
if ! npx nx run api:build --outputStyle=static >"$LOG_DIR/build.log" 2>&1; then
  tail -n 40 "$LOG_DIR/build.log" >&2
  exit 1
fi

export DATABASE_URL REDIS_PREFIX=$BENCH_DB FILES_DIR=var/bench-files/$BENCH_DB NODE_ENV=production LOG_LEVEL=warn HOST=127.0.0.1
# The worker relays and runs jobs but sets up no recurring jobs: a first deadline sweep over the 24,000 freshly loaded
# dossiers (alerts and e-mails for every one overdue) would share the CPUs with the scenarios measured. Steady state
# has no such storm: each sweep only handles dossiers that crossed a threshold since the last one.
export WORKER_SCHEDULES=false
DATABASE_URL=$(database_url "$PG_ADMIN_URL" "$BENCH_DB")
log "database $BENCH_DB: create, migrate, seed the demo province, load bench data…"
DB_CREATED=1
create_database "$PG_ADMIN_URL" "$BENCH_DB"
run_step node scripts/run-migrations.mjs
run_step node dist/server/apps/api/src/seed.js >/dev/null
run_step node bench/load-data.mjs "$LOG_DIR/targets.json"

export PORT SMTP_PORT MAIL_HTTP_PORT NATIONAL_PORTAL_PORT
PORT=$(free_port); SMTP_PORT=$(free_port); MAIL_HTTP_PORT=$(free_port); NATIONAL_PORTAL_PORT=$(free_port)
export PUBLIC_BASE_URL="http://127.0.0.1:$PORT"
log "starting the production API on 127.0.0.1:$PORT (with worker and mail sink; logs in $LOG_DIR)…"
start_stack

BENCH_API_URL="http://127.0.0.1:$PORT" BENCH_API_PID="$STACK_API_PID" BENCH_TARGETS="$LOG_DIR/targets.json" \
  BENCH_DATABASE_URL="$DATABASE_URL" BENCH_PLANS_FILE="$LOG_DIR/query-plans.txt" \
  run_step node bench/run.mjs
