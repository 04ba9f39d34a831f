import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { JsonLogger, loadAppConfig } from '@dvc/server/core';
import { WorkerModule } from './worker.module';

async function bootstrap(): Promise<void> {
  const logger = new JsonLogger(loadAppConfig().LOG_LEVEL, 'worker');
  const app = await NestFactory.createApplicationContext(WorkerModule, { logger, bufferLogs: true });
  // SIGTERM/SIGINT: stop taking jobs, finish running ones, then exit; unfinished jobs stay in Redis for the next run.
  app.enableShutdownHooks();
  await app.init();
  logger.log({ pid: process.pid }, 'worker started', 'Bootstrap');
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`Worker failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
