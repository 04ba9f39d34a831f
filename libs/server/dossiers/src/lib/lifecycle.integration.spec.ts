import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { localDateTime, type DossierAction } from '@dvc/shared/domain';
import type { DossierDetail } from '@dvc/shared/contracts';
import { ConfigModule, DatabaseModule, DomainError, OutboxModule, type Actor } from '@dvc/server/core';
import { CatalogueService } from '@dvc/server/catalogue';
import { insertCatalogueFixture, samplePdf, type CatalogueFixture } from '@dvc/server/testing';
import { DeadlinesService } from './deadlines.service';
import { DossierActionsService } from './dossier-actions.service';
import { DossiersModule } from './dossiers.module';
import { DossiersService } from './dossiers.service';
import type { DossierActionDto } from './dto/dossier.dto';
import { FilesService } from './files/files.service';

@Module({ imports: [ConfigModule, DatabaseModule, OutboxModule, DossiersModule] })
class LifecycleTestModule {}

/** Wednesday 2 and Thursday 3 December 2026 are ordinary working days; the fixture's legal time is 3 working days. */
const at = (day: string, time: string) => localDateTime(day, time);

describe('dossier lifecycle and the legal clock (real PostgreSQL)', () => {
  let context: INestApplicationContext;
  let db: DataSource;
  let fixture: CatalogueFixture;
  let citizen: Actor;
  let desk: Actor;
  let specialist: Actor;
  let leader: Actor;

  beforeAll(async () => {
    context = await NestFactory.createApplicationContext(LifecycleTestModule, { logger: false, abortOnError: false });
    db = context.get(DataSource);
    fixture = await insertCatalogueFixture(db);
    const staff = async (role: 'specialist' | 'leader', name: string): Promise<Actor> => {
      const [user] = await db.query(
        `INSERT INTO user_account (email, password_hash, full_name, role) VALUES ($1, 'x', $2, $3) RETURNING id`,
        [`${role}.${fixture.agencyCode}@example.vn`, name, role],
      );
      await db.query(`INSERT INTO user_agency (user_id, agency_id) VALUES ($1, $2)`, [user.id, fixture.agencyId]);
      return { userId: user.id, role, fullName: name, agencyIds: [fixture.agencyId] };
    };
    citizen = { userId: fixture.citizenId, role: 'citizen', fullName: 'Nguyễn Văn Thử', agencyIds: [] };
    desk = { userId: fixture.staffId, role: 'desk_officer', fullName: 'Cán bộ Thử', agencyIds: [fixture.agencyId] };
    specialist = await staff('specialist', 'Chuyên viên Thử');
    leader = await staff('leader', 'Lãnh đạo Thử');
  });

  afterAll(async () => {
    await context.close();
  });

  const actions = () => context.get(DossierActionsService);

  async function upload(label: string): Promise<string> {
    return (await context.get(FilesService).store(citizen, `${label}.pdf`, samplePdf(label))).id;
  }

  async function submitted(now: Date): Promise<DossierDetail> {
    return context.get(DossiersService).submit(
      citizen,
      { procedureCode: fixture.procedureCode, agencyId: fixture.agencyId, formData: { hoTen: 'Nguyễn Văn Thử' }, attachments: [{ componentCode: 'TP01', fileId: await upload('to-khai') }] },
      'it-lifecycle',
      now,
    );
  }

  async function step(actor: Actor, dossier: DossierDetail, action: DossierAction, now: Date, extra: Partial<DossierActionDto> = {}): Promise<DossierDetail> {
    return actions().act(actor, dossier.id, action, { version: dossier.version, ...extra }, 'it-lifecycle', now);
  }

  async function inProcessing(receivedAt: Date): Promise<DossierDetail> {
    const accepted = await step(desk, await submitted(receivedAt), 'accept', receivedAt);
    return step(specialist, accepted, 'claim', receivedAt);
  }

  async function refusal(work: Promise<unknown>): Promise<{ status: number; code: string; field?: string }> {
    try {
      await work;
    } catch (error) {
      if (error instanceof DomainError) return { status: error.httpStatus, code: error.code, field: error.details?.[0]?.field };
      throw error;
    }
    throw new Error('the action was not refused');
  }

  it('should restart the clock from zero when the complete supplement arrives, and explain it in the ledger', async () => {
    const dossier = await inProcessing(at('2026-12-02', '09:00'));
    expect(dossier.dueAt).toBe(at('2026-12-07', '09:00').toISOString());

    const paused = await step(specialist, dossier, 'request_supplement', at('2026-12-03', '10:00'), {
      reason: 'Tờ khai thiếu chữ ký', items: ['Tờ khai có chữ ký', 'Bản sao CCCD'],
    });
    expect(paused).toMatchObject({ status: 'supplement_requested', dueAt: null });
    expect(paused.deadline.running).toBe(false);
    expect(paused.supplementRequest).toMatchObject({ reason: 'Tờ khai thiếu chữ ký', items: ['Tờ khai có chữ ký', 'Bản sao CCCD'] });

    const missingFiles = await refusal(step(citizen, paused, 'submit_supplement', at('2026-12-08', '08:00')));
    expect(missingFiles).toMatchObject({ status: 400, code: 'DOSSIER.FIELD_REQUIRED', field: 'attachments' });

    const resumed = await step(citizen, paused, 'submit_supplement', at('2026-12-08', '16:00'), {
      attachments: [{ componentCode: 'TP01', fileId: await upload('to-khai-bo-sung') }],
    });
    // Received after the 15:00 cut-off: the full three days count from Wednesday 9 December 07:00.
    expect(resumed).toMatchObject({ status: 'in_processing', dueAt: at('2026-12-11', '17:00').toISOString() });
    expect(resumed.deadline.ledger.map((line) => line.kind)).toEqual(['started', 'paused', 'restarted']);
    expect(resumed.deadline.ledger[2]?.text.vi).toContain('tính lại từ đầu');
    expect(resumed.files.filter((file) => file.kind === 'attachment')).toHaveLength(2);
  });

  it('should move the date once with an apology at least a day ahead, and refuse a second apology', async () => {
    const dossier = await inProcessing(at('2026-12-02', '09:00'));
    const tooLate = await refusal(step(leader, dossier, 'apologise', at('2026-12-07', '08:00'), {
      reason: 'Chờ kết quả xác minh', newDueAt: at('2026-12-09', '17:00').toISOString(),
    }));
    expect(tooLate).toMatchObject({ status: 422, code: 'DOSSIER.APOLOGY_TOO_LATE' });

    const apologised = await step(leader, dossier, 'apologise', at('2026-12-04', '10:00'), {
      reason: 'Chờ kết quả xác minh', newDueAt: at('2026-12-09', '17:00').toISOString(),
    });
    expect(apologised).toMatchObject({ status: 'in_processing', dueAt: at('2026-12-09', '17:00').toISOString() });
    expect(apologised.deadline.extensions).toBe(1);
    expect(apologised.events.at(-1)).toMatchObject({
      action: 'apologise', details: { previousDueAt: at('2026-12-07', '09:00').toISOString(), newDueAt: at('2026-12-09', '17:00').toISOString() },
    });

    const second = await refusal(step(leader, apologised, 'apologise', at('2026-12-05', '10:00'), {
      reason: 'Lại chậm', newDueAt: at('2026-12-11', '17:00').toISOString(),
    }));
    expect(second).toMatchObject({ status: 409, code: 'DOSSIER.APOLOGY_ALREADY_GIVEN' });
  });

  it('should move open due dates when the province adds a day off, and record why on each dossier', async () => {
    const dossier = await inProcessing(at('2027-03-02', '09:00'));
    expect(dossier.dueAt).toBe(at('2027-03-05', '09:00').toISOString());
    const admin: Actor = { userId: fixture.staffId, role: 'province_admin', fullName: 'Quản trị Thử', agencyIds: [] };
    await context.get(CatalogueService).setCalendarDay(admin, '2027-03-04', { kind: 'day_off', reason: 'Nghỉ bù theo quyết định thử nghiệm' }, 'it-calendar');
    const outbox: { payload: { change: string } }[] = await db.query(
      `SELECT payload FROM outbox WHERE topic = 'calendar.changed' AND correlation_id = 'it-calendar'`,
    );
    expect(outbox).toHaveLength(1);

    const result = await context.get(DeadlinesService).recomputeOpenDueDates(outbox[0]?.payload.change ?? '');
    expect(result.moved).toBeGreaterThanOrEqual(1);
    const moved = await context.get(DossiersService).get(desk, dossier.id);
    expect(moved.dueAt).toBe(at('2027-03-08', '09:00').toISOString());
    expect(moved.events.at(-1)).toMatchObject({
      action: 'deadline_recomputed', actorRole: 'system',
      details: { previousDueAt: at('2027-03-05', '09:00').toISOString(), newDueAt: at('2027-03-08', '09:00').toISOString() },
    });
    expect(moved.events.at(-1)?.reason).toContain('04/03/2027');

    const again = await context.get(DeadlinesService).recomputeOpenDueDates('lần hai');
    expect(again.moved).toBe(0);
    await context.get(CatalogueService).deleteCalendarDay(admin, '2027-03-04', 'it-calendar-undo');
    const [undo] = await db.query(`SELECT payload FROM outbox WHERE topic = 'calendar.changed' AND correlation_id = 'it-calendar-undo'`);
    expect(undo.payload.change).toContain('(Nghỉ bù theo quyết định thử nghiệm)');
    expect(await refusal(context.get(CatalogueService).deleteCalendarDay(admin, '2027-03-04', 'it-calendar-undo'))).toMatchObject({ status: 404, code: 'CALENDAR.DAY_NOT_FOUND' });
    await context.get(DeadlinesService).recomputeOpenDueDates('hoàn tác');
  });

  it('should not count uncounted consultation time, and give it to the appraisal step', async () => {
    const dossier = await inProcessing(at('2026-12-02', '09:00'));
    const [other] = await db.query(`INSERT INTO agency (code, name, kind) VALUES ($1, 'Sở Tư pháp thử', 'department') RETURNING id`, [`${fixture.agencyCode}.PH`]);
    const consulting = await step(specialist, dossier, 'consult', at('2026-12-02', '10:00'), {
      reason: 'Xin ý kiến về lý lịch', agencyId: other.id, consultationDueDate: '2026-12-04', consultationCounts: false,
    });
    expect(consulting).toMatchObject({ status: 'in_consultation', dueAt: null });
    expect(consulting.steps.at(-1)).toMatchObject({ kind: 'consultation', countsTowardDeadline: false, finishedAt: null });

    const answered = await step(specialist, consulting, 'record_consultation', at('2026-12-03', '10:00'), { reason: 'Không có án tích' });
    // One working day (480 office minutes) with the coordinating agency does not count: due moves by a day.
    expect(answered).toMatchObject({ status: 'in_processing', dueAt: at('2026-12-08', '09:00').toISOString() });
    expect(answered.steps.find((candidate) => candidate.kind === 'consultation')).toMatchObject({ note: 'Không có án tích', outcome: 'early' });
  });

  it('should keep processing to the assignee and the processing agency, and hand over on transfer', async () => {
    const dossier = await inProcessing(at('2026-12-02', '09:00'));
    const other: Actor = { ...specialist, userId: leader.userId, role: 'specialist', fullName: 'Người khác' };
    expect(await refusal(step(other, dossier, 'process', at('2026-12-02', '11:00')))).toMatchObject({ status: 403, code: 'DOSSIER.NOT_ASSIGNEE' });
    expect((await context.get(DossiersService).get(other, dossier.id)).allowedActions).toEqual([]);

    const received = await step(desk, await submitted(at('2026-12-02', '09:00')), 'accept', at('2026-12-02', '09:00'));
    const [competent] = await db.query(`INSERT INTO agency (code, name, kind) VALUES ($1, 'Sở Xây dựng thử', 'department') RETURNING id`, [`${fixture.agencyCode}.XD`]);
    const transferred = await step(desk, received, 'transfer', at('2026-12-02', '10:00'), { agencyId: competent.id });
    expect(transferred).toMatchObject({ status: 'received', processingAgencyId: competent.id, processingAgencyName: 'Sở Xây dựng thử' });
    expect(await refusal(step(specialist, transferred, 'claim', at('2026-12-02', '11:00')))).toMatchObject({ status: 403, code: 'DOSSIER.OUT_OF_SCOPE' });
    expect(await refusal(step(desk, transferred, 'transfer', at('2026-12-02', '11:00'), { agencyId: competent.id }))).toMatchObject({ code: 'DOSSIER.SAME_AGENCY' });
  });

  it('should transfer to an agency until the day it closes, and not from then on', async () => {
    const [closing] = await db.query(
      `INSERT INTO agency (code, name, kind, valid_to) VALUES ($1, 'Phòng sắp sáp nhập', 'department', DATE '2026-12-10') RETURNING id`,
      [`${fixture.agencyCode}.SN`],
    );
    const before = await step(desk, await submitted(at('2026-12-09', '09:00')), 'accept', at('2026-12-09', '09:00'));
    expect(await step(desk, before, 'transfer', at('2026-12-09', '10:00'), { agencyId: closing.id })).toMatchObject({ processingAgencyId: closing.id });
    const after = await step(desk, await submitted(at('2026-12-10', '09:00')), 'accept', at('2026-12-10', '09:00'));
    expect(await refusal(step(desk, after, 'transfer', at('2026-12-10', '10:00'), { agencyId: closing.id }))).toMatchObject({ status: 404, code: 'CATALOGUE.AGENCY_NOT_FOUND' });
  });

  it('should record how the result was returned and require what each way needs', async () => {
    const dossier = await inProcessing(at('2026-12-02', '09:00'));
    const proposed = await step(specialist, dossier, 'process', at('2026-12-02', '14:00'));
    const ready = await step(leader, proposed, 'approve', at('2026-12-03', '09:00'));
    expect(ready).toMatchObject({ status: 'result_ready', finishedAt: at('2026-12-03', '09:00').toISOString(), deadlineClass: 'early' });
    const [file] = await db.query(`INSERT INTO stored_file (file_name, content_type, size_bytes, sha256, storage_key) VALUES ('kq.pdf', 'application/pdf', 1, 'x', 'none') RETURNING id`);
    await db.query(`INSERT INTO dossier_file (dossier_id, stored_file_id, kind) VALUES ($1, $2, 'result')`, [dossier.id, file.id]);

    expect(await refusal(step(desk, ready, 'return_result', at('2026-12-03', '10:00')))).toMatchObject({ code: 'DOSSIER.FIELD_REQUIRED', field: 'returnMethod' });
    expect(await refusal(step(desk, ready, 'return_result', at('2026-12-03', '10:00'), { returnMethod: 'post' }))).toMatchObject({ field: 'waybill' });
    const returned = await step(desk, ready, 'return_result', at('2026-12-03', '10:00'), { returnMethod: 'counter', collectedBy: 'Nguyễn Văn Thử (CCCD 0380…)' });
    expect(returned).toMatchObject({ status: 'returned', returnedAt: at('2026-12-03', '10:00').toISOString() });
    expect(returned.events.at(-1)?.details).toEqual({ returnMethod: 'counter', collectedBy: 'Nguyễn Văn Thử (CCCD 0380…)' });
    expect(returned.steps.every((candidate) => candidate.finishedAt !== null)).toBe(true);
  });
});
