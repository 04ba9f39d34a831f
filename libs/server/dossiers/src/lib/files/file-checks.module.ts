import { Module, OnModuleInit } from '@nestjs/common';
import { JobRegistry } from '@dvc/server/core';
import { DossiersModule } from '../dossiers.module';
import { CHECK_ATTACHMENTS_JOB } from './check-attachments.job';
import { ClamdClient } from './clamd-client';
import { FileChecksRepository } from './file-checks.repository';
import { FileChecksService } from './file-checks.service';

/** Checking submitted attachments: the rules, clamd and the record of each outcome. */
@Module({
  imports: [DossiersModule],
  providers: [ClamdClient, FileChecksRepository, FileChecksService],
  exports: [ClamdClient, FileChecksService],
})
export class FileChecksModule {}

/** The worker side: the check-attachments job (list CHECK_ATTACHMENTS_JOB in the worker's jobs together). */
@Module({ imports: [FileChecksModule] })
export class FileChecksWorkerModule implements OnModuleInit {
  constructor(
    private readonly registry: JobRegistry,
    private readonly checks: FileChecksService,
  ) {}

  onModuleInit(): void {
    this.registry.register(CHECK_ATTACHMENTS_JOB, async (payload) => {
      await this.checks.checkDossier(payload);
    });
  }
}
