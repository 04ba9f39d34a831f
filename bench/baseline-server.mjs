// The baseline: a bare Fastify server answering GET / with a constant JSON object from memory. The runner forks it
// into its own process (so it does not share an event loop with autocannon) and reads its port from the IPC channel.
// It exits when the runner goes away (IPC disconnect), so it can never be left running.
import Fastify from 'fastify';

const BODY = { status: 'ok', database: 'up', redis: 'up' };

const app = Fastify({ logger: false });
app.get('/', async () => BODY);

process.on('disconnect', () => process.exit(0));
process.on('SIGTERM', () => app.close().finally(() => process.exit(0)));

await app.listen({ port: 0, host: '127.0.0.1' });
process.send?.({ port: app.server.address().port });
