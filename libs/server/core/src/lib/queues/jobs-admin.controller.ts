import { Controller, Get, Header, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { JobFailureView } from '@dvc/shared/contracts';
import type { Actor } from '../auth/actor';
import { CurrentActor, Public, Roles } from '../auth/auth.decorators';
import { JobsAdminService } from './jobs-admin.service';
import { PrometheusMetrics } from './prometheus-metrics';

@ApiTags('admin')
@ApiCookieAuth()
@Controller('v1/admin/jobs')
export class JobsAdminController {
  constructor(private readonly jobs: JobsAdminService) {}

  @Get('dead-letters')
  @Roles('province_admin', 'agency_admin')
  @ApiOperation({ summary: 'Background jobs that ran out of attempts and wait for a retry' })
  deadLetters(): Promise<JobFailureView[]> {
    return this.jobs.deadLetters();
  }

  @Post(':jobId/retry')
  @HttpCode(200)
  @Roles('province_admin')
  @ApiOperation({ summary: 'Send a dead job through again' })
  retry(@Param('jobId') jobId: string, @CurrentActor() actor: Actor): Promise<JobFailureView> {
    return this.jobs.retry(jobId, actor.fullName);
  }
}

@ApiTags('health')
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: PrometheusMetrics) {}

  @Public()
  @Get()
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  @Header('cache-control', 'no-store')
  @ApiOperation({ summary: 'Prometheus metrics: jobs completed/failed/duration, queue depth, outbox lag, dead letters' })
  render(): Promise<string> {
    return this.metrics.render();
  }
}
