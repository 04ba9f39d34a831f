import { Injectable, Logger } from '@nestjs/common';
import { SMS_PROVIDER_NAMES, type SmsProviderName } from '../notifications.constants';
import { gsmLength } from '../templates/sms-text';

export interface OutgoingSms {
  /** The applicant's phone number as stored on the account. */
  to: string;
  text: string;
  /** Stable per notification (`<event id>.sms`): gateways that accept a client message id de-duplicate on it. */
  idempotencyKey: string;
}

/**
 * Sends one SMS. An abstract class so it can be the injection token; implementations must never log the number in
 * full nor the text (it carries personal data).
 */
export abstract class SmsProvider {
  abstract send(sms: OutgoingSms): Promise<void>;
}

/** "0912345678" → "*******678": the last 3 digits only, the rest masked whatever the formatting. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return `${'*'.repeat(Math.max(0, digits.length - 3))}${digits.slice(-3)}`;
}

/** What the logging provider writes per SMS: no number in full, no text. */
export interface SmsLogEntry {
  channel: 'sms';
  provider: 'log';
  to: string;
  idempotencyKey: string;
  /** Length in GSM characters (null: the text needed UCS-2) and the number of segments it takes. */
  gsmChars: number | null;
  segments: number;
}

function segmentsOf(text: string): { gsmChars: number | null; segments: number } {
  const gsm = gsmLength(text);
  if (gsm !== null) return { gsmChars: gsm, segments: gsm <= 160 ? 1 : Math.ceil(gsm / 153) };
  const units = text.length;
  return { gsmChars: null, segments: units <= 70 ? 1 : Math.ceil(units / 67) };
}

/**
 * Development and until an SMS gateway is contracted: one JSON log line per SMS (through the application's JSON
 * logger), with the phone masked to its last 3 digits and no text.
 */
@Injectable()
export class LoggingSmsProvider extends SmsProvider {
  private readonly logger = new Logger(LoggingSmsProvider.name);

  async send(sms: OutgoingSms): Promise<void> {
    const entry: SmsLogEntry = { channel: 'sms', provider: 'log', to: maskPhone(sms.to), idempotencyKey: sms.idempotencyKey, ...segmentsOf(sms.text) };
    this.logger.log(entry, 'sms (logged, not sent)');
  }
}

export class UnknownSmsProviderError extends Error {}

/** The provider SMS_PROVIDER names; an unknown name stops the process at start-up. */
export function createSmsProvider(name: string): SmsProvider {
  if (!(SMS_PROVIDER_NAMES as readonly string[]).includes(name)) {
    throw new UnknownSmsProviderError(`Unknown SMS_PROVIDER "${name}" (known: ${SMS_PROVIDER_NAMES.join(', ')})`);
  }
  const provider = name as SmsProviderName;
  switch (provider) {
    case 'log':
      return new LoggingSmsProvider();
  }
}
