import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { localDateTime } from '@dvc/shared/domain';
import type { DossierDetail } from '@dvc/shared/contracts';
import { ConfigModule, DatabaseModule, OutboxModule, type Actor } from '@dvc/server/core';
import { insertCatalogueFixture, samplePdf, useOwnDatabase, type CatalogueFixture } from '@dvc/server/testing';
import { DeadlineSweepService } from './deadline-sweep.service';
import { DossierActionsService } from './dossier-actions.service';
import { DossiersModule } from './dossiers.module';
import { DossiersService } from './dossiers.service';
import { FilesService } from './files/files.service';
import { SweepRepository } from './sweep.repository';

@Module({ imports: [ConfigModule, DatabaseModule, OutboxModule, DossiersModule], providers: [SweepRepository, DeadlineSweepService] })
class SweepTestModule {}

/** March 2027 has no holiday; the fixture's legal time is 3 working days; at risk = 8 working hours before due. */
const at = (day: string, time: string) => localDateTime(day, time);

describe('the deadline sweep and the schedules (real PostgreSQL)', () => {
  let context: INestApplicationContext;
  let db: DataSource;
  let fixture: CatalogueFixture;
  let citizen: Actor;
  let desk: Actor;
  let specialist: Actor;
  let leaderId: string;
  let sut: DeadlineSweepService;
  let ownDatabase: Awaited<ReturnType<typeof useOwnDatabase>>;

  beforeAll(async () => {
    // The sweep acts on every open dossier: on the shared database it would alert on, remind and close the other
    // suites' dossiers (a thousand from the reliability test) and queue those e-mails ahead of theirs.
    ownDatabase = await useOwnDatabase();
    context = await NestFactory.createApplicationContext(SweepTestModule, { logger: false, abortOnError: false });
    db = context.get(DataSource);
    fixture = await insertCatalogueFixture(db);
    const user = async (role: string, name: string) => {
      const [row] = await db.query(`INSERT INTO user_account (email, password_hash, full_name, role) VALUES ($1, 'x', $2, $3) RETURNING id`, [
        `${role}.sweep.${fixture.agencyCode}@example.vn`, name, role,
      ]);
      await db.query(`INSERT INTO user_agency (user_id, agency_id) VALUES ($1, $2)`, [row.id, fixture.agencyId]);
      return row.id as string;
    };
    citizen = { userId: fixture.citizenId, role: 'citizen', fullName: 'Nguyễn Văn Thử', agencyIds: [] };
    desk = { userId: fixture.staffId, role: 'desk_officer', fullName: 'Cán bộ Thử', agencyIds: [fixture.agencyId] };
    specialist = { userId: await user('specialist', 'Chuyên viên Thử'), role: 'specialist', fullName: 'Chuyên viên Thử', agencyIds: [fixture.agencyId] };
    leaderId = await user('leader', 'Lãnh đạo Thử');
    sut = context.get(DeadlineSweepService);
  });

  afterAll(async () => {
    await context.close();
    await ownDatabase.drop();
  });

  async function inProcessing(receivedAt: Date): Promise<DossierDetail> {
    const file = await context.get(FilesService).store(citizen, 'to-khai.pdf', samplePdf('to khai'));
    const dossier = await context.get(DossiersService).submit(
      citizen,
      { procedureCode: fixture.procedureCode, agencyId: fixture.agencyId, formData: { hoTen: 'Nguyễn Văn Thử' }, attachments: [{ componentCode: 'TP01', fileId: file.id }] },
      'it-sweep',
      receivedAt,
    );
    const actions = context.get(DossierActionsService);
    const accepted = await actions.act(desk, dossier.id, 'accept', { version: dossier.version }, 'it-sweep', receivedAt);
    return actions.act(specialist, dossier.id, 'claim', { version: accepted.version }, 'it-sweep', receivedAt);
  }

  const alertsOf = (dossierId: string) =>
    db.query(`SELECT payload FROM outbox WHERE topic = 'dossier.deadline-alert' AND aggregate_id = $1 ORDER BY created_at`, [dossierId]) as Promise<
      { payload: { kind: string; dueAt: string; recipientUserIds: string[] } }[]
    >;

  it('should tell the assignee and the leaders once when a dossier is at risk, and once more when it is overdue', async () => {
    const dossier = await inProcessing(at('2027-03-01', '09:00'));
    expect(dossier.dueAt).toBe(at('2027-03-04', '09:00').toISOString());

    await sut.sweepDeadlines(at('2027-03-01', '10:00'));
    expect((await alertsOf(dossier.id)).filter((alert) => alert.payload.kind === 'at_risk')).toHaveLength(0);

    await sut.sweepDeadlines(at('2027-03-03', '14:00'));
    await sut.sweepDeadlines(at('2027-03-03', '15:00'));
    const atRisk = (await alertsOf(dossier.id)).filter((alert) => alert.payload.kind === 'at_risk');
    expect(atRisk).toHaveLength(1);
    expect(atRisk[0]?.payload).toMatchObject({ dueAt: dossier.dueAt });
    expect(new Set(atRisk[0]?.payload.recipientUserIds)).toEqual(new Set([specialist.userId, leaderId]));

    await sut.sweepDeadlines(at('2027-03-04', '10:00'));
    await sut.sweepDeadlines(at('2027-03-04', '11:00'));
    expect((await alertsOf(dossier.id)).filter((alert) => alert.payload.kind === 'overdue')).toHaveLength(1);
  });

  it('should remind the applicant once after five working days, and close the dossier once after fifteen', async () => {
    const dossier = await inProcessing(at('2027-03-01', '09:00'));
    const requested = await context.get(DossierActionsService).act(specialist, dossier.id, 'request_supplement', {
      version: dossier.version, reason: 'Thiếu tờ khai', items: ['Tờ khai có chữ ký'],
    }, 'it-sweep', at('2027-03-01', '10:00'));
    const reminders = () => db.query(`SELECT payload FROM outbox WHERE topic = 'dossier.supplement-reminder' AND aggregate_id = $1`, [dossier.id]);

    await sut.sweepDeadlines(at('2027-03-05', '10:00'));
    expect(await reminders()).toHaveLength(0);
    await sut.sweepDeadlines(at('2027-03-08', '10:30'));
    await sut.sweepDeadlines(at('2027-03-09', '10:30'));
    const sent = await reminders();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.payload).toMatchObject({ dossierId: dossier.id, eventId: requested.events.at(-1)?.id });

    expect(await sut.closeExpiredSupplements(at('2027-03-19', '10:00'))).toBe(0);
    await sut.closeExpiredSupplements(at('2027-03-22', '10:30'));
    await sut.closeExpiredSupplements(at('2027-03-22', '11:30'));
    const closed = await context.get(DossiersService).get(desk, dossier.id);
    expect(closed).toMatchObject({ status: 'refused', finishedAt: at('2027-03-22', '10:30').toISOString() });
    expect(closed.events.filter((event) => event.action === 'supplement_expired')).toEqual([
      expect.objectContaining({ actorRole: 'system', fromStatus: 'supplement_requested', toStatus: 'refused' }),
    ]);
    const [{ count }] = await db.query(
      `SELECT count(*)::int AS count FROM outbox WHERE topic = 'dossier.status-changed' AND aggregate_id = $1 AND payload->>'action' = 'supplement_expired'`,
      [dossier.id],
    );
    expect(count).toBe(1);
  });

  it('should roll up a day per agency, the same figures when run twice', async () => {
    const dossier = await inProcessing(at('2027-04-05', '09:00'));
    await sut.rollUpStatistics('2027-04-05');
    await sut.rollUpStatistics('2027-04-05');
    const rows = await db.query(`SELECT received, open_within_time, open_overdue, paused FROM daily_statistics WHERE agency_id = $1 AND day = '2027-04-05'`, [fixture.agencyId]);
    // The agency's other open dossier (the first test's, due 4 March and still in processing) counts as overdue.
    expect(rows).toEqual([{ received: 1, open_within_time: 1, open_overdue: 1, paused: 0 }]);
    expect(dossier.status).toBe('in_processing');
  });
});
