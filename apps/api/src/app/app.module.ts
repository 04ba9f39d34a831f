import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AllExceptionsFilter, ConfigModule, DatabaseModule, HealthApiModule, JobsApiModule, OutboxModule } from '@dvc/server/core';
import { IdentityApiModule } from '@dvc/server/identity';
import { CatalogueApiModule } from '@dvc/server/catalogue';
import { DossiersApiModule } from '@dvc/server/dossiers';
import { IntegrationsApiModule } from '@dvc/server/integrations';
import { NotificationsApiModule } from '@dvc/server/notifications';

/** The HTTP API: composition only; every rule lives in the libs. */
@Module({
  imports: [
    ConfigModule, DatabaseModule, OutboxModule, HealthApiModule, JobsApiModule, IdentityApiModule, CatalogueApiModule, DossiersApiModule,
    IntegrationsApiModule, NotificationsApiModule,
  ],
  providers: [{ provide: APP_FILTER, useClass: AllExceptionsFilter }],
})
export class AppModule {}
