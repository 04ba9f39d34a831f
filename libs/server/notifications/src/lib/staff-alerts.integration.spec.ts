import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { DossierDetail } from '@dvc/shared/contracts';
import { AppConfig, ConfigModule, DatabaseModule, OutboxModule, type Actor } from '@dvc/server/core';
import { DossierActionsService, DossiersModule, DossiersService, FilesService } from '@dvc/server/dossiers';
import { insertCatalogueFixture, MailSinkProcess, samplePdf, type CatalogueFixture } from '@dvc/server/testing';
import { Mailer, type OutgoingMail } from './channels/mailer';
import type { AlertStaffPayload } from './jobs/alert-staff.job';
import { NotificationsModule } from './notifications.module';
import { StaffAlertNotifier, type StaffAlertOutcome } from './staff-alert-notifier.service';

/** What the worker has for notifications, plus the dossier services that make a dossier to be late with. */
@Module({ imports: [ConfigModule, DatabaseModule, OutboxModule, DossiersModule, NotificationsModule] })
class StaffAlertsTestModule {}

interface Staff {
  id: string;
  email: string;
}

describe('deadline alerts to staff: one e-mail per (alert, recipient) (real PostgreSQL and SMTP sink)', () => {
  let sink: MailSinkProcess;
  let context: INestApplicationContext;
  let db: DataSource;
  let sut: StaffAlertNotifier;
  let mailSend: jest.SpyInstance;

  beforeAll(async () => {
    sink = await MailSinkProcess.start();
    process.env['SMTP_URL'] = sink.smtpUrl;
    context = await NestFactory.createApplicationContext(StaffAlertsTestModule, { logger: false, abortOnError: false });
    db = context.get(DataSource);
    sut = context.get(StaffAlertNotifier);
  });

  beforeEach(() => {
    // Counts real SMTP sends (the sink keeps one copy per Message-ID, so its list alone cannot show a repeat).
    mailSend = jest.spyOn(context.get(Mailer), 'send');
  });

  afterEach(() => jest.restoreAllMocks());

  afterAll(async () => {
    await context.close();
    sink.stop();
  });

  /** An agency with a received dossier, its specialist (assignee) and two leaders. */
  async function world(): Promise<{ fixture: CatalogueFixture; dossier: DossierDetail; specialist: Staff; leaders: Staff[] }> {
    const fixture = await insertCatalogueFixture(db);
    const staff = async (role: string, name: string): Promise<Staff> => {
      const email = `${role}.${randomUUID().slice(0, 8)}.${fixture.agencyCode}@example.vn`;
      const [row] = await db.query(`INSERT INTO user_account (email, password_hash, full_name, role) VALUES ($1, 'x', $2, $3) RETURNING id`, [email, name, role]);
      await db.query(`INSERT INTO user_agency (user_id, agency_id) VALUES ($1, $2)`, [row.id, fixture.agencyId]);
      return { id: row.id as string, email };
    };
    const specialist = await staff('specialist', 'Chuyên viên Thử');
    const leaders = [await staff('leader', 'Lãnh đạo Một'), await staff('leader', 'Lãnh đạo Hai')];
    const citizen: Actor = { userId: fixture.citizenId, role: 'citizen', fullName: 'Nguyễn Văn Thử', agencyIds: [] };
    const desk: Actor = { userId: fixture.staffId, role: 'desk_officer', fullName: 'Cán bộ Thử', agencyIds: [fixture.agencyId] };
    const file = await context.get(FilesService).store(citizen, 'to-khai.pdf', samplePdf('to khai'));
    const submitted = await context.get(DossiersService).submit(
      citizen,
      { procedureCode: fixture.procedureCode, agencyId: fixture.agencyId, formData: { hoTen: 'Nguyễn Văn Thử' }, attachments: [{ componentCode: 'TP01', fileId: file.id }] },
      'it-staff-alerts',
    );
    const dossier = await context.get(DossierActionsService).act(desk, submitted.id, 'accept', { version: submitted.version }, 'it-staff-alerts');
    return { fixture, dossier, specialist, leaders };
  }

  /** What the deadline sweep records and writes to the outbox for an alert. */
  async function alert(dossier: DossierDetail, kind: AlertStaffPayload['kind'], recipients: Staff[], subject = 'dossier'): Promise<AlertStaffPayload> {
    const dueAt = dossier.dueAt ?? new Date().toISOString();
    const [row] = await db.query(`INSERT INTO deadline_alert (dossier_id, kind, subject_key) VALUES ($1, $2, $3) RETURNING id`, [dossier.id, kind, `${subject}@${dueAt}`]);
    return { alertId: row.id as string, dossierId: dossier.id, kind, dueAt, recipientUserIds: recipients.map((recipient) => recipient.id), correlationId: 'it-staff-alerts' };
  }

  const results = (outcome: StaffAlertOutcome) => ('deliveries' in outcome ? outcome.deliveries.map((delivery) => `${delivery.userId}:${delivery.result}`) : [outcome.skipped]);
  const sendsFor = (alertId: string) => mailSend.mock.calls.map(([mail]) => mail as OutgoingMail).filter((mail) => mail.messageId.startsWith(`<${alertId}.`));
  const ledger = (alertId: string): Promise<{ user_id: string; status: string; sent: boolean }[]> =>
    db.query(`SELECT user_id, status, sent_at IS NOT NULL AS sent FROM staff_alert_delivery WHERE alert_id = $1 ORDER BY user_id`, [alertId]);
  const mailsAbout = async (to: string, dossierCode: string) => (await sink.messages(to)).filter((mail) => mail.subject.includes(dossierCode));

  it('should e-mail each recipient once when the job runs twice in a row, and once when it runs twice at the same time', async () => {
    const { dossier, specialist, leaders } = await world();
    const recipients = [specialist, ...leaders];
    const sorted = (ids: string[]) => [...ids].sort();

    const overdue = await alert(dossier, 'overdue', recipients);
    expect(sorted(results(await sut.alert(overdue)))).toEqual(sorted(recipients.map((recipient) => `${recipient.id}:sent`)));
    expect(sorted(results(await sut.alert(overdue)))).toEqual(sorted(recipients.map((recipient) => `${recipient.id}:already_sent`)));

    const atRisk = await alert(dossier, 'at_risk', recipients);
    const concurrent = await Promise.all([sut.alert(atRisk), sut.alert(atRisk)]);
    expect(sorted(concurrent.flatMap(results))).toEqual(sorted(recipients.flatMap((recipient) => [`${recipient.id}:sent`, `${recipient.id}:already_sent`])));

    for (const payload of [overdue, atRisk]) {
      expect(sendsFor(payload.alertId).map((mail) => mail.to).sort()).toEqual(recipients.map((recipient) => recipient.email).sort());
      expect(await ledger(payload.alertId)).toEqual(sorted(recipients.map((recipient) => recipient.id)).map((id) => ({ user_id: id, status: 'sent', sent: true })));
    }
    const deskUrl = `${context.get(AppConfig).PUBLIC_BASE_URL}/desk/ho-so/${dossier.id}`;
    for (const recipient of recipients) {
      const mails = await mailsAbout(recipient.email, dossier.code);
      expect(mails.map((mail) => mail.subject).sort()).toEqual([`[${dossier.code}] Hồ sơ quá hạn / Dossier overdue`, `[${dossier.code}] Hồ sơ sắp đến hạn / Dossier due soon`]);
      expect(mails.map((mail) => mail.messageId).sort()).toEqual([`<${atRisk.alertId}.${recipient.id}@localhost>`, `<${overdue.alertId}.${recipient.id}@localhost>`].sort());
      for (const mail of mails) {
        expect(mail.text).toContain(`Mở hồ sơ: ${deskUrl}`);
        expect(mail.text).toContain('Người nộp: Nguyễn Văn Thử');
        expect(mail.text).toMatch(/Hạn giải quyết: \d{2}:\d{2} ngày \d{2}\/\d{2}\/\d{4} \(giờ Việt Nam\)/);
      }
    }
  });

  it('should name the step of a step alert', async () => {
    const { dossier, leaders } = await world();
    const [step] = await db.query(`SELECT id, name FROM dossier_step WHERE dossier_id = $1 AND finished_at IS NULL AND kind = 'process'`, [dossier.id]);
    const payload = await alert(dossier, 'step_overdue', leaders.slice(0, 1), step.id as string);

    expect(results(await sut.alert(payload))).toEqual([`${leaders[0]?.id}:sent`]);
    const [mail] = await mailsAbout(leaders[0]?.email ?? '', dossier.code);
    expect(mail?.subject).toBe(`[${dossier.code}] Bước xử lý quá hạn / Processing step overdue`);
    expect(mail?.text).toContain(`Bước «${step.name as string}» của hồ sơ ${dossier.code} đã quá hạn.`);
  });

  it('should send the rest on the retry when one recipient failed, and nothing twice', async () => {
    const { dossier, specialist, leaders } = await world();
    const payload = await alert(dossier, 'at_risk', [specialist, leaders[0] as Staff]);
    const mailer = context.get(Mailer);
    // The instance's send is the spy; the prototype's is the real one.
    const realSend = (mail: OutgoingMail): Promise<void> => Mailer.prototype.send.call(mailer, mail);
    mailSend.mockImplementation((mail: OutgoingMail) =>
      mail.to === specialist.email ? Promise.reject(Object.assign(new Error(`550 no such user ${mail.to}`), { responseCode: 550 })) : realSend(mail),
    );

    const failure = await sut.alert(payload).catch((error: Error) => error);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toContain(`${specialist.id}: Error 550`);
    expect((failure as Error).message).not.toContain(specialist.email);
    expect(await ledger(payload.alertId)).toEqual(
      [{ user_id: specialist.id, status: 'sending', sent: false }, { user_id: leaders[0]?.id, status: 'sent', sent: true }].sort((a, b) => String(a.user_id).localeCompare(String(b.user_id))),
    );

    mailSend.mockImplementation(realSend);
    expect(results(await sut.alert(payload)).sort()).toEqual([`${specialist.id}:sent`, `${leaders[0]?.id}:already_sent`].sort());
    expect(sendsFor(payload.alertId).filter((mail) => mail.to === leaders[0]?.email)).toHaveLength(1);
  });

  it('should send nothing for a dossier finished before the job ran, and skip accounts that no longer exist', async () => {
    const { dossier, leaders } = await world();
    const stale = await alert(dossier, 'overdue', leaders);
    const unknown = { ...(await alert(dossier, 'at_risk', leaders)), recipientUserIds: [randomUUID(), ...leaders.map((leader) => leader.id)] };

    expect(await sut.alert(unknown)).toMatchObject({ unknownRecipients: 1 });
    await db.query(`UPDATE dossier SET finished_at = now() WHERE id = $1`, [dossier.id]);
    expect(await sut.alert(stale)).toEqual({ skipped: 'resolved' });
    expect(sendsFor(stale.alertId)).toHaveLength(0);
    expect(await ledger(stale.alertId)).toEqual([]);
  });
});
