import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import type { LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { AppConfig, createValidationPipe } from '@dvc/server/core';
import { AppModule } from './app.module';
import { serveWebApps } from './web-apps';

/** JSON bodies are small (files go through multipart); a tight limit turns abuse into a clear 413. */
const JSON_BODY_LIMIT = 256 * 1024;

/** The whole HTTP application, configured exactly as in production; tests drive this same function. */
export async function createApiApp(logger: LoggerService | false): Promise<{ app: NestFastifyApplication; webApps: string[] }> {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule,
    new FastifyAdapter({ bodyLimit: JSON_BODY_LIMIT, trustProxy: true }),
    // abortOnError: false: a wiring error is thrown (main.ts prints it and exits) rather than exiting silently.
    { logger, bufferLogs: logger !== false, abortOnError: false },
  );
  const config = app.get(AppConfig);
  const fastify = app.getHttpAdapter().getInstance();

  // One helmet middleware, built at start-up, sets the security headers on every answer. (@fastify/helmet builds a new
  // one for each request, parsing the CSP directives again: a measurable share of what a cached search costs.)
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Swagger UI and Angular component styles are inline.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
      },
    },
  });
  fastify.addHook('onRequest', (request, reply, done) => securityHeaders(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined)));
  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, { limits: { fileSize: config.MAX_UPLOAD_BYTES, files: 1, fields: 5, parts: 6 } });

  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();

  const openApi = new DocumentBuilder()
    .setTitle('Cổng dịch vụ công — API')
    .setDescription('Procedure catalogue, online dossiers, one-stop-shop desk and public tracking. Every error is an ApiError.')
    .setVersion('1')
    .addCookieAuth('dvc_session')
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi));

  const webApps = await serveWebApps(fastify, config.WEB_DIST_DIR);
  return { app, webApps };
}
