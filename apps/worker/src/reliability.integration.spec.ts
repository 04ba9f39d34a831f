import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { ConfigModule, DatabaseModule, OutboxModule, type Actor, type OutboxPayloads } from '@dvc/server/core';
import { DossierActionsService, DossiersModule, DossiersService, FilesService } from '@dvc/server/dossiers';
import { SYNC_NATIONAL_PORTAL_JOB } from '@dvc/server/integrations';
import { NOTIFY_APPLICANT_JOB } from '@dvc/server/notifications';
import {
  eventually, insertCatalogueFixture, MailSinkProcess, MockNationalPortalProcess, RedisServerProcess, REPO_ROOT, samplePdf, WorkerProcess,
} from '@dvc/server/testing';

/** What the API process has: dossier services writing the outbox (no relay, no jobs). */
@Module({ imports: [ConfigModule, DatabaseModule, OutboxModule, DossiersModule] })
class ApiSideModule {}

const DOSSIERS = 1000;
const CONCURRENCY = 25;

async function inBatches<T>(items: readonly T[], work: (item: T) => Promise<unknown>): Promise<void> {
  for (let index = 0; index < items.length; index += CONCURRENCY) {
    await Promise.all(items.slice(index, index + CONCURRENCY).map(work));
  }
}

/**
 * The promise of the outbox design, tested the hard way: 1,000 dossiers move through four status changes while the
 * worker process is killed with SIGKILL several times and Redis restarts once. At the end every notifiable event has
 * exactly one e-mail in the SMTP sink, every status change exactly one sync message at the national portal, and the
 * outbox is empty. (Exactly once is at-least-once delivery plus idempotent receivers: the sink and the portal keep one
 * message per Message-ID / Idempotency-Key; repeats are counted and printed.)
 */
describe('reliability: kill -9 the worker and restart Redis while 1,000 dossiers move', () => {
  let redis: RedisServerProcess;
  let sink: MailSinkProcess;
  let portal: MockNationalPortalProcess;
  let api: INestApplicationContext;
  let worker: WorkerProcess;
  const savedRedisUrl = process.env['REDIS_URL'];

  beforeAll(async () => {
    const runId = `${process.env['DVC_TEST_RUN_ID'] ?? 'dvc'}_reliability`;
    [redis, sink, portal] = await Promise.all([RedisServerProcess.start(runId), MailSinkProcess.start(), MockNationalPortalProcess.start()]);
    process.env['REDIS_URL'] = redis.url;
    api = await NestFactory.createApplicationContext(ApiSideModule, { logger: false, abortOnError: false });
    worker = new WorkerProcess({
      DATABASE_URL: process.env['DATABASE_URL'] ?? '', REDIS_URL: redis.url, REDIS_PREFIX: runId, SMTP_URL: sink.smtpUrl,
      NATIONAL_PORTAL_URL: portal.url, FILES_DIR: process.env['FILES_DIR'] ?? join(REPO_ROOT, 'var', 'test-files', runId),
      JOB_BACKOFF_MS: '100', WORKER_LOCK_MS: '2000', LOG_LEVEL: 'silent', NODE_ENV: 'test',
    });
  });

  afterAll(async () => {
    await worker.stop();
    await api.close();
    await redis.stop();
    sink.stop();
    portal.stop();
    process.env['REDIS_URL'] = savedRedisUrl;
  });

  it('should deliver every e-mail and sync message exactly once and leave the outbox empty', async () => {
    const db = api.get(DataSource);
    const fixture = await insertCatalogueFixture(db);
    const [specialistRow] = await db.query(
      `INSERT INTO user_account (email, password_hash, full_name, role) VALUES ($1, 'x', 'Chuyên viên Thử', 'specialist') RETURNING id`,
      [`specialist.${fixture.agencyCode}@example.vn`],
    );
    await db.query(`INSERT INTO user_agency (user_id, agency_id) VALUES ($1, $2)`, [specialistRow.id, fixture.agencyId]);
    const citizen: Actor = { userId: fixture.citizenId, role: 'citizen', fullName: 'Nguyễn Văn Thử', agencyIds: [] };
    const desk: Actor = { userId: fixture.staffId, role: 'desk_officer', fullName: 'Cán bộ Thử', agencyIds: [fixture.agencyId] };
    const specialist: Actor = { userId: specialistRow.id, role: 'specialist', fullName: 'Chuyên viên Thử', agencyIds: [fixture.agencyId] };
    const files = api.get(FilesService);
    const dossiers = api.get(DossiersService);
    const actions = api.get(DossierActionsService);

    worker.start();
    let chaos = true;
    let kills = 0;
    let redisRestarts = 0;
    const chaosLoop = (async () => {
      while (chaos) {
        await new Promise((resolve) => setTimeout(resolve, 2500));
        if (!chaos) break;
        if (kills === 2 && redisRestarts === 0) {
          await redis.restart();
          redisRestarts += 1;
        }
        await worker.crash();
        kills += 1;
        worker.start();
      }
    })();

    const filed: { id: string; version: number }[] = [];
    await inBatches(Array.from({ length: DOSSIERS }, (_, index) => index), async (index) => {
      const file = await files.store(citizen, `to-khai-${index}.pdf`, samplePdf(`to khai ${index}`));
      const dossier = await dossiers.submit(
        citizen,
        { procedureCode: fixture.procedureCode, agencyId: fixture.agencyId, formData: { hoTen: `Nguyễn Văn ${index}` }, attachments: [{ componentCode: 'TP01', fileId: file.id }] },
        'it-reliability',
      );
      filed.push({ id: dossier.id, version: dossier.version });
    });
    await inBatches(filed, async (dossier) => {
      const accepted = await actions.act(desk, dossier.id, 'accept', { version: dossier.version }, 'it-reliability');
      const claimed = await actions.act(specialist, dossier.id, 'claim', { version: accepted.version }, 'it-reliability');
      await actions.act(specialist, dossier.id, 'process', { version: claimed.version }, 'it-reliability');
    });
    // Make sure the chaos really happened while work was in flight, then let the last worker finish.
    await eventually(async () => kills >= 4 && redisRestarts === 1, 60_000);
    chaos = false;
    await chaosLoop;

    const events: (OutboxPayloads['dossier.status-changed'] & { id: string })[] = await db.query(
      `SELECT e.id, e.id AS "eventId", e.dossier_id AS "dossierId", e.action, e.from_status AS "fromStatus", e.to_status AS "toStatus"
         FROM dossier_event e JOIN dossier d ON d.id = e.dossier_id WHERE d.agency_id = $1`,
      [fixture.agencyId],
    );
    expect(events).toHaveLength(DOSSIERS * 4);
    const expectedSyncs = new Set(events.filter((event) => SYNC_NATIONAL_PORTAL_JOB.trigger.when(event)).map((event) => event.id));
    const expectedMails = new Set(events.filter((event) => NOTIFY_APPLICANT_JOB.trigger.when(event)).map((event) => event.id));
    expect(expectedSyncs.size).toBe(DOSSIERS * 4);

    const eventIdOf = (messageId: string | null) => /^<?([0-9a-f-]{36})\./.exec(messageId ?? '')?.[1] ?? '';
    await eventually(async () => {
      const [portalStats, mails, [{ pending }]] = await Promise.all([
        portal.stats(),
        sink.messages(fixture.citizenEmail),
        db.query(`SELECT count(*)::int AS pending FROM outbox WHERE relayed_at IS NULL`),
      ]);
      const ours = portalStats.messages >= expectedSyncs.size ? (await portal.messages()).filter((entry) => expectedSyncs.has(entry.key)).length : 0;
      return ours >= expectedSyncs.size && mails.length >= expectedMails.size && pending === 0;
    }, 180_000);

    // The relay also delivers what other test files left in the shared database: count this test's events only.
    const synced = (await portal.messages()).filter((entry) => expectedSyncs.has(entry.key));
    expect(synced).toHaveLength(expectedSyncs.size);
    expect(new Set(synced.map((entry) => entry.key))).toEqual(expectedSyncs);
    const mails = await sink.messages(fixture.citizenEmail);
    expect(mails).toHaveLength(expectedMails.size);
    expect(new Set(mails.map((mail) => eventIdOf(mail.messageId)))).toEqual(expectedMails);
    const [{ pending }] = await db.query(`SELECT count(*)::int AS pending FROM outbox WHERE relayed_at IS NULL`);
    expect(pending).toBe(0);
    const [{ dead }] = await db.query(`SELECT count(*)::int AS dead FROM job_attempt WHERE dead`);
    expect(dead).toBe(0);

    const [portalStats, sinkStats] = await Promise.all([portal.stats(), sink.stats()]);
    console.log(
      `reliability: ${DOSSIERS} dossiers, ${events.length} events, ${kills} worker kills (${worker.starts} starts), ${redisRestarts} Redis restart; ` +
        `portal ${portalStats.messages} messages from ${portalStats.deliveries} deliveries (${portalStats.duplicateDeliveries} repeats absorbed); ` +
        `mail ${sinkStats.messages} messages from ${sinkStats.deliveries} deliveries (${sinkStats.duplicateDeliveries} repeats absorbed)`,
    );
  }, 400_000);
});
