import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '@dvc/server/core';
import type { SyncMessage } from './sync-message';

/** The national portal answered with an error or did not answer: the job fails and BullMQ retries it. */
export class NationalPortalError extends Error {}

/** HTTP to the national portal's sync endpoint; the event id travels as the Idempotency-Key the receiver de-duplicates by. */
@Injectable()
export class NationalPortalClient {
  constructor(@Inject(AppConfig) private readonly config: AppConfig) {}

  async send(message: SyncMessage): Promise<void> {
    let response: Response;
    try {
      response = await fetch(`${this.config.NATIONAL_PORTAL_URL}/api/sync`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': message.messageId },
        body: JSON.stringify(message),
        signal: AbortSignal.timeout(this.config.NATIONAL_PORTAL_TIMEOUT_MS),
      });
    } catch (error) {
      throw new NationalPortalError(`national portal unreachable: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!response.ok) {
      throw new NationalPortalError(`national portal answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
    }
  }
}
