import { Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { CatalogueAnswerCache } from './catalogue-answer-cache';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditLog, JobRegistry, OutboxModule } from '@dvc/server/core';
import { AgenciesAdminController } from './agencies/agencies-admin.controller';
import { AgencyMergeRegistry } from './agencies/agency-merge.port';
import { AgencyMergeRepository } from './agencies/agency-merge.repository';
import { AgencyMergeService } from './agencies/agency-merge.service';
import { CalendarAdminController } from './calendar-admin.controller';
import { CatalogueExportService } from './export/catalogue-export.service';
import { CatalogueImportRepository } from './import/catalogue-import.repository';
import { CatalogueImportService } from './import/catalogue-import.service';
import { CatalogueImporter } from './import/catalogue-importer';
import { IMPORT_CATALOGUE_JOB } from './import/import-catalogue.job';
import { PUBLISH_SCHEDULED_JOB } from './versions/publish-scheduled.job';
import { CatalogueAdminController } from './versions/catalogue-admin.controller';
import { ProcedureVersionsRepository } from './versions/procedure-versions.repository';
import { ProcedureVersionsService } from './versions/procedure-versions.service';
import { CatalogueController } from './catalogue.controller';
import { CatalogueRepository } from './catalogue.repository';
import { CatalogueService } from './catalogue.service';
import { AgencyEntity } from './entities/agency.entity';
import { CalendarDayEntity } from './entities/calendar-day.entity';
import { ProcedureAgencyEntity, ProcedureEntity, ProcedureVersionEntity, SectorEntity } from './entities/procedure.entity';

@Module({
  imports: [
    OutboxModule,
    TypeOrmModule.forFeature([AgencyEntity, CalendarDayEntity, SectorEntity, ProcedureEntity, ProcedureVersionEntity, ProcedureAgencyEntity]),
  ],
  providers: [
    CatalogueRepository, CatalogueService, ProcedureVersionsRepository, ProcedureVersionsService, CatalogueImporter, CatalogueImportRepository,
    CatalogueImportService, CatalogueExportService, AuditLog, AgencyMergeRegistry, AgencyMergeRepository, AgencyMergeService,
    CatalogueAnswerCache,
  ],
  exports: [
    CatalogueRepository, CatalogueService, ProcedureVersionsService, CatalogueImporter, CatalogueImportService, ProcedureVersionsRepository,
    CatalogueExportService, AgencyMergeRegistry, AgencyMergeService, CatalogueAnswerCache,
  ],
})
export class CatalogueModule {}

/** Public catalogue routes (procedures, sectors, agencies, the calendar), calendar, catalogue and agency administration. */
@Module({ imports: [CatalogueModule], controllers: [CatalogueController, CalendarAdminController, CatalogueAdminController, AgenciesAdminController] })
export class CatalogueApiModule implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly answers: CatalogueAnswerCache,
  ) {}

  /** Repeated public searches and procedure pages are answered before the controller pipeline (see CatalogueAnswerCache). */
  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    fastify?.addHook('onRequest', async (request, reply) => {
      if (request.method !== 'GET') return;
      const answer = this.answers.get(request.url);
      if (answer === null) return;
      await reply.header('content-type', 'application/json; charset=utf-8').send(answer);
      return reply;
    });
  }
}

/** The worker's catalogue jobs: imports of uploaded catalogue files, and publications scheduled for a day that came. */
@Module({ imports: [CatalogueModule] })
export class CatalogueWorkerModule implements OnModuleInit {
  constructor(
    private readonly registry: JobRegistry,
    private readonly imports: CatalogueImportService,
    private readonly versions: ProcedureVersionsService,
  ) {}

  onModuleInit(): void {
    this.registry.register(IMPORT_CATALOGUE_JOB, (payload) => this.imports.run(payload.importId));
    this.registry.register(PUBLISH_SCHEDULED_JOB, async () => {
      await this.versions.publishScheduled();
    });
  }
}
