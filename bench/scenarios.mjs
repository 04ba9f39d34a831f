// The benchmark scenarios, in the order they run. Each is `{ name, setup?, requests }` (or `{ name, setup?, run }`):
//   setup(ctx)    optional; may start something and return { url?, pid?, teardown? } (url replaces ctx.apiUrl and
//                 pid the API process for this row: its CPU per request is measured)
//   requests(ctx) the autocannon `requests` array (e.g. cycle(paths) for GETs; POST bodies, headers and
//                 setupRequest/onResponse work as in autocannon); the runner does warm-up, measurement and checks
//   run(ctx)      instead of `requests`, for what is not an HTTP load (e.g. outbox lag): returns a partial row
//                 { rps?, p50_ms?, p99_ms?, non2xx?, errors?, note? }
//   baseline      true on the row the others are divided by
// ctx: { apiUrl, apiPid, targets (bench/load-data.mjs output), settings, log }.
import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { DEMO, fileDossiers, percentile, session } from './workflow.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

/** GET requests cycling through `paths` (one shared counter over all connections), so each request hits another row. */
export function cycle(paths) {
  if (paths.length === 0) throw new Error('cycle() needs at least one path');
  let next = 0;
  const requests = [{
    method: 'GET',
    setupRequest(request) {
      request.path = paths[next];
      next = (next + 1) % paths.length;
      requests.sent += 1;
      return request;
    },
  }];
  // The runner checks every distinct path once before the load (a wrong fixture shows up as a clear error).
  requests.paths = paths;
  requests.sent = 0;
  return requests;
}

const fold = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

/**
 * Searches as citizens type them, none the same: the first two to five words of every published name, with and
 * without diacritics, first and second pages of 10 and of 20. Each is a new URL, so every request runs the SQL search.
 */
export async function distinctSearchPaths() {
  const db = new pg.Client({ connectionString: process.env.BENCH_DATABASE_URL });
  await db.connect();
  try {
    const names = (await db.query(`SELECT name FROM procedure_version WHERE status = 'published'`)).rows.map((row) => row.name.toLowerCase());
    const terms = new Set();
    for (const name of names) {
      const words = name.split(/\s+/);
      for (let count = 2; count <= Math.min(5, words.length); count += 1) {
        const term = words.slice(0, count).join(' ');
        terms.add(term);
        terms.add(fold(term));
      }
    }
    const paths = [...terms].flatMap((term) => [10, 20].flatMap((size) => [1, 2].map((page) => `/api/v1/procedures?q=${encodeURIComponent(term)}&size=${size}&page=${page}`)));
    // A fixed shuffle (the same order every run), so neighbours in the list are not the same words in two sizes.
    let seed = 42;
    for (let index = paths.length - 1; index > 0; index -= 1) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const other = seed % (index + 1);
      [paths[index], paths[other]] = [paths[other], paths[index]];
    }
    return paths;
  } finally {
    await db.end();
  }
}

/** Starts the bare Fastify baseline in its own process; resolves with its URL and how to stop it. */
export function startBaseline() {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(here, 'baseline-server.mjs'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error('the baseline server did not start in 10 s')); }, 10_000);
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the baseline server exited with code ${code}`)));
    child.once('message', ({ port }) => {
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({
        url: `http://127.0.0.1:${port}`,
        pid: child.pid,
        teardown: () => new Promise((done) => {
          if (child.exitCode !== null || child.signalCode !== null) return done();
          child.once('exit', () => done());
          child.kill('SIGTERM');
          setTimeout(() => child.kill('SIGKILL'), 3000).unref();
        }),
      });
    });
  });
}

/** Realistic citizen queries: with and without diacritics, partial, and with typos ("ki" for "ký", "sinhh"). */
export const SEARCH_QUERIES = [
  'đăng ký khai sinh', 'dang ky khai sinh', 'khai sinh', 'cap phep xay dung', 'giấy phép xây dựng', 'ly lich tu phap',
  'dang ky kinh doanh', 'hộ kinh doanh', 'chung thuc ban sao', 'dang ki ket hon', 'ket hon', 'khai tu', 'trich luc ho tich',
  'chứng chỉ hành nghề', 'giay phep lai xe', 'quyen su dung dat', 'tro cap that nghiep', 'dang ky khai sinhh', 'thanh lap doanh nghiep',
  'xác nhận tình trạng hôn nhân',
];

export const scenarios = [
  {
    name: 'baseline: bare fastify constant JSON',
    baseline: true,
    setup: () => startBaseline(),
    requests: () => cycle(['/']),
  },
  {
    name: 'health',
    requests: () => cycle(['/api/health']),
  },
  {
    name: 'catalogue search (diacritics)',
    requests: () => cycle(SEARCH_QUERIES.map((q) => `/api/v1/procedures?q=${encodeURIComponent(q)}`)),
  },
  {
    // The cost of a search no cache has seen: every request is a URL not asked before in the run (the note says so).
    name: 'catalogue search, all distinct (SQL every time)',
    distinct: true,
    requests: async () => cycle(await distinctSearchPaths()),
  },
  {
    name: 'procedure detail',
    requests: (ctx) => cycle(ctx.targets.procedureCodes.map((code) => `/api/v1/procedures/${encodeURIComponent(code)}`)),
  },
  {
    name: 'tracking lookup',
    requests: (ctx) => cycle(ctx.targets.tracking.map(({ code, secret }) => `/api/v1/tracking/${encodeURIComponent(code)}?secret=${secret}`)),
  },
  {
    // A province admin exports the whole catalogue as a workbook while citizens search: the searches' latency shows
    // whether the export holds the API's event loop (it is written as a stream, with a turn every few rows).
    name: 'searches during an xlsx export of the catalogue',
    run: (ctx) => searchesDuringExport(ctx),
  },
  {
    // Issue "lifecycle": each action is one transaction (state + steps + hash-chained event + outbox row), through
    // HTTP with session and CSRF checks; approve also starts the result PDF in the worker, which shares the CPUs.
    name: 'dossier actions (accept, claim, process, approve)',
    run: (ctx) => dossierActions(ctx),
  },
  {
    // Issue "processing steps": a steady stream of status changes, timed from the API's commit to the national
    // portal (mock) receiving the sync message; rps is status changes delivered per second. The note gives the
    // outbox lag (commit → relayed to BullMQ) percentiles over the same changes.
    name: 'status change → national portal (end to end)',
    run: (ctx) => endToEnd(ctx),
  },
];

const SIDE_CONNECTIONS = 5;

async function searchesDuringExport(ctx) {
  const admin = await session(ctx.apiUrl, DEMO.provinceAdmin);
  const searchUrl = `${ctx.apiUrl}/api/v1/procedures?q=${encodeURIComponent('khai sinh')}`;
  await (await fetch(searchUrl)).arrayBuffer();
  const latencies = [];
  let errors = 0;
  let exporting = true;
  const started = performance.now();
  const exported = admin.call('GET', '/api/v1/admin/catalogue/export?status=published&format=xlsx')
    .then(() => ({ seconds: (performance.now() - started) / 1000 }))
    .finally(() => { exporting = false; });
  await Promise.all(Array.from({ length: SIDE_CONNECTIONS }, async () => {
    while (exporting) {
      const begin = performance.now();
      const response = await fetch(searchUrl);
      await response.arrayBuffer();
      if (response.ok) latencies.push(performance.now() - begin);
      else errors += 1;
    }
  }));
  const { seconds } = await exported;
  latencies.sort((a, b) => a - b);
  return {
    rps: latencies.length / seconds, p50_ms: percentile(latencies, 50), p99_ms: percentile(latencies, 99), errors, non2xx: 0,
    requests: latencies.length + errors,
    note: `export of the published catalogue took ${seconds.toFixed(1)} s; ${latencies.length} searches on ${SIDE_CONNECTIONS} connections alongside, slowest ${latencies.at(-1)?.toFixed(1)} ms`,
  };
}

const ACTION_DOSSIERS = 120;
const ACTION_WORKERS = 12;

async function dossierActions(ctx) {
  const dossiers = await fileDossiers(ctx.apiUrl, ACTION_DOSSIERS);
  const [desk, specialist, leader] = await Promise.all([DEMO.desk, DEMO.specialist, DEMO.leader].map((email) => session(ctx.apiUrl, email)));
  const steps = [[desk, 'accept'], [specialist, 'claim'], [specialist, 'process'], [leader, 'approve']];
  const latencies = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: ACTION_WORKERS }, async () => {
    while (next < dossiers.length) {
      const dossier = dossiers[next++];
      let version = dossier.version;
      for (const [actor, action] of steps) {
        const begin = performance.now();
        try {
          version = (await actor.call('POST', `/api/v1/dossiers/${dossier.id}/actions/${action}`, { version })).version;
          latencies.push(performance.now() - begin);
        } catch (error) {
          errors += 1;
          ctx.log(`action ${action} failed: ${error.message}`);
          break;
        }
      }
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    rps: latencies.length / seconds, p50_ms: percentile(latencies, 50), p99_ms: percentile(latencies, 99), errors, non2xx: 0,
    requests: latencies.length + errors, note: `${latencies.length} actions on ${dossiers.length} dossiers by ${ACTION_WORKERS} concurrent staff sessions`,
  };
}

/**
 * Waits until the API's health says the outbox is empty and no dossier job or document waits or runs (the schedules
 * queue always holds the next tick of its job schedulers, so it is not counted).
 */
async function drained(apiUrl, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const health = await (await fetch(`${apiUrl}/api/health`)).json();
    const busy = ['dossier-events', 'documents']
      .map((name) => health.queues?.[name] ?? { waiting: 0, active: 0, delayed: 0 })
      .reduce((sum, queue) => sum + queue.waiting + queue.active + queue.delayed, 0);
    if ((health.outbox?.pending ?? 0) === 0 && busy === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the queues did not drain within 2 minutes');
}

const E2E_RATE = 25;
const E2E_SECONDS = 8;

async function endToEnd(ctx) {
  const portalUrl = `http://127.0.0.1:${process.env.NATIONAL_PORTAL_PORT}`;
  if (!process.env.NATIONAL_PORTAL_PORT || !process.env.BENCH_DATABASE_URL) throw new Error('NATIONAL_PORTAL_PORT and BENCH_DATABASE_URL are needed (npm run bench sets them)');
  const dossiers = await fileDossiers(ctx.apiUrl, E2E_RATE * E2E_SECONDS);
  const desk = await session(ctx.apiUrl, DEMO.desk);
  // Let earlier work (the submissions, the previous scenario's jobs) drain, so the window measures these changes only.
  await drained(ctx.apiUrl);
  const committed = new Map();
  const windowStart = new Date();
  const interval = 1000 / E2E_RATE;
  const begin = performance.now();
  await Promise.all(dossiers.map(async (dossier, index) => {
    await new Promise((resolve) => setTimeout(resolve, index * interval));
    await desk.call('POST', `/api/v1/dossiers/${dossier.id}/actions/accept`, { version: dossier.version });
    committed.set(dossier.code, Date.now());
  }));
  const sendSeconds = (performance.now() - begin) / 1000;
  const deadline = Date.now() + 60_000;
  let delivered = [];
  while (Date.now() < deadline) {
    const messages = await (await fetch(`${portalUrl}/api/messages`)).json();
    delivered = messages.filter((entry) => committed.has(entry.message?.dossier?.code) && entry.message?.event?.action === 'accept');
    if (delivered.length >= committed.size) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const latencies = delivered.map((entry) => Date.parse(entry.receivedAt) - committed.get(entry.message.dossier.code)).sort((a, b) => a - b);
  const lastReceived = Math.max(...delivered.map((entry) => Date.parse(entry.receivedAt)));
  const db = new pg.Client({ connectionString: process.env.BENCH_DATABASE_URL });
  await db.connect();
  const lags = (await db.query(
    `SELECT extract(epoch FROM relayed_at - created_at) * 1000 AS lag FROM outbox
      WHERE topic = 'dossier.status-changed' AND created_at >= $1 AND relayed_at IS NOT NULL ORDER BY lag`,
    [windowStart],
  )).rows.map((row) => Number(row.lag));
  await db.end();
  return {
    rps: delivered.length / ((lastReceived - windowStart.getTime()) / 1000),
    p50_ms: percentile(latencies, 50), p99_ms: percentile(latencies, 99),
    errors: committed.size - delivered.length, non2xx: 0, requests: committed.size,
    outbox_lag_p50_ms: percentile(lags, 50), outbox_lag_p99_ms: percentile(lags, 99),
    note: `${committed.size} accepts at ${E2E_RATE}/s over ${sendSeconds.toFixed(1)} s; ${delivered.length} delivered; ` +
      `outbox lag p50 ${percentile(lags, 50)?.toFixed(1)} ms, p99 ${percentile(lags, 99)?.toFixed(1)} ms`,
  };
}
