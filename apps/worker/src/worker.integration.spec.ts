import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import {
  AppConfig, ConfigModule, DatabaseModule, JobRegistry, OutboxModule, OutboxRelay, type Actor,
} from '@dvc/server/core';
import { DossierActionsService, DossiersModule, DossiersService, FilesService, RENDER_RESULT_JOB, RenderResultHandler } from '@dvc/server/dossiers';
import { ApplicantNotifier, NOTIFY_APPLICANT_JOB } from '@dvc/server/notifications';
import { eventually, insertCatalogueFixture, MailSinkProcess, MockNationalPortalProcess, samplePdf, type CatalogueFixture } from '@dvc/server/testing';
import { WorkerModule } from './worker.module';

/** The worker plus the dossier services that feed its outbox, as one context on the run's database and Redis. */
@Module({ imports: [WorkerModule, DossiersModule] })
class WorkerWithDossiersModule {}

/** What the API process has: dossier services writing the outbox, no relay. */
@Module({ imports: [ConfigModule, DatabaseModule, OutboxModule, DossiersModule] })
class ApiSideModule {}

const citizenOf = (fixture: CatalogueFixture): Actor => ({ userId: fixture.citizenId, role: 'citizen', fullName: 'Nguyễn Văn Thử', agencyIds: [] });

async function submitAs(context: INestApplicationContext, fixture: CatalogueFixture): Promise<{ id: string; version: number }> {
  const citizen = citizenOf(fixture);
  const file = await context.get(FilesService).store(citizen, 'to-khai.pdf', samplePdf('to khai'));
  return context.get(DossiersService).submit(
    citizen,
    { procedureCode: fixture.procedureCode, agencyId: fixture.agencyId, formData: { hoTen: 'Nguyễn Văn Thử' }, attachments: [{ componentCode: 'TP01', fileId: file.id }] },
    'it-correlation',
  );
}

describe('worker: Redis down while citizens file', () => {
  const redisUrl = process.env['REDIS_URL'];
  let sink: MailSinkProcess;
  let portal: MockNationalPortalProcess;

  beforeAll(async () => {
    [sink, portal] = await Promise.all([MailSinkProcess.start(), MockNationalPortalProcess.start()]);
    process.env['SMTP_URL'] = sink.smtpUrl;
    process.env['NATIONAL_PORTAL_URL'] = portal.url;
  });

  afterAll(() => {
    process.env['REDIS_URL'] = redisUrl;
    sink.stop();
    portal.stop();
  });

  it('accepts the dossier, keeps its outbox row while Redis is unreachable, and e-mails once Redis is back', async () => {
    // Long: the relay must give up on an unreachable Redis (5 s) before the row can be shown still pending.
    process.env['REDIS_URL'] = 'redis://127.0.0.1:1';
    const api = await NestFactory.createApplicationContext(ApiSideModule, { logger: false, abortOnError: false });
    const fixture = await insertCatalogueFixture(api.get(DataSource));
    const dossier = await submitAs(api, fixture);

    const registry = new JobRegistry();
    registry.register(NOTIFY_APPLICANT_JOB, async () => undefined);
    registry.register(RENDER_RESULT_JOB, async () => undefined);
    const relay = new OutboxRelay(api.get(DataSource), registry, api.get(AppConfig));
    await expect(relay.relayBatch()).rejects.toThrow(/timed out|max retries|ECONNREFUSED/i);
    await relay.onApplicationShutdown();
    const pending: unknown[] = await api.get(DataSource).query(
      `SELECT id FROM outbox WHERE aggregate_id = $1 AND relayed_at IS NULL`,
      [dossier.id],
    );
    expect(pending).toHaveLength(1);
    await api.close();

    process.env['REDIS_URL'] = redisUrl;
    const worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false, abortOnError: false });
    await worker.init();
    try {
      const mails = await eventually(async () => {
        const received = (await sink.messages(fixture.citizenEmail)).filter((mail) => mail.text.includes(dossier.id));
        return received.length > 0 && received;
      });
      expect(mails).toHaveLength(1);
    } finally {
      await worker.close();
    }
  });
});

describe('worker: outbox → BullMQ → result document and e-mails', () => {
  let sink: MailSinkProcess;
  let portal: MockNationalPortalProcess;
  let context: INestApplicationContext;
  let db: DataSource;
  let fixture: CatalogueFixture;
  let staff: Actor;

  const submitted = () => submitAs(context, fixture);

  beforeAll(async () => {
    [sink, portal] = await Promise.all([MailSinkProcess.start(), MockNationalPortalProcess.start()]);
    process.env['SMTP_URL'] = sink.smtpUrl;
    process.env['NATIONAL_PORTAL_URL'] = portal.url;
    context = await NestFactory.createApplicationContext(WorkerWithDossiersModule, { logger: false, abortOnError: false });
    context.enableShutdownHooks();
    await context.init();
    db = context.get(DataSource);
    fixture = await insertCatalogueFixture(db);
    staff = { userId: fixture.staffId, role: 'desk_officer', fullName: 'Cán bộ Thử', agencyIds: [fixture.agencyId] };
  });

  afterAll(async () => {
    await context.close();
    sink.stop();
    portal.stop();
  });

  it('e-mails the applicant once per status change', async () => {
    const dossier = await submitted();
    await context.get(DossierActionsService).act(staff, dossier.id, 'accept', { version: dossier.version }, 'it-correlation');
    const mails = await eventually(async () => {
      const received = (await sink.messages(fixture.citizenEmail)).filter((mail) => mail.text.includes(dossier.id));
      return received.length >= 2 && received;
    });
    expect(mails.map((mail) => mail.subject)).toEqual(
      expect.arrayContaining([expect.stringContaining('Mới đăng ký'), expect.stringContaining('tiếp nhận')]),
    );
    const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM outbox WHERE aggregate_id = $1 AND relayed_at IS NULL`, [dossier.id]);
    expect(count).toBe(0);
  });

  it('renders the result PDF when a dossier becomes result_ready, once even if the job runs twice', async () => {
    const dossier = await submitted();
    const eventId = await markResultReady(dossier.id);
    const handler = context.get(RenderResultHandler);
    await Promise.all([handler.handle({ dossierId: dossier.id, eventId, correlationId: null }), handler.handle({ dossierId: dossier.id, eventId, correlationId: null })]);
    await handler.handle({ dossierId: dossier.id, eventId, correlationId: null });
    const results: { content_type: string }[] = await db.query(
      `SELECT sf.content_type FROM dossier_file df JOIN stored_file sf ON sf.id = df.stored_file_id WHERE df.dossier_id = $1 AND df.kind = 'result'`,
      [dossier.id],
    );
    expect(results).toEqual([{ content_type: 'application/pdf' }]);
    const [{ orphans }] = await db.query(
      `SELECT count(*)::int AS orphans FROM stored_file sf WHERE sf.owner_user_id IS NULL AND NOT EXISTS (SELECT 1 FROM dossier_file df WHERE df.stored_file_id = sf.id)`,
    );
    expect(orphans).toBe(0);
  });

  it('sends a status e-mail once even when its job runs twice', async () => {
    const dossier = await submitted();
    const [{ id: eventId }] = await db.query(`SELECT id FROM dossier_event WHERE dossier_id = $1 AND seq = 1`, [dossier.id]);
    const handler = context.get(ApplicantNotifier);
    await eventually(async () => (await sink.messages(fixture.citizenEmail)).some((mail) => mail.text.includes(dossier.id)));
    await handler.notify({ dossierId: dossier.id, eventId, correlationId: null });
    await handler.notify({ dossierId: dossier.id, eventId, correlationId: null });
    const mails = (await sink.messages(fixture.citizenEmail)).filter((mail) => mail.text.includes(dossier.id));
    expect(mails).toHaveLength(1);
  });

  async function markResultReady(dossierId: string): Promise<string> {
    const [event] = await db.query(`SELECT id FROM dossier_event WHERE dossier_id = $1 ORDER BY seq DESC LIMIT 1`, [dossierId]);
    await db.query(`UPDATE dossier SET status = 'result_ready' WHERE id = $1`, [dossierId]);
    return event.id as string;
  }
});
