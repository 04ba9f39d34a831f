import { Module } from '@nestjs/common';
import { JobsModule } from '../queues/jobs.module';
import { HealthController } from './health.controller';
import { HealthService } from './health.service';

@Module({ imports: [JobsModule], controllers: [HealthController], providers: [HealthService] })
export class HealthApiModule {}
