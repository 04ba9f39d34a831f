import { Logger, Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import type { DossierAction } from '@dvc/shared/domain';
import type { DossierDetail } from '@dvc/shared/contracts';
import { ConfigModule, DatabaseModule, JobRegistry, OutboxModule, type Actor, type OutboxPayloads } from '@dvc/server/core';
import { DossierActionsService, DossiersModule, DossiersService, FilesService } from '@dvc/server/dossiers';
import { insertCatalogueFixture, MailSinkProcess, samplePdf, type CatalogueFixture } from '@dvc/server/testing';
import { ApplicantNotifier, type NotificationOutcome } from './applicant-notifier.service';
import { Mailer } from './channels/mailer';
import { SmsProvider, type SmsLogEntry } from './channels/sms-provider';
import { NOTIFY_APPLICANT_JOB } from './jobs/notify-applicant.job';
import { REMIND_SUPPLEMENT_JOB } from './jobs/remind-supplement.job';
import { NotificationsModule } from './notifications.module';

/** What the worker has for notifications, plus the dossier services that write the events (no relay, no queues). */
@Module({ imports: [ConfigModule, DatabaseModule, OutboxModule, DossiersModule, NotificationsModule] })
class NotificationsTestModule {}

const PHONE = '0987654321';

describe('applicant notifications: each channel at most once (real PostgreSQL and SMTP sink)', () => {
  let sink: MailSinkProcess;
  let context: INestApplicationContext;
  let db: DataSource;
  let notifier: ApplicantNotifier;
  let mailSend: jest.SpyInstance;
  let logSpy: jest.SpyInstance;

  beforeAll(async () => {
    sink = await MailSinkProcess.start();
    process.env['SMTP_URL'] = sink.smtpUrl;
    context = await NestFactory.createApplicationContext(NotificationsTestModule, { logger: false, abortOnError: false });
    db = context.get(DataSource);
    notifier = context.get(ApplicantNotifier);
  });

  beforeEach(() => {
    // Counts real SMTP sends (the sink keeps one copy per Message-ID, so its list alone cannot show a repeat).
    mailSend = jest.spyOn(context.get(Mailer), 'send');
    logSpy = jest.spyOn(Logger.prototype, 'log');
  });

  afterEach(() => jest.restoreAllMocks());

  afterAll(async () => {
    await context.close();
    sink.stop();
  });

  /** A fresh agency, procedure, citizen and desk officer, so preferences never leak between tests. */
  async function world(): Promise<{ fixture: CatalogueFixture; citizen: Actor; desk: Actor; specialist: Actor }> {
    const fixture = await insertCatalogueFixture(db);
    const [user] = await db.query(
      `INSERT INTO user_account (email, password_hash, full_name, role) VALUES ($1, 'x', 'Chuyên viên Thử', 'specialist') RETURNING id`,
      [`specialist.${fixture.agencyCode}@example.vn`],
    );
    await db.query(`INSERT INTO user_agency (user_id, agency_id) VALUES ($1, $2)`, [user.id, fixture.agencyId]);
    return {
      fixture,
      citizen: { userId: fixture.citizenId, role: 'citizen', fullName: 'Nguyễn Văn Thử', agencyIds: [] },
      desk: { userId: fixture.staffId, role: 'desk_officer', fullName: 'Cán bộ Thử', agencyIds: [fixture.agencyId] },
      specialist: { userId: user.id, role: 'specialist', fullName: 'Chuyên viên Thử', agencyIds: [fixture.agencyId] },
    };
  }

  async function submit(fixture: CatalogueFixture, citizen: Actor): Promise<DossierDetail> {
    const file = await context.get(FilesService).store(citizen, 'to-khai.pdf', samplePdf('to khai'));
    return context.get(DossiersService).submit(
      citizen,
      { procedureCode: fixture.procedureCode, agencyId: fixture.agencyId, formData: { hoTen: 'Nguyễn Văn Thử' }, attachments: [{ componentCode: 'TP01', fileId: file.id }] },
      'it-notifications',
    );
  }

  async function act(actor: Actor, dossier: DossierDetail, action: DossierAction, extra: Record<string, unknown> = {}): Promise<DossierDetail> {
    return context.get(DossierActionsService).act(actor, dossier.id, action, { version: dossier.version, ...extra }, 'it-notifications');
  }

  async function eventId(dossierId: string, action: DossierAction): Promise<string> {
    const [row] = await db.query(`SELECT id FROM dossier_event WHERE dossier_id = $1 AND action = $2 ORDER BY seq DESC LIMIT 1`, [dossierId, action]);
    return row.id as string;
  }

  const job = (dossierId: string, id: string) => ({ eventId: id, dossierId, correlationId: 'it-notifications' });
  const mailSendsFor = (id: string) => mailSend.mock.calls.filter(([mail]) => (mail as { messageId: string }).messageId.includes(id));
  const smsLogsFor = (id: string): SmsLogEntry[] =>
    logSpy.mock.calls.map(([entry]) => entry as SmsLogEntry).filter((entry) => entry?.channel === 'sms' && entry.idempotencyKey.startsWith(id));
  const ledger = (id: string): Promise<{ channel: string; status: string }[]> =>
    db.query(`SELECT channel, status FROM notification WHERE dossier_event_id = $1 ORDER BY channel`, [id]);
  const results = (outcome: NotificationOutcome) => ('deliveries' in outcome ? outcome.deliveries.map((delivery) => `${delivery.channel}:${delivery.result}`) : [outcome.skipped]);

  async function prefer(userId: string, email: boolean, sms: boolean): Promise<void> {
    await db.query(`INSERT INTO notification_preference (user_id, email, sms) VALUES ($1, $2, $3) ON CONFLICT (user_id) DO UPDATE SET email = $2, sms = $3`, [userId, email, sms]);
  }

  it('should start one job per notifiable event, none for internal steps, and a reminder per reminder row (outbox rules on real rows)', async () => {
    const { fixture, citizen, desk, specialist } = await world();
    const received = await act(desk, await submit(fixture, citizen), 'accept');
    await act(specialist, received, 'claim');
    const registry = new JobRegistry();
    registry.register(NOTIFY_APPLICANT_JOB, async () => undefined);
    registry.register(REMIND_SUPPLEMENT_JOB, async () => undefined);
    const rows: { payload: OutboxPayloads['dossier.status-changed'] }[] = await db.query(
      `SELECT payload FROM outbox WHERE aggregate_id = $1 AND topic = 'dossier.status-changed' ORDER BY created_at`,
      [received.id],
    );
    const started = rows.map(({ payload }) => [payload.action, registry.jobsFor('dossier.status-changed', payload, null).map((entry) => entry.definition.name)]);
    expect(started).toEqual([
      ['submit', ['notifications.notify-applicant']],
      ['accept', ['notifications.notify-applicant']],
      ['claim', []],
    ]);
    const reminder = registry.jobsFor('dossier.supplement-reminder', { dossierId: received.id, eventId: 'e-1' }, 'corr');
    expect(reminder.map((entry) => [entry.definition.name, entry.payload])).toEqual([
      ['notifications.remind-supplement', { dossierId: received.id, eventId: 'e-1', correlationId: 'corr' }],
    ]);
  });

  it('should e-mail once when the job runs twice in a row, and once when it runs twice at the same time', async () => {
    const { fixture, citizen, desk } = await world();
    const dossier = await submit(fixture, citizen);
    const submitted = await eventId(dossier.id, 'submit');

    expect(results(await notifier.notify(job(dossier.id, submitted)))).toEqual(['email:sent']);
    expect(results(await notifier.notify(job(dossier.id, submitted)))).toEqual(['email:already_sent']);

    await act(desk, dossier, 'accept');
    const accepted = await eventId(dossier.id, 'accept');
    const concurrent = await Promise.all([notifier.notify(job(dossier.id, accepted)), notifier.notify(job(dossier.id, accepted))]);
    expect(concurrent.flatMap(results).sort()).toEqual(['email:already_sent', 'email:sent']);

    expect(mailSendsFor(submitted)).toHaveLength(1);
    expect(mailSendsFor(accepted)).toHaveLength(1);
    expect(await ledger(submitted)).toEqual([{ channel: 'email', status: 'sent' }]);
    expect(await ledger(accepted)).toEqual([{ channel: 'email', status: 'sent' }]);
    const mails = (await sink.messages(fixture.citizenEmail)).filter((mail) => mail.text.includes(dossier.id));
    expect(mails.map((mail) => mail.subject).sort()).toEqual([
      `[${dossier.code}] Mới đăng ký: hồ sơ đã được gửi, đang chờ tiếp nhận / Submitted: awaiting reception`,
      `[${dossier.code}] Đã tiếp nhận / Received`,
    ]);
    const receivedMail = mails.find((mail) => mail.subject.includes('Đã tiếp nhận'));
    expect(receivedMail?.text).toMatch(/Ngày hẹn trả kết quả: \d{2}:\d{2} ngày \d{2}\/\d{2}\/\d{4} \(giờ Việt Nam\)/);
    expect(receivedMail?.text).toContain(`Bộ phận Một cửa – UBND xã Thử Nghiệm`);
  });

  it('should send nothing for an event the applicant need not hear about', async () => {
    const { fixture, citizen, desk, specialist } = await world();
    const received = await act(desk, await submit(fixture, citizen), 'accept');
    await act(specialist, received, 'claim');
    const claimed = await eventId(received.id, 'claim');
    await prefer(fixture.citizenId, true, true);
    await db.query(`UPDATE user_account SET phone = $2 WHERE id = $1`, [fixture.citizenId, PHONE]);

    expect(await notifier.notify(job(received.id, claimed))).toEqual({ skipped: 'not_notifiable' });
    expect(mailSendsFor(claimed)).toHaveLength(0);
    expect(smsLogsFor(claimed)).toHaveLength(0);
    expect(await ledger(claimed)).toEqual([]);
  });

  it('should log one SMS with the phone masked when the job runs twice, in a row and at once, and never log personal data', async () => {
    const { fixture, citizen, desk } = await world();
    await db.query(`UPDATE user_account SET phone = $2 WHERE id = $1`, [fixture.citizenId, PHONE]);
    await prefer(fixture.citizenId, false, true);
    const dossier = await submit(fixture, citizen);
    const submitted = await eventId(dossier.id, 'submit');
    // A gateway takes time to answer: two concurrent runs overlap for real.
    const sms = context.get(SmsProvider);
    const send = sms.send.bind(sms);
    jest.spyOn(sms, 'send').mockImplementation(async (message) => {
      await new Promise((resolve) => setTimeout(resolve, 100));
      return send(message);
    });
    await notifier.notify(job(dossier.id, submitted));
    await notifier.notify(job(dossier.id, submitted));
    await act(desk, dossier, 'accept');
    const accepted = await eventId(dossier.id, 'accept');
    await Promise.all([notifier.notify(job(dossier.id, accepted)), notifier.notify(job(dossier.id, accepted))]);

    for (const id of [submitted, accepted]) {
      const entries = smsLogsFor(id);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ channel: 'sms', provider: 'log', to: '*******321', idempotencyKey: `${id}.sms`, segments: 1 });
      expect(await ledger(id)).toEqual([{ channel: 'sms', status: 'sent' }]);
      expect(mailSendsFor(id)).toHaveLength(0);
    }
    const everythingLogged = JSON.stringify(logSpy.mock.calls);
    for (const personal of [PHONE, fixture.citizenEmail, 'Nguyễn Văn Thử', 'Nguyen Van Thu']) expect(everythingLogged).not.toContain(personal);
  });

  it('should follow the preferences: nothing on a channel turned off, no SMS without a phone, e-mail only by default', async () => {
    const { fixture, citizen } = await world();
    const dossier = await submit(fixture, citizen);
    const submitted = await eventId(dossier.id, 'submit');

    await prefer(fixture.citizenId, false, false);
    expect(results(await notifier.notify(job(dossier.id, submitted)))).toEqual([]);
    await prefer(fixture.citizenId, false, true); // SMS wanted, but no phone on the account
    expect(results(await notifier.notify(job(dossier.id, submitted)))).toEqual([]);
    expect(mailSendsFor(submitted)).toHaveLength(0);
    expect(smsLogsFor(submitted)).toHaveLength(0);
    expect(await ledger(submitted)).toEqual([]);

    // No row at all: the defaults (e-mail on, SMS off), even with a phone.
    await db.query(`DELETE FROM notification_preference WHERE user_id = $1`, [fixture.citizenId]);
    await db.query(`UPDATE user_account SET phone = $2 WHERE id = $1`, [fixture.citizenId, PHONE]);
    expect(results(await notifier.notify(job(dossier.id, submitted)))).toEqual(['email:sent']);
    expect(smsLogsFor(submitted)).toHaveLength(0);
  });

  it('should resend the same message (same Message-ID) after a crash between the SMTP accept and the ledger update', async () => {
    const { fixture, citizen } = await world();
    const dossier = await submit(fixture, citizen);
    const submitted = await eventId(dossier.id, 'submit');
    await notifier.notify(job(dossier.id, submitted));
    // What a crash after the SMTP accept leaves behind: the ledger row still 'sending'.
    await db.query(`UPDATE notification SET status = 'sending', sent_at = NULL WHERE dossier_event_id = $1`, [submitted]);

    expect(results(await notifier.notify(job(dossier.id, submitted)))).toEqual(['email:sent']);
    const [first, second] = mailSendsFor(submitted).map(([mail]) => mail as { messageId: string; subject: string });
    expect(second?.messageId).toBe(first?.messageId);
    expect(first?.messageId).toMatch(new RegExp(`^<${submitted}\\.email@`));
    const mails = (await sink.messages(fixture.citizenEmail)).filter((mail) => mail.text.includes(dossier.id));
    expect(mails).toHaveLength(1);
  });

  it('should fail the run when a channel fails (without the address in the error) and send only what is missing on retry', async () => {
    const { fixture, citizen } = await world();
    await db.query(`UPDATE user_account SET phone = $2 WHERE id = $1`, [fixture.citizenId, PHONE]);
    await prefer(fixture.citizenId, true, true);
    const dossier = await submit(fixture, citizen);
    const submitted = await eventId(dossier.id, 'submit');
    mailSend.mockRejectedValueOnce(Object.assign(new Error(`Recipient ${fixture.citizenEmail} temporarily refused`), { code: 'EENVELOPE', responseCode: 451 }));

    const failure = await notifier.notify(job(dossier.id, submitted)).catch((error: unknown) => error as Error);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toContain('email: EENVELOPE 451');
    expect((failure as Error).message).not.toContain(fixture.citizenEmail);
    expect(await ledger(submitted)).toEqual([{ channel: 'email', status: 'sending' }, { channel: 'sms', status: 'sent' }]);

    expect(results(await notifier.notify(job(dossier.id, submitted)))).toEqual(['email:sent', 'sms:already_sent']);
    expect(smsLogsFor(submitted)).toHaveLength(1);
    expect((await sink.messages(fixture.citizenEmail)).filter((mail) => mail.text.includes(dossier.id))).toHaveLength(1);
  });

  it('should remind an unanswered supplement request once, and not after it was answered', async () => {
    const { fixture, citizen, desk } = await world();
    const dossier = await submit(fixture, citizen);
    const asked = await act(desk, dossier, 'request_supplement', { reason: 'Tờ khai thiếu chữ ký', items: ['Tờ khai có chữ ký', 'Bản sao giấy khai sinh'] });
    const request = await eventId(dossier.id, 'request_supplement');

    expect(results(await notifier.notify(job(dossier.id, request)))).toEqual(['email:sent']);
    const reminders = await Promise.all([notifier.remindSupplement(job(dossier.id, request)), notifier.remindSupplement(job(dossier.id, request))]);
    expect(reminders.flatMap(results).sort()).toEqual(['email.reminder:already_sent', 'email.reminder:sent']);
    expect(await ledger(request)).toEqual([{ channel: 'email', status: 'sent' }, { channel: 'email.reminder', status: 'sent' }]);
    const mails = (await sink.messages(fixture.citizenEmail)).filter((mail) => mail.text.includes(dossier.id));
    const subjects = mails.map((mail) => mail.subject);
    expect(subjects).toEqual(expect.arrayContaining([`[${dossier.code}] Yêu cầu bổ sung hồ sơ / Supplement requested`, `[${dossier.code}] Nhắc bổ sung hồ sơ / Reminder: your dossier needs completing`]));
    const requestMail = mails.find((mail) => mail.subject.includes('Supplement requested'));
    for (const fact of ['Lý do: Tờ khai thiếu chữ ký', '1. Tờ khai có chữ ký', '2. Bản sao giấy khai sinh', `/ho-so-cua-toi/${dossier.id}`]) {
      expect(requestMail?.text).toContain(fact);
    }

    const file = await context.get(FilesService).store(citizen, 'bo-sung.pdf', samplePdf('bo sung'));
    await act(citizen, asked, 'submit_supplement', { attachments: [{ componentCode: 'TP01', fileId: file.id }] });
    await db.query(`DELETE FROM notification WHERE dossier_event_id = $1 AND channel = 'email.reminder'`, [request]);
    expect(await notifier.remindSupplement(job(dossier.id, request))).toEqual({ skipped: 'supplement_answered' });
    expect(mailSendsFor(request)).toHaveLength(2);
  });
});
