#!/usr/bin/env bash
# `npm start`: installs what is missing, ensures PostgreSQL and Redis, builds, migrates, seeds the demo province once,
# then runs the API (serving the portal at / and the desk at /desk/), the worker and a local SMTP sink.
# Ctrl-C stops them. PORT (default 3000) and DATABASE_URL / REDIS_URL can be set.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

ensure_node_modules
bash scripts/services.sh ensure
source var/services.env

export PORT=${PORT:-3000}
export SMTP_PORT=${SMTP_PORT:-2525} MAIL_HTTP_PORT=${MAIL_HTTP_PORT:-8025} NATIONAL_PORTAL_PORT=${NATIONAL_PORTAL_PORT:-8090}
export REDIS_PREFIX=${REDIS_PREFIX:-dvc}
export LOG_DIR=var/log NODE_ENV=production
if [[ -z ${DATABASE_URL:-} ]]; then
  DATABASE_URL=$(database_url "$PG_ADMIN_URL" dvc)
  create_database "$PG_ADMIN_URL" dvc
fi
export DATABASE_URL

log "building (cached after the first run)…"
npx nx run-many -t build --outputStyle=static >var/build.log 2>&1 || { tail -n 40 var/build.log; exit 1; }
node scripts/run-migrations.mjs
node dist/server/apps/api/src/seed.js >/dev/null

trap stop_stack EXIT INT TERM
start_stack

cat <<INFO

  Cổng dịch vụ công đang chạy / The portal is running
  ─────────────────────────────────────────────────────────────
  Cổng công dân / Citizen portal   http://localhost:$PORT/
  Một cửa / One-stop-shop desk     http://localhost:$PORT/desk/
  API                              http://localhost:$PORT/api   (docs: /api/docs, health: /api/health)
  Hộp thư thử / Mail sink          http://127.0.0.1:$MAIL_HTTP_PORT/api/messages   (SMTP 127.0.0.1:$SMTP_PORT)
  Cổng DVC quốc gia (giả lập)      http://127.0.0.1:$NATIONAL_PORTAL_PORT/api/messages   (mock national portal)
  Logs                             $LOG_DIR/{api,worker,mail-sink,national-portal}.log

  Tài khoản mẫu / Demo logins (mật khẩu / password: Demo@12345)
$(node -e "const {DEMO_LOGINS}=require('./dist/server/apps/api/src/seed/demo-province.data.js');for(const l of DEMO_LOGINS)console.log('    '+l.email.padEnd(30)+l.role.padEnd(16)+l.description)")

  Ctrl-C để dừng / to stop
INFO
wait -n "${STACK_PIDS[@]}" || true
log "a process exited; stopping the rest (see $LOG_DIR)"
