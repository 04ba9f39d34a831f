import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { AppConfig } from '@dvc/server/core';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** Stable per notification, so a resend after a crash can be recognised as the same message. */
  messageId: string;
}

/** SMTP sending (a local sink in development and tests). */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly transport: Transporter;

  constructor(@Inject(AppConfig) private readonly config: AppConfig) {
    this.transport = createTransport(config.SMTP_URL, { from: config.MAIL_FROM });
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transport.sendMail({ to: mail.to, subject: mail.subject, text: mail.text, messageId: mail.messageId });
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
