#!/usr/bin/env bash
# `npm test`: installs what is missing, ensures PostgreSQL, Redis, Chromium and ClamAV's clamd, then runs lint,
# type-check, build, unit, integration (fresh database + Redis prefix) and browser tests (another fresh database, seeded).
# Every stage runs even when an earlier one fails; the last line is `tests: N passed, N failed`.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

ensure_node_modules || { echo "tests: 0 passed, 1 failed"; exit 1; }
if ! DVC_SERVICES_FAST=1 bash scripts/services.sh ensure --browser --clamav; then
  echo "tests: 0 passed, 1 failed"; exit 1
fi
source var/services.env

REPORTS=var/test-reports
rm -rf "$REPORTS" && mkdir -p "$REPORTS"
passed=0 failed=0
summary=()

# A stage that is not a test runner counts as one check.
check() {
  local name=$1; shift
  log "── $name"
  if "$@"; then passed=$((passed + 1)); summary+=("  ok    $name"); else failed=$((failed + 1)); summary+=("  FAIL  $name"); fi
}

# Adds a jest JSON report's counts (a missing report, e.g. a crash, counts as one failure).
count_jest() {
  local name=$1 report=$2 exit_code=$3
  if [[ -f $report ]]; then
    read -r p f < <(node -e "const r=require('./$report');console.log(r.numPassedTests, r.numFailedTests + r.numRuntimeErrorTestSuites)")
    if (( exit_code != 0 && f == 0 )); then f=1; fi
  else
    p=0 f=1
  fi
  passed=$((passed + p)); failed=$((failed + f)); summary+=("  $name: $p passed, $f failed")
}

npx nx show projects >/dev/null  # computes the project graph that the module-boundary lint rule reads
check "lint" npx eslint . --max-warnings=0
check "type-check (server)" npx tsc -p tsconfig.server.json
check "type-check (web)" npx tsc -p tsconfig.web.json
check "build (api, worker, portal, desk)" npx nx run-many -t build --outputStyle=static

# Jest runs with --experimental-vm-modules so dynamic import() of ESM-only packages works inside its VM
# (@fastify/cookie loads `cookie` that way; the PDF tests load pdfjs-dist).
log "── unit tests"
NODE_OPTIONS=--experimental-vm-modules npx jest -c jest.unit.config.cjs --ci --json --outputFile="$REPORTS/unit.json"
count_jest "unit" "$REPORTS/unit.json" $?

log "── integration tests (real PostgreSQL and Redis)"
NODE_OPTIONS=--experimental-vm-modules npx jest -c jest.integration.config.cjs --ci --runInBand --json --outputFile="$REPORTS/integration.json"
count_jest "integration" "$REPORTS/integration.json" $?

log "── browser tests (Chromium)"
REPORTS=$REPORTS bash scripts/e2e.sh
e2e_exit=$?
if [[ -f $REPORTS/e2e.json ]]; then
  read -r p f < <(node -e "const s=require('./$REPORTS/e2e.json').stats;console.log(s.expected + s.flaky, s.unexpected + (s.skipped||0))")
  if (( e2e_exit != 0 && f == 0 )); then f=1; fi
else
  p=0 f=1
fi
passed=$((passed + p)); failed=$((failed + f)); summary+=("  browser: $p passed, $f failed")

printf '%s\n' "" "Summary:" "${summary[@]}"
echo "tests: $passed passed, $failed failed"
(( failed == 0 ))
