#!/usr/bin/env bash
# Browser tests on the real stack: a fresh seeded database, the built API (serving both UIs), the worker and the SMTP
# sink on free ports, then Playwright in Debian Chromium. Needs `npm run build` first (npm test does it) and the
# services (scripts/services.sh ensure --browser). Extra arguments go to Playwright (e.g. a spec file or --grep).
# Writes var/test-reports/e2e.json; exits with Playwright's status.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
source var/services.env

REPORTS=${REPORTS:-var/test-reports}
mkdir -p "$REPORTS"
E2E_DB="dvc_e2e_$(date +%s)_$$"
(
  export DATABASE_URL; DATABASE_URL=$(database_url "$PG_ADMIN_URL" "$E2E_DB")
  export REDIS_PREFIX=$E2E_DB LOG_DIR=$REPORTS/e2e-logs FILES_DIR=var/test-files/$E2E_DB LOG_LEVEL=warn
  export PORT SMTP_PORT MAIL_HTTP_PORT NATIONAL_PORTAL_PORT
  PORT=$(free_port); SMTP_PORT=$(free_port); MAIL_HTTP_PORT=$(free_port); NATIONAL_PORTAL_PORT=$(free_port)
  export PUBLIC_BASE_URL="http://127.0.0.1:$PORT"
  trap stop_stack EXIT
  create_database "$PG_ADMIN_URL" "$E2E_DB" && node scripts/run-migrations.mjs && node dist/server/apps/api/src/seed.js \
    && start_stack || exit 1
  E2E_PORT=$PORT E2E_MAIL_URL="http://127.0.0.1:$MAIL_HTTP_PORT" E2E_NATIONAL_PORTAL_URL="http://127.0.0.1:$NATIONAL_PORTAL_PORT" PLAYWRIGHT_JSON_OUTPUT_NAME="$PWD/$REPORTS/e2e.json" \
    npx playwright test -c apps/e2e/playwright.config.ts --reporter=list,json "$@"
)
status=$?
drop_database "$PG_ADMIN_URL" "$E2E_DB" || true
rm -rf "var/test-files/$E2E_DB"
exit $status
