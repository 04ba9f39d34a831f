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
      return request;
    },
  }];
  // The runner checks every distinct path once before the load (a wrong fixture shows up as a clear error).
  requests.paths = paths;
  return requests;
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
    name: 'procedure detail',
    requests: (ctx) => cycle(ctx.targets.procedureCodes.map((code) => `/api/v1/procedures/${encodeURIComponent(code)}`)),
  },
  {
    name: 'tracking lookup',
    requests: (ctx) => cycle(ctx.targets.tracking.map(({ code, secret }) => `/api/v1/tracking/${encodeURIComponent(code)}?secret=${secret}`)),
  },
];
