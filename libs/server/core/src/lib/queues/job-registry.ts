import { Injectable } from '@nestjs/common';
import type { JobDefinition, JobPayloadBase, OutboxTrigger } from './job-definition';
import type { OutboxPayloads, OutboxTopic } from '../outbox/outbox.topics';

export type JobHandler<P extends JobPayloadBase> = (payload: P, attempt: number) => Promise<void>;

interface Registration {
  definition: JobDefinition<JobPayloadBase>;
  handler: JobHandler<JobPayloadBase>;
}

export class JobRegistryError extends Error {}

/**
 * Which handler runs each job. Feature worker modules register their jobs at start-up; the worker then checks that
 * every job it must run has exactly one handler, and refuses to start otherwise.
 */
@Injectable()
export class JobRegistry {
  private readonly registrations = new Map<string, Registration>();

  register<P extends JobPayloadBase, T extends OutboxTopic>(definition: JobDefinition<P, T>, handler: JobHandler<P>): void {
    if (this.registrations.has(definition.name)) {
      throw new JobRegistryError(`Job "${definition.name}" has two handlers`);
    }
    this.registrations.set(definition.name, {
      definition: definition as unknown as JobDefinition<JobPayloadBase>,
      handler: handler as JobHandler<JobPayloadBase>,
    });
  }

  /** Throws unless each expected job has a handler and no handler is registered for an unknown job. */
  assertComplete(expected: readonly { name: string }[]): void {
    const expectedNames = new Set(expected.map((job) => job.name));
    const missing = [...expectedNames].filter((name) => !this.registrations.has(name));
    const unknown = [...this.registrations.keys()].filter((name) => !expectedNames.has(name));
    if (missing.length > 0 || unknown.length > 0) {
      throw new JobRegistryError(
        `Job registry mismatch: without handler [${missing.join(', ')}], unexpected [${unknown.join(', ')}]`,
      );
    }
  }

  handlerFor(name: string): JobHandler<JobPayloadBase> {
    const registration = this.registrations.get(name);
    if (!registration) throw new JobRegistryError(`No handler for job "${name}"`);
    return registration.handler;
  }

  definitions(): JobDefinition<JobPayloadBase>[] {
    return [...this.registrations.values()].map((registration) => registration.definition);
  }

  /** The jobs an outbox event starts, with their payloads. */
  jobsFor<T extends OutboxTopic>(topic: T, event: OutboxPayloads[T], correlationId: string | null) {
    const jobs: { definition: JobDefinition<JobPayloadBase>; payload: JobPayloadBase }[] = [];
    for (const { definition } of this.registrations.values()) {
      if (definition.trigger?.topic !== topic) continue;
      // Registered with this topic's trigger, so its functions take this topic's event.
      const trigger = definition.trigger as unknown as OutboxTrigger<JobPayloadBase, T>;
      if (trigger.when(event)) jobs.push({ definition, payload: trigger.toPayload(event, correlationId) });
    }
    return jobs;
  }
}
