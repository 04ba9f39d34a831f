import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

interface WebApp {
  prefix: '/' | '/desk/';
  root: string;
}

/** Hashed bundles never change; index.html must always be re-checked so a deploy is picked up at once. */
function cacheHeaders(reply: FastifyReply, path: string): void {
  void reply.header('cache-control', path.endsWith('.html') ? 'no-cache' : 'public, max-age=31536000, immutable');
}

/**
 * Serves the built Angular apps from the API's origin: the portal at `/`, the desk at `/desk/`, each falling back to
 * its index.html for client-side routes. Unknown `/api/...` paths stay JSON 404s. Missing builds are skipped (the API
 * still runs; `npm start` builds them).
 */
export async function serveWebApps(fastify: FastifyInstance, distDir: string): Promise<string[]> {
  const apps: WebApp[] = [
    { prefix: '/', root: resolve(join(distDir, 'portal', 'browser')) },
    { prefix: '/desk/', root: resolve(join(distDir, 'desk', 'browser')) },
  ].filter((app): app is WebApp => existsSync(join(app.root, 'index.html')));

  for (const [index, app] of apps.entries()) {
    await fastify.register(fastifyStatic, {
      root: app.root,
      prefix: app.prefix,
      wildcard: false,
      index: false,
      decorateReply: index === 0,
      setHeaders: cacheHeaders,
    });
  }
  const sendIndex = (reply: FastifyReply, app: WebApp) =>
    reply.header('cache-control', 'no-cache').sendFile('index.html', app.root);
  for (const app of apps) {
    fastify.get(app.prefix === '/' ? '/' : '/desk', (_request, reply) =>
      app.prefix === '/' ? sendIndex(reply, app) : reply.redirect('/desk/', 301),
    );
    fastify.get(app.prefix === '/' ? '/*' : '/desk/*', (request, reply) => {
      if (request.url.startsWith('/api/') || request.url === '/api') {
        return reply.status(404).send({
          statusCode: 404,
          code: 'ROUTE.NOT_FOUND',
          message: 'Không tìm thấy địa chỉ này / No such route',
          correlationId: request.id,
        });
      }
      return sendIndex(reply, app);
    });
    if (app.prefix === '/desk/') fastify.get('/desk/', (_request, reply) => sendIndex(reply, app));
  }
  return apps.map((app) => app.prefix);
}
