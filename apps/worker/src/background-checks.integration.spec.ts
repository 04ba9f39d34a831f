import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AppConfig, OutboxWriter, type Actor } from '@dvc/server/core';
import { DossiersModule, DossiersService, FilesService } from '@dvc/server/dossiers';
import { eventually, insertCatalogueFixture, MailSinkProcess, MockNationalPortalProcess, samplePdf, type CatalogueFixture } from '@dvc/server/testing';
import { WorkerModule } from './worker.module';

/** The worker plus the dossier services that feed its outbox, as one context on the run's database and Redis. */
@Module({ imports: [WorkerModule, DossiersModule] })
class WorkerWithDossiersModule {}

describe('worker: attachment checks and staff deadline alerts through the outbox and BullMQ', () => {
  let sink: MailSinkProcess;
  let portal: MockNationalPortalProcess;
  let context: INestApplicationContext;
  let db: DataSource;
  let fixture: CatalogueFixture;
  let citizen: Actor;

  beforeAll(async () => {
    [sink, portal] = await Promise.all([MailSinkProcess.start(), MockNationalPortalProcess.start()]);
    process.env['SMTP_URL'] = sink.smtpUrl;
    process.env['NATIONAL_PORTAL_URL'] = portal.url;
    // No clamd here (its own test runs one): the type, size and integrity checks run without a virus scan.
    delete process.env['CLAMD_SOCKET'];
    delete process.env['CLAMD_HOST'];
    context = await NestFactory.createApplicationContext(WorkerWithDossiersModule, { logger: false, abortOnError: false });
    context.enableShutdownHooks();
    await context.init();
    db = context.get(DataSource);
    fixture = await insertCatalogueFixture(db);
    citizen = { userId: fixture.citizenId, role: 'citizen', fullName: 'Nguyễn Văn Thử', agencyIds: [] };
  });

  afterAll(async () => {
    await context.close();
    sink.stop();
    portal.stop();
  });

  async function submitted(): Promise<{ id: string; code: string }> {
    const file = await context.get(FilesService).store(citizen, 'to-khai.pdf', samplePdf('to khai'));
    return context.get(DossiersService).submit(
      citizen,
      { procedureCode: fixture.procedureCode, agencyId: fixture.agencyId, formData: { hoTen: 'Nguyễn Văn Thử' }, attachments: [{ componentCode: 'TP01', fileId: file.id }] },
      'it-background-checks',
    );
  }

  it('checks the attachments of a submitted dossier on the files queue', async () => {
    const dossier = await submitted();

    const checked = await eventually(async () => {
      const rows: { check_status: string; check_detail: string | null }[] = await db.query(
        `SELECT check_status, check_detail FROM dossier_file WHERE dossier_id = $1 AND check_status <> 'pending'`,
        [dossier.id],
      );
      return rows.length > 0 && rows;
    });
    expect(checked).toEqual([{ check_status: 'passed', check_detail: null }]);
  });

  it('e-mails the staff of a deadline alert once, with a link to the dossier on the desk', async () => {
    const dossier = await submitted();
    const email = `leader.bg.${fixture.agencyCode}@example.vn`;
    const [leader] = await db.query(`INSERT INTO user_account (email, password_hash, full_name, role) VALUES ($1, 'x', 'Lãnh đạo Thử', 'leader') RETURNING id`, [email]);
    const dueAt = new Date(Date.now() - 3600_000).toISOString();
    await db.transaction(async (manager) => {
      const [alert] = await manager.query(`INSERT INTO deadline_alert (dossier_id, kind, subject_key) VALUES ($1, 'overdue', $2) RETURNING id`, [dossier.id, `dossier@${dueAt}`]);
      await context.get(OutboxWriter).write(manager, 'dossier.deadline-alert', dossier.id, {
        alertId: alert.id, dossierId: dossier.id, kind: 'overdue', dueAt, recipientUserIds: [leader.id],
      }, 'it-background-checks');
    });

    const mails = await eventually(async () => {
      const received = (await sink.messages(email)).filter((mail) => mail.subject.includes(dossier.code));
      return received.length > 0 && received;
    });
    expect(mails.map((mail) => mail.subject)).toEqual([`[${dossier.code}] Hồ sơ quá hạn / Dossier overdue`]);
    expect(mails[0]?.text).toContain(`${context.get(AppConfig).PUBLIC_BASE_URL}/desk/ho-so/${dossier.id}`);
    const ledger = await db.query(`SELECT status FROM staff_alert_delivery WHERE user_id = $1`, [leader.id]);
    expect(ledger).toEqual([{ status: 'sent' }]);
  });
});
