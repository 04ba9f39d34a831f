import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import type SMTPPool from 'nodemailer/lib/smtp-pool';
import { AppConfig } from '@dvc/server/core';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** Stable per notification, so a resend after a crash can be recognised as the same message. */
  messageId: string;
}

/**
 * SMTP sending (a local sink in development and tests). Timeouts are short: a send runs while the notification's
 * ledger row is locked, and a stuck server must fail the attempt (BullMQ retries it) rather than hold the lock.
 */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly transport: Transporter;

  constructor(@Inject(AppConfig) private readonly config: AppConfig) {
    // Settings in SMTP_URL's query string (e.g. ?socketTimeout=60000) override these.
    // A pool of SMTP connections: a status change is many small messages, and a connection per message is slow.
    const options: SMTPPool.Options = {
      url: config.SMTP_URL, pool: true, maxConnections: 5, maxMessages: 500, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000,
    };
    this.transport = createTransport(options, { from: config.MAIL_FROM });
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transport.sendMail({ to: mail.to, subject: mail.subject, text: mail.text, messageId: mail.messageId });
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
