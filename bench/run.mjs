// Measurement runner: for each scenario of bench/scenarios.mjs, a warm-up then a measured autocannon run, all in
// this process (the API and the baseline server run in their own processes). Prints the table, the API's memory,
// and writes bench/results/latest.json. `npm run bench` (scripts/bench.sh) prepares everything and calls this; by
// hand, against an API already running on bench data:
//   BENCH_API_URL=http://127.0.0.1:3000 BENCH_TARGETS=var/bench-logs/targets.json [BENCH_API_PID=…] node bench/run.mjs
// Settings: BENCH_DURATION (s, default 10), BENCH_WARMUP (s, default 3), BENCH_CONNECTIONS (default 50),
// BENCH_ONLY (run only the scenarios whose name contains this text; the baseline always runs),
// BENCH_DATABASE_URL (the bench database: EXPLAIN ANALYZE of the hot queries after the load; full plans to
// BENCH_PLANS_FILE when set).
import autocannon from 'autocannon';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { explainHotQueries, printPlans } from './explain.mjs';
import { scenarios } from './scenarios.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const RESULTS = path.join(here, 'results', 'latest.json');
const PREFLIGHT_PATHS = 50;

function numberEnv(name, fallback, min = 0) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min) throw new Error(`${name} must be a number ≥ ${min}, got ${raw}`);
  return value;
}

const settings = {
  duration_s: numberEnv('BENCH_DURATION', 10, 1),
  warmup_s: numberEnv('BENCH_WARMUP', 3, 0),
  connections: numberEnv('BENCH_CONNECTIONS', 50, 1),
};
const log = (message) => process.stderr.write(`\x1b[1m[bench]\x1b[0m ${message}\n`);

/** VmRSS / VmHWM of a process in MB, or null when unknown. */
function memoryOf(pid) {
  if (!pid) return null;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rss: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
  } catch {
    return null;
  }
}

const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU time (user + system) a process has used so far, in ms, or null when unknown. */
function cpuMsOf(pid) {
  if (!pid) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS; // utime, stime (fields 14, 15)
  } catch {
    return null;
  }
}

/**
 * CPU time (ms) used so far by the PostgreSQL backends serving database `name` (their process title names the
 * database), per pid; other databases on the same server (other people's tests) are not counted.
 */
function databaseCpuMs(name) {
  if (!name) return null;
  const byPid = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const title = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (title.startsWith('postgres: ') && title.split(' ').includes(name)) byPid.set(entry, cpuMsOf(entry) ?? 0);
    } catch {
      // gone meanwhile
    }
  }
  return byPid;
}

function databaseCpuDelta(before, after) {
  if (!before || !after) return null;
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
}

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

/** One autocannon run; resolves with the result and the latencies (ms, float) of the 2xx responses. */
function load(url, requests, duration) {
  return new Promise((resolve, reject) => {
    const latencies = [];
    const instance = autocannon(
      { url, connections: settings.connections, duration, requests, timeout: 10 },
      (error, result) => (error ? reject(error) : resolve({ result, latencies })),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
  });
}

/** Every distinct path once, before the load: a scenario whose fixture is wrong fails loudly, not just slowly. */
async function preflight(url, paths) {
  const failures = [];
  for (const requestPath of paths.slice(0, PREFLIGHT_PATHS)) {
    try {
      const response = await fetch(url + requestPath);
      await response.arrayBuffer();
      if (!response.ok) failures.push(`${response.status} ${requestPath}`);
    } catch (error) {
      failures.push(`${error.message} ${requestPath}`);
    }
  }
  return failures;
}

async function measure(scenario, ctx) {
  const started = scenario.setup ? await scenario.setup(ctx) : {};
  try {
    if (scenario.run) return { ...(await scenario.run({ ...ctx, ...started })) };
    const url = started?.url ?? ctx.apiUrl;
    const requests = typeof scenario.requests === 'function' ? await scenario.requests(ctx) : scenario.requests;
    const notes = [];
    if (requests.paths) {
      const failures = await preflight(url, requests.paths);
      if (failures.length) {
        notes.push(`pre-flight: ${failures.length} of ${Math.min(requests.paths.length, PREFLIGHT_PATHS)} paths failed`);
        log(`${scenario.name}: pre-flight failures, e.g. ${failures.slice(0, 3).join('; ')}`);
      }
    }
    if (settings.warmup_s > 0) await load(url, requests, settings.warmup_s);
    // The server's CPU per request tells whether Node (this number) or the database is where the time goes.
    const serverPid = started?.pid ?? ctx.apiPid;
    const cpuBefore = cpuMsOf(serverPid);
    const dbBefore = started?.url ? null : databaseCpuMs(ctx.databaseName);
    const sentBefore = requests.sent ?? 0;
    const { result, latencies } = await load(url, requests, settings.duration_s);
    const cpuAfter = cpuMsOf(serverPid);
    const dbCpu = databaseCpuDelta(dbBefore, started?.url ? null : databaseCpuMs(ctx.databaseName));
    latencies.sort((a, b) => a - b);
    const ok = result['2xx'];
    const codes = Object.entries(result.statusCodeStats ?? {}).filter(([code]) => !code.startsWith('2'));
    if (codes.length) notes.push(`status codes: ${codes.map(([code, { count }]) => `${code}×${count}`).join(', ')}`);
    if (result.timeouts) notes.push(`${result.timeouts} timeouts`);
    if (scenario.distinct) {
      // Measured requests are URLs sentBefore…sent-1 of the cycle; the pre-flight asked the first ones already.
      const preflighted = Math.min(requests.paths.length, PREFLIGHT_PATHS);
      const askedBefore = Math.max(0, Math.min(requests.sent, preflighted) - sentBefore)
        + Math.max(0, requests.sent - Math.max(sentBefore, requests.paths.length));
      notes.push(`measured URLs ${sentBefore + 1}–${requests.sent} of ${requests.paths.length} distinct: ${askedBefore ? `${askedBefore} asked before (cache hits)` : 'none asked before'}`);
    }
    return {
      rps: result.duration > 0 ? ok / result.duration : 0,
      p50_ms: percentile(latencies, 50),
      p99_ms: percentile(latencies, 99),
      non2xx: result.non2xx,
      errors: result.errors,
      requests: ok + result.non2xx,
      server_cpu_ms_per_req: cpuBefore !== null && cpuAfter !== null && ok + result.non2xx > 0
        ? (cpuAfter - cpuBefore) / (ok + result.non2xx) : null,
      db_cpu_ms_per_req: dbCpu !== null && ok + result.non2xx > 0 ? dbCpu / (ok + result.non2xx) : null,
      note: notes.join('; ') || undefined,
    };
  } finally {
    await started?.teardown?.();
  }
}

const round = (value, digits) => (value === null || value === undefined ? null : Number(value.toFixed(digits)));
const cell = (value, digits) => (value === null || value === undefined ? '–' : value.toFixed(digits));

function printTable(rows) {
  const header = ['scenario', 'req/s', 'p50 ms', 'p99 ms', 'ratio', 'non-2xx/errors', 'server CPU ms/req', 'db CPU ms/req'];
  const body = rows.map((row) => [
    row.name, cell(row.rps, 0), cell(row.p50_ms, 2), cell(row.p99_ms, 2), cell(row.ratio_to_baseline, 3),
    `${row.non2xx ?? 0}/${row.errors ?? 0}${(row.non2xx || row.errors) ? '  ⚠' : ''}`, cell(row.server_cpu_ms_per_req, 3),
    cell(row.db_cpu_ms_per_req, 3),
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...body.map((line) => String(line[i]).length)));
  const format = (line) => `| ${line.map((value, i) => (i === 0 ? String(value).padEnd(widths[i]) : String(value).padStart(widths[i]))).join(' | ')} |`;
  console.log(format(header));
  console.log(`|${widths.map((width, i) => (i === 0 ? '-'.repeat(width + 2) : `${'-'.repeat(width + 1)}:`)).join('|')}|`);
  for (const line of body) console.log(format(line));
  for (const row of rows) if (row.note) console.log(`  ${row.name}: ${row.note}`);
}

async function main() {
  const apiUrl = (process.env.BENCH_API_URL ?? '').replace(/\/$/, '');
  const targetsFile = process.env.BENCH_TARGETS;
  if (!apiUrl || !targetsFile) throw new Error('BENCH_API_URL and BENCH_TARGETS are required (npm run bench sets them)');
  const apiPid = Number(process.env.BENCH_API_PID) || null;
  const only = process.env.BENCH_ONLY;
  const databaseName = process.env.BENCH_DATABASE_URL ? decodeURIComponent(new URL(process.env.BENCH_DATABASE_URL).pathname.slice(1)) : null;
  const ctx = { apiUrl, apiPid, databaseName, targets: JSON.parse(readFileSync(targetsFile, 'utf8')), settings, log };
  const cpus = os.cpus();
  const machine = {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model?.trim() ?? 'unknown',
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    date: new Date().toISOString(),
  };
  const loadBefore = os.loadavg().map((value) => round(value, 2));
  log(`${machine.cpus} × ${machine.cpuModel}, load average ${loadBefore.join(' ')}; ${settings.connections} connections, ` +
    `${settings.warmup_s} s warm-up + ${settings.duration_s} s per scenario`);

  const selected = scenarios.filter((scenario) => scenario.baseline || !only || scenario.name.includes(only));
  const memoryBefore = memoryOf(apiPid);
  const rows = [];
  for (const scenario of selected) {
    log(`── ${scenario.name}`);
    try {
      rows.push({ name: scenario.name, baseline: Boolean(scenario.baseline), ...(await measure(scenario, ctx)) });
    } catch (error) {
      log(`${scenario.name} failed: ${error.stack ?? error.message}`);
      rows.push({ name: scenario.name, rps: null, p50_ms: null, p99_ms: null, non2xx: 0, errors: 1, note: `failed: ${error.message}` });
    }
  }
  const memoryAfter = memoryOf(apiPid);
  const baselineRps = rows.find((row) => row.baseline)?.rps;
  for (const row of rows) row.ratio_to_baseline = baselineRps && row.rps !== null && row.rps !== undefined ? row.rps / baselineRps : null;

  console.log('');
  printTable(rows);
  console.log('');
  if (memoryBefore && memoryAfter) {
    console.log(`API RSS: ${memoryBefore.rss} MB before the load, ${memoryAfter.rss} MB after (peak ${memoryAfter.peak} MB)`);
  } else {
    console.log('API RSS: unknown (set BENCH_API_PID to the API process id)');
  }
  console.log(`load average before: ${loadBefore.join(' ')}, after: ${os.loadavg().map((value) => value.toFixed(2)).join(' ')} ` +
    `(${machine.cpus} CPUs; autocannon shares them with the API, PostgreSQL and the baseline)`);

  let plans = null;
  if (process.env.BENCH_DATABASE_URL) {
    try {
      plans = await explainHotQueries(process.env.BENCH_DATABASE_URL, { planFile: process.env.BENCH_PLANS_FILE });
      console.log(`query plans (EXPLAIN ANALYZE on the bench database${process.env.BENCH_PLANS_FILE ? `; full plans: ${process.env.BENCH_PLANS_FILE}` : ''}):`);
      printPlans(plans);
    } catch (error) {
      log(`EXPLAIN failed: ${error.message}`);
    }
  }

  const report = {
    machine,
    scenarios: rows.map((row) => ({
      name: row.name,
      rps: round(row.rps, 1),
      p50_ms: round(row.p50_ms, 3),
      p99_ms: round(row.p99_ms, 3),
      ratio_to_baseline: round(row.ratio_to_baseline, 4),
      non2xx: row.non2xx ?? 0,
      errors: row.errors ?? 0,
      server_cpu_ms_per_req: round(row.server_cpu_ms_per_req, 4),
      ...(row.outbox_lag_p99_ms !== undefined ? { outbox_lag_p50_ms: round(row.outbox_lag_p50_ms, 1), outbox_lag_p99_ms: round(row.outbox_lag_p99_ms, 1) } : {}),
      db_cpu_ms_per_req: round(row.db_cpu_ms_per_req, 4),
      ...(row.note ? { note: row.note } : {}),
    })),
    api_rss_mb: { before: memoryBefore?.rss ?? null, after: memoryAfter?.rss ?? null },
    settings: { ...settings, load_average_before: loadBefore },
    ...(plans ? { query_plans: plans } : {}),
  };
  mkdirSync(path.dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`written: ${path.relative(process.cwd(), RESULTS)}`);
  // The figures are written either way; a scenario that failed or saw non-2xx/errors makes the run fail visibly.
  const bad = rows.filter((row) => row.rps === null || row.non2xx || row.errors);
  if (bad.length) log(`${bad.length} scenario(s) failed or had non-2xx responses/errors: ${bad.map((row) => row.name).join(', ')}`);
  process.exitCode = bad.length ? 1 : 0;
}

// Ctrl-C or a kill: stop at once; the baseline child exits when its IPC channel closes with this process.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    log(`${signal}: stopping`);
    process.exit(130);
  });
}

main().catch((error) => {
  console.error(`bench failed: ${error.stack ?? error.message}`);
  process.exit(1);
});
