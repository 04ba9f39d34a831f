import { Module, OnModuleInit } from '@nestjs/common';
import { JobRegistry } from '@dvc/server/core';
import { DeadlineSweepService } from './deadline-sweep.service';
import { DeadlinesService } from './deadlines.service';
import { DossiersModule } from './dossiers.module';
import { RENDER_RESULT_JOB, RenderResultHandler } from './documents/render-result.job';
import { RECOMPUTE_DEADLINES_JOB } from './recompute-deadlines.job';
import { CLOSE_EXPIRED_SUPPLEMENTS_JOB, DEADLINE_SWEEP_JOB, STATISTICS_ROLLUP_JOB } from './schedules.jobs';
import { SweepRepository } from './sweep.repository';

/** The dossier jobs the worker runs: the result document, due dates after a calendar change, and the schedules. */
@Module({ imports: [DossiersModule], providers: [RenderResultHandler, SweepRepository, DeadlineSweepService] })
export class DossiersWorkerModule implements OnModuleInit {
  constructor(
    private readonly registry: JobRegistry,
    private readonly renderResult: RenderResultHandler,
    private readonly deadlines: DeadlinesService,
    private readonly sweep: DeadlineSweepService,
  ) {}

  onModuleInit(): void {
    this.registry.register(RENDER_RESULT_JOB, (payload) => this.renderResult.handle(payload));
    this.registry.register(RECOMPUTE_DEADLINES_JOB, async (payload) => {
      await this.deadlines.recomputeOpenDueDates(payload.change);
    });
    this.registry.register(DEADLINE_SWEEP_JOB, async () => {
      await this.sweep.sweepDeadlines();
    });
    this.registry.register(CLOSE_EXPIRED_SUPPLEMENTS_JOB, async () => {
      await this.sweep.closeExpiredSupplements();
    });
    this.registry.register(STATISTICS_ROLLUP_JOB, async () => {
      await this.sweep.rollUpStatistics();
    });
  }
}
