import { randomBytes } from 'node:crypto';
import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource, type EntityManager } from 'typeorm';
import { toLocalDate } from '@dvc/shared/domain';
import type { OnlineLevel } from '@dvc/shared/contracts';
import { ConfigModule, DatabaseModule, DomainError, type Actor } from '@dvc/server/core';
import { CatalogueModule } from '../catalogue.module';
import { CatalogueService } from '../catalogue.service';
import { AgencyMergeRegistry, SYSTEM_PROVINCE_ADMIN, type AgencyMergeContext, type OpenDossierTransfer } from './agency-merge.port';
import { AgencyMergeService } from './agency-merge.service';

@Module({ imports: [ConfigModule, DatabaseModule, CatalogueModule] })
class AgencyMergeTestModule {}

/**
 * The dossiers area's part, as the catalogue sees it: called once per merger inside its transaction. Here it moves
 * open dossiers by SQL only (the dossiers lib's own test covers their histories); it can be told to fail.
 */
class RecordingTransfer implements OpenDossierTransfer {
  readonly calls: { merge: AgencyMergeContext; inTransaction: boolean }[] = [];
  failNext = false;

  async moveOpenDossiers(manager: EntityManager, merge: AgencyMergeContext): Promise<number> {
    this.calls.push({ merge, inTransaction: manager.queryRunner?.isTransactionActive === true });
    if (this.failNext) {
      this.failNext = false;
      throw new Error('dossier transfer failed');
    }
    const [, moved]: [unknown[], number] = await manager.query(
      `UPDATE dossier SET processing_agency_id = $2 WHERE processing_agency_id = $1 AND finished_at IS NULL`,
      [merge.agencyId, merge.successorId],
    );
    return moved;
  }
}

describe('agency merger (real PostgreSQL)', () => {
  let context: INestApplicationContext;
  let db: DataSource;
  let sut: AgencyMergeService;
  const transfer = new RecordingTransfer();
  const tag = randomBytes(3).toString('hex');
  let serial = 0;
  let admin: Actor;

  beforeAll(async () => {
    context = await NestFactory.createApplicationContext(AgencyMergeTestModule, { logger: false, abortOnError: false });
    db = context.get(DataSource);
    context.get(AgencyMergeRegistry).registerDossierTransfer(transfer);
    sut = context.get(AgencyMergeService);
    admin = { userId: await newUser('province_admin'), role: 'province_admin', fullName: 'Quản trị Thử', agencyIds: [] };
  });

  afterAll(async () => {
    await context.close();
  });

  async function newAgency(name: string, parentId: string | null = null, validTo: string | null = null): Promise<string> {
    serial += 1;
    const [row] = await db.query(`INSERT INTO agency (code, name, kind, parent_id, valid_to) VALUES ($1, $2, 'commune', $3, $4) RETURNING id`, [
      `000.${serial}.${tag}.M01`, `${name} ${tag}`, parentId, validTo,
    ]);
    return row.id;
  }

  async function newUser(role: string, agencyIds: string[] = []): Promise<string> {
    serial += 1;
    const [user] = await db.query(`INSERT INTO user_account (email, password_hash, full_name, role) VALUES ($1, 'x', $2, $3) RETURNING id`, [
      `merge.${serial}.${tag}@example.vn`, `Cán bộ ${serial}`, role,
    ]);
    for (const agencyId of agencyIds) await db.query(`INSERT INTO user_agency (user_id, agency_id) VALUES ($1, $2)`, [user.id, agencyId]);
    return user.id;
  }

  async function newProcedure(): Promise<string> {
    serial += 1;
    const [row] = await db.query(`INSERT INTO procedure (code) VALUES ($1) RETURNING id`, [`9.${String(serial).padStart(6, '0')}.M${tag}`]);
    return row.id;
  }

  async function assign(procedureId: string, agencyId: string, level: OnlineLevel): Promise<void> {
    await db.query(`INSERT INTO procedure_agency (procedure_id, agency_id, online_level) VALUES ($1, $2, $3)`, [procedureId, agencyId, level]);
  }

  async function assignmentsOf(agencyId: string): Promise<Record<string, OnlineLevel>> {
    const rows: { procedure_id: string; online_level: OnlineLevel }[] = await db.query(
      `SELECT procedure_id, online_level FROM procedure_agency WHERE agency_id = $1`,
      [agencyId],
    );
    return Object.fromEntries(rows.map((row) => [row.procedure_id, row.online_level]));
  }

  async function staffOf(agencyId: string): Promise<string[]> {
    const rows: { user_id: string }[] = await db.query(`SELECT user_id FROM user_agency WHERE agency_id = $1 ORDER BY user_id`, [agencyId]);
    return rows.map((row) => row.user_id);
  }

  async function agencyRow(id: string): Promise<{ parent_id: string | null; successor_id: string | null; valid_to: string | null }> {
    const [row] = await db.query(`SELECT parent_id, successor_id, valid_to::text AS valid_to FROM agency WHERE id = $1`, [id]);
    return row;
  }

  async function auditOf(agencyId: string): Promise<{ actor_user_id: string | null; actor_name: string; action: string; details: Record<string, unknown> }[]> {
    return db.query(`SELECT actor_user_id, actor_name, action, details FROM audit_log WHERE subject_type = 'agency' AND subject_id = $1`, [agencyId]);
  }

  async function refusal(work: Promise<unknown>): Promise<{ status: number; code: string; message: string }> {
    try {
      await work;
    } catch (error) {
      if (error instanceof DomainError) return { status: error.httpStatus, code: error.code, message: error.message };
      throw error;
    }
    throw new Error('expected a refusal');
  }

  it('should move assignments, staff and sub-agencies to the successor and end the agency today, audited', async () => {
    const province = await newAgency('Tỉnh');
    const merged = await newAgency('Xã Cũ', province);
    const successor = await newAgency('Xã Mới', province);
    const hamlet = await newAgency('Điểm tiếp nhận', merged);
    const closedHamlet = await newAgency('Điểm cũ', merged, '2025-07-01');
    const [onlyMerged, mergedBetter, successorBetter, onlySuccessor] = [await newProcedure(), await newProcedure(), await newProcedure(), await newProcedure()];
    await assign(onlyMerged, merged, 'partial');
    await assign(mergedBetter, merged, 'full');
    await assign(mergedBetter, successor, 'partial');
    await assign(successorBetter, merged, 'none');
    await assign(successorBetter, successor, 'full');
    await assign(onlySuccessor, successor, 'partial');
    const desk = await newUser('desk_officer', [merged]);
    const both = await newUser('leader', [merged, successor]);
    const resident = await newUser('specialist', [successor]);
    const elsewhere = await newUser('specialist', [province]);
    transfer.calls.length = 0;

    const result = await sut.merge(admin, merged, { successorId: successor, reason: '  Nghị quyết 1234/NQ-UBTVQH15  ' }, 'it-merge');

    expect(result).toEqual({ agencyId: merged, successorId: successor, procedures: 3, staff: 2, openDossiers: 0 });
    expect(await assignmentsOf(merged)).toEqual({});
    expect(await assignmentsOf(successor)).toEqual({ [onlyMerged]: 'partial', [mergedBetter]: 'full', [successorBetter]: 'full', [onlySuccessor]: 'partial' });
    expect(await staffOf(merged)).toEqual([]);
    expect(await staffOf(successor)).toEqual([desk, both, resident].sort());
    expect(await staffOf(province)).toEqual([elsewhere]);
    expect(await agencyRow(merged)).toEqual({ parent_id: province, successor_id: successor, valid_to: toLocalDate(new Date()) });
    expect((await agencyRow(hamlet)).parent_id).toBe(successor);
    expect((await agencyRow(closedHamlet)).parent_id).toBe(merged);
    expect(transfer.calls).toEqual([{
      inTransaction: true,
      merge: expect.objectContaining({
        agencyId: merged, successorId: successor, agencyName: `Xã Cũ ${tag}`, successorName: `Xã Mới ${tag}`, reason: 'Nghị quyết 1234/NQ-UBTVQH15',
        actor: { userId: admin.userId, name: admin.fullName, role: 'province_admin' }, correlationId: 'it-merge',
      }),
    }]);
    expect(await auditOf(merged)).toEqual([{
      actor_user_id: admin.userId, actor_name: admin.fullName, action: 'agency.merge',
      details: expect.objectContaining({
        successorId: successor, reason: 'Nghị quyết 1234/NQ-UBTVQH15', procedures: 3, staff: 2, openDossiers: 0,
        proceduresMoved: 1, proceduresRaised: 1, proceduresKept: 1, childAgencies: 1,
      }),
    }]);
  });

  it('should list only agencies valid today once one is merged', async () => {
    const merged = await newAgency('Xã Danh Sách Cũ');
    const successor = await newAgency('Xã Danh Sách Mới');
    const catalogue = context.get(CatalogueService);
    expect((await catalogue.agencies()).map((agency) => agency.id)).toEqual(expect.arrayContaining([merged, successor]));

    await sut.merge(admin, merged, { successorId: successor, reason: 'Sáp nhập thử' });

    const listed = (await catalogue.agencies()).map((agency) => agency.id);
    expect(listed).toContain(successor);
    expect(listed).not.toContain(merged);
  });

  it('should record the system as the actor when the command line merges', async () => {
    const merged = await newAgency('Xã Hệ Thống Cũ');
    const successor = await newAgency('Xã Hệ Thống Mới');
    transfer.calls.length = 0;

    await sut.merge(SYSTEM_PROVINCE_ADMIN, merged, { successorId: successor, reason: 'Quyết định của Chủ tịch UBND tỉnh' });

    expect(transfer.calls[0]?.merge.actor).toEqual({ userId: null, name: 'Hệ thống / System', role: 'system' });
    expect(await auditOf(merged)).toEqual([expect.objectContaining({ actor_user_id: null, actor_name: 'Hệ thống / System', action: 'agency.merge' })]);
  });

  it('should change nothing when the dossiers cannot be moved', async () => {
    const merged = await newAgency('Xã Lỗi');
    const successor = await newAgency('Xã Nhận Lỗi');
    const procedure = await newProcedure();
    await assign(procedure, merged, 'full');
    const staff = await newUser('desk_officer', [merged]);
    transfer.failNext = true;

    await expect(sut.merge(admin, merged, { successorId: successor, reason: 'Sáp nhập thử' })).rejects.toThrow('dossier transfer failed');

    expect(await assignmentsOf(merged)).toEqual({ [procedure]: 'full' });
    expect(await assignmentsOf(successor)).toEqual({});
    expect(await staffOf(merged)).toEqual([staff]);
    expect(await agencyRow(merged)).toEqual({ parent_id: null, successor_id: null, valid_to: null });
    expect(await auditOf(merged)).toEqual([]);
  });

  it('should refuse, with a stable code and a "Vietnamese / English" message, and change nothing', async () => {
    const parent = await newAgency('Xã Cha');
    const child = await newAgency('Thôn Con', parent);
    const other = await newAgency('Xã Khác');
    const third = await newAgency('Xã Thứ Ba');
    const agencyAdmin: Actor = { userId: await newUser('agency_admin', [parent]), role: 'agency_admin', fullName: 'Quản trị xã', agencyIds: [parent] };
    const unknown = '00000000-0000-4000-8000-000000000000';
    await sut.merge(admin, other, { successorId: third, reason: 'Sáp nhập lần đầu' });

    const refusals = [
      await refusal(sut.merge(agencyAdmin, parent, { successorId: other, reason: 'Sáp nhập thử' })),
      await refusal(sut.merge(admin, unknown, { successorId: parent, reason: 'Sáp nhập thử' })),
      await refusal(sut.merge(admin, parent, { successorId: unknown, reason: 'Sáp nhập thử' })),
      await refusal(sut.merge(admin, parent, { successorId: parent, reason: 'Sáp nhập thử' })),
      await refusal(sut.merge(admin, other, { successorId: third, reason: 'Sáp nhập lần hai' })),
      await refusal(sut.merge(admin, parent, { successorId: other, reason: 'Sáp nhập thử' })),
      await refusal(sut.merge(admin, parent, { successorId: child, reason: 'Sáp nhập thử' })),
      await refusal(sut.merge(admin, parent, { successorId: third, reason: '  ' })),
    ];

    expect(refusals.map(({ status, code }) => `${status} ${code}`)).toEqual([
      '403 AGENCY.MERGE_NOT_ALLOWED',
      '404 AGENCY.NOT_FOUND',
      '404 AGENCY.SUCCESSOR_NOT_FOUND',
      '422 AGENCY.MERGE_INTO_ITSELF',
      '409 AGENCY.ALREADY_MERGED',
      '409 AGENCY.SUCCESSOR_CLOSED',
      '409 AGENCY.MERGE_CYCLE',
      '400 AGENCY.MERGE_REASON_REQUIRED',
    ]);
    for (const { message } of refusals) expect(message.split(' / ')).toHaveLength(2);
    expect(await agencyRow(parent)).toEqual({ parent_id: null, successor_id: null, valid_to: null });
    expect(await agencyRow(child)).toEqual({ parent_id: parent, successor_id: null, valid_to: null });
    expect(await auditOf(parent)).toEqual([]);
    expect(await auditOf(other)).toHaveLength(1);
  });

  it('should keep the database from making an agency its own successor', async () => {
    const agency = await newAgency('Xã Tự Kế Thừa');
    await expect(db.query(`UPDATE agency SET successor_id = id WHERE id = $1`, [agency])).rejects.toThrow(/ck_agency_successor_not_self/);
  });
});
