// A stand-in for the National Public Service Portal (dichvucong.gov.vn), for development and tests. It plays both sides
// of the integration in integrations.md:
//   - receives the provincial system's sync messages: POST /api/sync (JSON, header Idempotency-Key). Like the real
//     portal must, it keeps one message per key; repeats are counted, not stored twice;
//   - hands online dossiers to the provincial system: POST /api/send-dossier (JSON body forwarded to --intake-url
//     with the X-Integration-Key header), as the national portal does for dossiers filed there.
// Inspection and control: GET /api/messages[?dossierCode=], GET /api/stats, DELETE /api/messages,
// POST /api/control { failNext?: n, failStatus?: 500, failAlways?: boolean } to simulate outages.
import { createServer } from 'node:http';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8090' },
    host: { type: 'string', default: '127.0.0.1' },
    'intake-url': { type: 'string', default: 'http://127.0.0.1:3000/api/v1/integrations/national-portal/dossiers' },
    'intake-key': { type: 'string', default: '' },
    pidfile: { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
});

const messages = new Map();
const stats = { deliveries: 0, duplicateDeliveries: 0, failuresServed: 0 };
const control = { failNext: 0, failStatus: 500, failAlways: false };

function readJson(request) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      try {
        resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {});
      } catch (error) {
        reject(error);
      }
    });
    request.on('error', reject);
  });
}

function send(response, status, body) {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(body === undefined ? '' : JSON.stringify(body));
}

async function handle(request, response) {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (request.method === 'POST' && url.pathname === '/api/sync') {
    stats.deliveries += 1;
    if (control.failAlways || control.failNext > 0) {
      if (control.failNext > 0) control.failNext -= 1;
      stats.failuresServed += 1;
      return send(response, control.failStatus, { error: 'simulated outage' });
    }
    const key = request.headers['idempotency-key'];
    if (typeof key !== 'string' || key.length === 0) return send(response, 400, { error: 'Idempotency-Key header is required' });
    const message = await readJson(request);
    if (messages.has(key)) {
      stats.duplicateDeliveries += 1;
      return send(response, 200, { accepted: true, duplicate: true });
    }
    messages.set(key, { key, receivedAt: new Date().toISOString(), message });
    if (!values.quiet) console.log(`sync ${message?.dossier?.code ?? '?'} status ${message?.dossier?.statusCode ?? '?'} (${key})`);
    return send(response, 200, { accepted: true });
  }
  if (request.method === 'GET' && url.pathname === '/api/messages') {
    const code = url.searchParams.get('dossierCode');
    const list = [...messages.values()].filter((entry) => !code || entry.message?.dossier?.code === code);
    return send(response, 200, list);
  }
  if (request.method === 'DELETE' && url.pathname === '/api/messages') {
    messages.clear();
    Object.assign(stats, { deliveries: 0, duplicateDeliveries: 0, failuresServed: 0 });
    return send(response, 204);
  }
  if (request.method === 'GET' && url.pathname === '/api/stats') {
    return send(response, 200, { messages: messages.size, ...stats });
  }
  if (request.method === 'POST' && url.pathname === '/api/control') {
    const body = await readJson(request);
    if (Number.isInteger(body.failNext)) control.failNext = body.failNext;
    if (Number.isInteger(body.failStatus)) control.failStatus = body.failStatus;
    if (typeof body.failAlways === 'boolean') control.failAlways = body.failAlways;
    return send(response, 200, control);
  }
  if (request.method === 'POST' && url.pathname === '/api/send-dossier') {
    const body = await readJson(request);
    const answer = await fetch(values['intake-url'], {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-integration-key': values['intake-key'] },
      body: JSON.stringify(body),
    });
    const text = await answer.text();
    response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' }).end(text);
    return undefined;
  }
  return send(response, 404, { error: 'not found' });
}

const server = createServer((request, response) => {
  handle(request, response).catch((error) => send(response, 400, { error: String(error?.message ?? error) }));
});
server.listen(Number(values.port), values.host, () => {
  if (values.pidfile) writeFileSync(values.pidfile, String(process.pid));
  console.log(`mock national portal: http://${values.host}:${values.port} (sync at /api/sync, inspect at /api/messages)`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
