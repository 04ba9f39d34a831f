// A local SMTP sink for development and tests: accepts every message on --smtp-port (default 2525) and lists them
// as JSON on --http-port (default 8025): GET /api/messages[?to=address], GET /api/stats, DELETE /api/messages.
// Like large mailbox providers, it keeps one copy per Message-ID: a resend of the same message after a crash is
// counted in `duplicateDeliveries`, not shown twice.
import { createServer } from 'node:http';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

const { values } = parseArgs({
  options: {
    'smtp-port': { type: 'string', default: '2525' },
    'http-port': { type: 'string', default: '8025' },
    host: { type: 'string', default: '127.0.0.1' },
    pidfile: { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
});
const MAX_MESSAGES = 20000;
const messages = [];
const seenMessageIds = new Set();
let nextId = 1;
let deliveries = 0;
let duplicateDeliveries = 0;

const addresses = (field) => (field ? (Array.isArray(field) ? field : [field]).flatMap((entry) => entry.value.map((item) => item.address)) : []);

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['AUTH', 'STARTTLS'],
  logger: false,
  size: 30 * 1024 * 1024,
  onData(stream, session, callback) {
    simpleParser(stream)
      .then((mail) => {
        const message = {
          id: nextId++,
          from: mail.from?.text ?? session.envelope.mailFrom?.address ?? '',
          to: [...new Set([...addresses(mail.to), ...session.envelope.rcptTo.map((rcpt) => rcpt.address)])],
          subject: mail.subject ?? '',
          text: mail.text ?? '',
          html: typeof mail.html === 'string' ? mail.html : '',
          messageId: mail.messageId ?? null,
          receivedAt: new Date().toISOString(),
        };
        deliveries += 1;
        if (message.messageId && seenMessageIds.has(message.messageId)) {
          duplicateDeliveries += 1;
          callback();
          return;
        }
        if (message.messageId) seenMessageIds.add(message.messageId);
        messages.push(message);
        if (messages.length > MAX_MESSAGES) messages.shift();
        if (!values.quiet) console.log(`mail #${message.id} to ${message.to.join(', ')}: ${message.subject}`);
        callback();
      })
      .catch((error) => callback(error));
  },
});

const http = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === '/api/stats') {
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ messages: messages.length, deliveries, duplicateDeliveries }));
    return;
  }
  if (url.pathname !== '/api/messages') {
    response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
    return;
  }
  if (request.method === 'DELETE') {
    messages.length = 0;
    seenMessageIds.clear();
    response.writeHead(204).end();
    return;
  }
  const to = url.searchParams.get('to')?.toLowerCase();
  const list = to ? messages.filter((message) => message.to.some((address) => address.toLowerCase() === to)) : messages;
  response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(list));
});

smtp.on('error', (error) => console.error(`smtp: ${error.message}`));
smtp.listen(Number(values['smtp-port']), values.host, () => {
  http.listen(Number(values['http-port']), values.host, () => {
    if (values.pidfile) writeFileSync(values.pidfile, String(process.pid));
    console.log(`mail sink: SMTP ${values.host}:${values['smtp-port']}, messages at http://${values.host}:${values['http-port']}/api/messages`);
  });
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    smtp.close(() => http.close(() => process.exit(0)));
  });
}
