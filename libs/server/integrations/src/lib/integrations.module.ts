import { Module, OnModuleInit } from '@nestjs/common';
import { CatalogueModule } from '@dvc/server/catalogue';
import { JobRegistry } from '@dvc/server/core';
import { DossiersModule } from '@dvc/server/dossiers';
import { NationalPortalIntakeController } from './national-portal/intake.controller';
import { NationalPortalIntakeService } from './national-portal/intake.service';
import { NationalPortalClient } from './national-portal/national-portal.client';
import { SYNC_NATIONAL_PORTAL_JOB, SyncNationalPortalHandler } from './national-portal/sync-national-portal.job';
import { SyncRepository } from './national-portal/sync.repository';

/** The national public service portal: dossiers it hands over (API) and the sync of every change back (worker). */
@Module({
  imports: [CatalogueModule, DossiersModule],
  controllers: [NationalPortalIntakeController],
  providers: [NationalPortalIntakeService],
})
export class IntegrationsApiModule {}

@Module({ providers: [SyncRepository, NationalPortalClient, SyncNationalPortalHandler], exports: [SyncNationalPortalHandler] })
export class IntegrationsModule {}

@Module({ imports: [IntegrationsModule] })
export class IntegrationsWorkerModule implements OnModuleInit {
  constructor(
    private readonly registry: JobRegistry,
    private readonly sync: SyncNationalPortalHandler,
  ) {}

  onModuleInit(): void {
    this.registry.register(SYNC_NATIONAL_PORTAL_JOB, (payload) => this.sync.handle(payload));
  }
}
