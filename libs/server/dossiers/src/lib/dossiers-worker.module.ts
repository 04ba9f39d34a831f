import { Module, OnModuleInit } from '@nestjs/common';
import { JobRegistry } from '@dvc/server/core';
import { DeadlinesService } from './deadlines.service';
import { DossiersModule } from './dossiers.module';
import { RENDER_RESULT_JOB, RenderResultHandler } from './documents/render-result.job';
import { RECOMPUTE_DEADLINES_JOB } from './recompute-deadlines.job';

/** The dossier jobs the worker runs: the result document, and due dates after a calendar change. */
@Module({ imports: [DossiersModule], providers: [RenderResultHandler] })
export class DossiersWorkerModule implements OnModuleInit {
  constructor(
    private readonly registry: JobRegistry,
    private readonly renderResult: RenderResultHandler,
    private readonly deadlines: DeadlinesService,
  ) {}

  onModuleInit(): void {
    this.registry.register(RENDER_RESULT_JOB, (payload) => this.renderResult.handle(payload));
    this.registry.register(RECOMPUTE_DEADLINES_JOB, async (payload) => {
      await this.deadlines.recomputeOpenDueDates(payload.change);
    });
  }
}
