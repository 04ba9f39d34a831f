import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AllExceptionsFilter, ConfigModule, DatabaseModule, HealthApiModule, OutboxModule } from '@dvc/server/core';
import { IdentityApiModule } from '@dvc/server/identity';
import { CatalogueApiModule } from '@dvc/server/catalogue';
import { DossiersApiModule } from '@dvc/server/dossiers';

/** The HTTP API: composition only; every rule lives in the libs. */
@Module({
  imports: [ConfigModule, DatabaseModule, OutboxModule, HealthApiModule, IdentityApiModule, CatalogueApiModule, DossiersApiModule],
  providers: [{ provide: APP_FILTER, useClass: AllExceptionsFilter }],
})
export class AppModule {}
