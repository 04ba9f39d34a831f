import { Global, Module } from '@nestjs/common';
import { JobRegistry } from './job-registry';

/** The job registry every feature worker module registers its handlers in (one per process). */
@Global()
@Module({ providers: [JobRegistry], exports: [JobRegistry] })
export class JobRegistryModule {}
