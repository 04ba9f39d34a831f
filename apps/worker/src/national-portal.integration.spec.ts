import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AppConfig, QUEUE_NAMES, QueueInspector, type Actor } from '@dvc/server/core';
import { DossiersModule, DossiersService, FilesService } from '@dvc/server/dossiers';
import { IntegrationsModule, SYNC_NATIONAL_PORTAL_JOB, SyncNationalPortalHandler } from '@dvc/server/integrations';
import { eventually, insertCatalogueFixture, MailSinkProcess, MockNationalPortalProcess, samplePdf, type CatalogueFixture } from '@dvc/server/testing';
import { WorkerModule } from './worker.module';

/** The worker (relay + jobs) with the dossier services and the sync handler, on the run's database and Redis. */
@Module({ imports: [WorkerModule, DossiersModule, IntegrationsModule], providers: [QueueInspector] })
class WorkerWithDossiersModule {}

describe('worker: the national portal gets every status change once, and failures are visible', () => {
  let sink: MailSinkProcess;
  let portal: MockNationalPortalProcess;
  let context: INestApplicationContext;
  let fixture: CatalogueFixture;
  let citizen: Actor;
  let staff: Actor;

  beforeAll(async () => {
    [sink, portal] = await Promise.all([MailSinkProcess.start(), MockNationalPortalProcess.start()]);
    process.env['SMTP_URL'] = sink.smtpUrl;
    process.env['NATIONAL_PORTAL_URL'] = portal.url;
    // Eight attempts at 50 ms doubling end within seconds (2 s doubling would take minutes).
    process.env['JOB_BACKOFF_MS'] = '50';
    context = await NestFactory.createApplicationContext(WorkerWithDossiersModule, { logger: false, abortOnError: false });
    await context.init();
    fixture = await insertCatalogueFixture(context.get(DataSource));
    citizen = { userId: fixture.citizenId, role: 'citizen', fullName: 'Nguyễn Văn Thử', agencyIds: [] };
    staff = { userId: fixture.staffId, role: 'desk_officer', fullName: 'Cán bộ Thử', agencyIds: [fixture.agencyId] };
  });

  afterAll(async () => {
    await context.close();
    sink.stop();
    portal.stop();
    delete process.env['JOB_BACKOFF_MS'];
  });

  // The relay delivers every pending outbox row of the shared test database, including rows other test files left:
  // let that backlog drain before arranging failures, so they hit this test's own messages.
  beforeEach(async () => {
    const db = context.get(DataSource);
    const queue = context.get(QueueInspector).queue(QUEUE_NAMES.dossierEvents);
    await eventually(async () => {
      const [{ pending }] = await db.query(`SELECT count(*)::int AS pending FROM outbox WHERE relayed_at IS NULL`);
      const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      return pending === 0 && Object.values(counts).every((count) => count === 0);
    }, 30_000);
    expect(context.get(AppConfig).JOB_BACKOFF_MS).toBe(50);
  });

  async function submitted(): Promise<{ id: string; code: string; version: number }> {
    const file = await context.get(FilesService).store(citizen, 'to-khai.pdf', samplePdf('to khai'));
    return context.get(DossiersService).submit(
      citizen,
      { procedureCode: fixture.procedureCode, agencyId: fixture.agencyId, formData: { hoTen: 'Nguyễn Văn Thử' }, attachments: [{ componentCode: 'TP01', fileId: file.id }] },
      'it-national-portal',
    );
  }

  const syncFailures = async (dossierId: string) =>
    (await context.get(DossiersService).jobFailures(staff, dossierId)).filter((failure) => failure.jobName === SYNC_NATIONAL_PORTAL_JOB.name);

  it('should deliver the message once after the portal answers 500 three times, with the three failures on the dossier', async () => {
    await portal.control({ failNext: 3, failStatus: 500, failAlways: false });
    const dossier = await submitted();

    const [message] = await eventually(async () => {
      const received = await portal.messages(dossier.code);
      return received.length > 0 && received;
    });
    expect(message?.message.dossier).toMatchObject({ code: dossier.code, statusCode: 1 });
    expect(message?.message.event).toMatchObject({ seq: 1, action: 'submit', statusCode: 1 });
    const failures = await syncFailures(dossier.id);
    expect(failures.map((failure) => [failure.attempt, failure.dead])).toEqual([[1, false], [2, false], [3, false]]);
    expect(failures[0]?.error).toContain('answered 500');
    // The applicant's acknowledgement did not wait for the portal.
    expect((await sink.messages(fixture.citizenEmail)).some((mail) => mail.subject.includes(dossier.code))).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await portal.messages(dossier.code)).toHaveLength(1);
  });

  it('should end in the dead-letter list when the portal keeps failing, and deliver once when the desk retries', async () => {
    await portal.control({ failNext: 0, failAlways: true });
    const dossier = await submitted();
    const dead = await eventually(async () => (await syncFailures(dossier.id)).find((failure) => failure.dead), 30_000);
    expect(dead).toMatchObject({ attempt: 8, maxAttempts: 8, dossierCode: dossier.code });
    expect(await portal.messages(dossier.code)).toHaveLength(0);

    await portal.control({ failAlways: false });
    const retried = await context.get(DossiersService).retryJob(staff, dossier.id, dead.jobId);
    expect(retried).toMatchObject({ retriedBy: 'Cán bộ Thử' });
    await eventually(async () => (await portal.messages(dossier.code)).length === 1);
    await expect(context.get(DossiersService).retryJob(staff, dossier.id, dead.jobId)).rejects.toMatchObject({ code: 'JOBS.NOT_DEAD' });
  });

  it('should have the same result when the sync job runs twice, at once or one after the other', async () => {
    await portal.control({ failNext: 0, failAlways: false });
    const dossier = await submitted();
    await eventually(async () => (await portal.messages(dossier.code)).length === 1);
    const [{ id: eventId }] = await context.get(DataSource).query(`SELECT id FROM dossier_event WHERE dossier_id = $1 AND seq = 1`, [dossier.id]);
    const handler = context.get(SyncNationalPortalHandler);
    const payload = { dossierId: dossier.id, eventId, correlationId: null };
    await Promise.all([handler.handle(payload), handler.handle(payload)]);
    await handler.handle(payload);
    expect(await portal.messages(dossier.code)).toHaveLength(1);
  });
});
