import 'reflect-metadata';
import { AppConfig, JsonLogger, loadAppConfig } from '@dvc/server/core';
import { createApiApp } from './app/create-api-app';

async function bootstrap(): Promise<void> {
  const logger = new JsonLogger(loadAppConfig().LOG_LEVEL, 'api');
  const { app, webApps } = await createApiApp(logger);
  const config = app.get(AppConfig);
  await app.listen(config.PORT, config.HOST);
  logger.log({ port: config.PORT, webApps }, 'api listening', 'Bootstrap');
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`API failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
