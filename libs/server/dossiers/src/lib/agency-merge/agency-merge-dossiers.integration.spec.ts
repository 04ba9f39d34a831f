import { randomUUID } from 'node:crypto';
import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { localDateTime, type DossierAction } from '@dvc/shared/domain';
import type { DossierDetail } from '@dvc/shared/contracts';
import { ConfigModule, DatabaseModule, DomainError, OutboxModule, type Actor } from '@dvc/server/core';
import { AgencyMergeService } from '@dvc/server/catalogue';
import { insertCatalogueFixture, samplePdf, type CatalogueFixture } from '@dvc/server/testing';
import { AuditService } from '../audit/audit.service';
import { DossierActionsService } from '../dossier-actions.service';
import { DossiersModule } from '../dossiers.module';
import { DossiersService } from '../dossiers.service';
import type { DossierActionDto } from '../dto/dossier.dto';
import { FilesService } from '../files/files.service';

@Module({ imports: [ConfigModule, DatabaseModule, OutboxModule, DossiersModule] })
class AgencyMergeDossiersTestModule {}

interface DossierState {
  code: string;
  status: string;
  agency_id: string;
  processing_agency_id: string;
  assignee_user_id: string | null;
  due_at: Date | null;
  finished_at: Date | null;
  version: number;
  events: number;
  files: string[];
}

const at = (day: string, time: string) => localDateTime(day, time);

/** A commune merged into another with dossiers at every stage, through the production modules (real PostgreSQL). */
describe('agency merger and the dossiers (real PostgreSQL)', () => {
  let context: INestApplicationContext;
  let db: DataSource;
  let merged: CatalogueFixture;
  let successor: CatalogueFixture;
  let citizen: Actor;
  let desk: Actor;
  let specialist: Actor;
  let admin: Actor;

  beforeAll(async () => {
    context = await NestFactory.createApplicationContext(AgencyMergeDossiersTestModule, { logger: false, abortOnError: false });
    db = context.get(DataSource);
    merged = await insertCatalogueFixture(db);
    successor = await insertCatalogueFixture(db);
    const [user] = await db.query(
      `INSERT INTO user_account (email, password_hash, full_name, role) VALUES ($1, 'x', 'Chuyên viên Thử', 'specialist') RETURNING id`,
      [`specialist.${merged.agencyCode}@example.vn`],
    );
    await db.query(`INSERT INTO user_agency (user_id, agency_id) VALUES ($1, $2)`, [user.id, merged.agencyId]);
    citizen = { userId: merged.citizenId, role: 'citizen', fullName: 'Nguyễn Văn Thử', agencyIds: [] };
    desk = { userId: merged.staffId, role: 'desk_officer', fullName: 'Cán bộ Thử', agencyIds: [merged.agencyId] };
    specialist = { userId: user.id, role: 'specialist', fullName: 'Chuyên viên Thử', agencyIds: [merged.agencyId] };
    admin = { userId: successor.staffId, role: 'province_admin', fullName: 'Quản trị Thử', agencyIds: [] };
  });

  afterAll(async () => {
    await context.close();
  });

  async function submitted(now: Date): Promise<DossierDetail> {
    const file = await context.get(FilesService).store(citizen, 'to-khai.pdf', samplePdf('to khai'));
    return context.get(DossiersService).submit(
      citizen,
      { procedureCode: merged.procedureCode, agencyId: merged.agencyId, formData: { hoTen: 'Nguyễn Văn Thử' }, attachments: [{ componentCode: 'TP01', fileId: file.id }] },
      'it-merge',
      now,
    );
  }

  function step(actor: Actor, dossier: DossierDetail, action: DossierAction, now: Date, extra: Partial<DossierActionDto> = {}): Promise<DossierDetail> {
    return context.get(DossierActionsService).act(actor, dossier.id, action, { version: dossier.version, ...extra }, 'it-merge', now);
  }

  async function states(ids: readonly string[]): Promise<Record<string, DossierState>> {
    const rows: (DossierState & { id: string })[] = await db.query(
      `SELECT d.id, d.code, d.status, d.agency_id, d.processing_agency_id, d.assignee_user_id, d.due_at, d.finished_at, d.version,
              (SELECT count(*)::int FROM dossier_event e WHERE e.dossier_id = d.id) AS events,
              ARRAY(SELECT f.stored_file_id::text FROM dossier_file f WHERE f.dossier_id = d.id ORDER BY f.stored_file_id) AS files
         FROM dossier d WHERE d.id = ANY($1::uuid[])`,
      [ids],
    );
    return Object.fromEntries(rows.map(({ id, ...state }) => [id, state]));
  }

  async function refusal(work: Promise<unknown>): Promise<string> {
    try {
      await work;
    } catch (error) {
      if (error instanceof DomainError) return `${error.httpStatus} ${error.code}`;
      throw error;
    }
    throw new Error('expected a refusal');
  }

  it('should move open dossiers with a history entry each, leave finished ones, keep every due date, code and document', async () => {
    const waiting = await submitted(at('2026-12-02', '08:30'));
    const received = await step(desk, await submitted(at('2026-12-02', '09:00')), 'accept', at('2026-12-02', '09:00'));
    const inProcessing = await step(specialist, await step(desk, await submitted(at('2026-12-02', '09:30')), 'accept', at('2026-12-02', '09:30')), 'claim', at('2026-12-02', '10:00'));
    const refused = await step(desk, await submitted(at('2026-12-02', '10:30')), 'refuse', at('2026-12-02', '11:00'), { reason: 'Không thuộc thẩm quyền' });
    const withdrawn = await step(citizen, await step(desk, await submitted(at('2026-12-02', '11:30')), 'accept', at('2026-12-02', '11:30')), 'withdraw', at('2026-12-02', '14:00'), { reason: 'Không cần nữa' });
    const open = [waiting.id, received.id, inProcessing.id];
    const finished = [refused.id, withdrawn.id];
    const before = await states([...open, ...finished]);
    expect(Object.values(before).map((state) => state.processing_agency_id)).toEqual(Array(5).fill(merged.agencyId));

    const result = await context.get(AgencyMergeService).merge(admin, merged.agencyId, { successorId: successor.agencyId, reason: 'Nghị quyết 1234/NQ-UBTVQH15' }, 'it-merge');

    expect(result).toEqual({ agencyId: merged.agencyId, successorId: successor.agencyId, procedures: 1, staff: 2, openDossiers: 3 });
    const after = await states([...open, ...finished]);
    for (const id of open) {
      expect(after[id]).toEqual({ ...before[id], processing_agency_id: successor.agencyId, version: (before[id]?.version ?? 0) + 1, events: (before[id]?.events ?? 0) + 1 });
    }
    for (const id of finished) expect(after[id]).toEqual(before[id]);
    const entries: { action: string; from_status: string; to_status: string; actor_user_id: string; reason: string; payload: unknown }[] = await db.query(
      `SELECT DISTINCT ON (dossier_id) action, from_status, to_status, actor_user_id, reason, payload FROM dossier_event
        WHERE dossier_id = ANY($1::uuid[]) ORDER BY dossier_id, seq DESC`,
      [open],
    );
    expect(entries).toHaveLength(3);
    for (const entry of entries) {
      expect(entry).toMatchObject({ action: 'agency_merged', actor_user_id: admin.userId, reason: 'Nghị quyết 1234/NQ-UBTVQH15', payload: { agencyName: expect.stringContaining('UBND xã') } });
      expect(entry.to_status).toBe(entry.from_status);
    }

    const report = await context.get(AuditService).verifyAllChains();
    expect(report.broken.filter((link) => [...open, ...finished].includes(link.dossierId))).toEqual([]);
    expect(report.eventsChecked).toBeGreaterThan(0);

    const [audit] = await db.query(`SELECT action, details FROM audit_log WHERE subject_type = 'agency' AND subject_id = $1`, [merged.agencyId]);
    expect(audit).toMatchObject({ action: 'agency.merge', details: { successorId: successor.agencyId, procedures: 1, staff: 2, openDossiers: 3 } });

    // The specialist now works for the successor and carries on with the dossier held before the merger.
    const moved = await context.get(DossiersService).readable({ ...specialist, agencyIds: [successor.agencyId] }, inProcessing.id);
    expect(moved.processing_agency_id).toBe(successor.agencyId);
    const processed = await step({ ...specialist, agencyIds: [successor.agencyId] }, { ...inProcessing, version: after[inProcessing.id]?.version ?? 0 }, 'process', at('2026-12-03', '09:00'));
    expect(processed).toMatchObject({ status: 'awaiting_approval', dueAt: inProcessing.dueAt });

    // The successor's one-stop desk takes over what the closed agency's desk had: reception of the waiting dossier.
    const successorDesk: Actor = { userId: successor.staffId, role: 'desk_officer', fullName: 'Cán bộ Kế nhiệm', agencyIds: [successor.agencyId] };
    const accepted = await step(successorDesk, { ...waiting, version: after[waiting.id]?.version ?? 0 }, 'accept', at('2026-12-03', '09:30'));
    expect(accepted.status).toBe('received');
    const outsider: Actor = { userId: successor.staffId, role: 'desk_officer', fullName: 'Cán bộ Khác', agencyIds: [randomUUID()] };
    expect(await refusal(context.get(DossiersService).readable(outsider, received.id))).toMatch(/^(403|404) /);
  });

  it('should refuse a second merger, a non-admin and a cycle', async () => {
    const first = await insertCatalogueFixture(db);
    const second = await insertCatalogueFixture(db);
    await db.query(`UPDATE agency SET parent_id = $1 WHERE id = $2`, [first.agencyId, second.agencyId]);
    const merges = context.get(AgencyMergeService);
    const request = (successorId: string) => ({ successorId, reason: 'Sáp nhập thử' });

    expect(await refusal(merges.merge(desk, first.agencyId, request(successor.agencyId)))).toBe('403 AGENCY.MERGE_NOT_ALLOWED');
    expect(await refusal(merges.merge(admin, first.agencyId, request(second.agencyId)))).toBe('409 AGENCY.MERGE_CYCLE');
    await merges.merge(admin, second.agencyId, request(first.agencyId));
    expect(await refusal(merges.merge(admin, second.agencyId, request(first.agencyId)))).toBe('409 AGENCY.ALREADY_MERGED');
  });
});
