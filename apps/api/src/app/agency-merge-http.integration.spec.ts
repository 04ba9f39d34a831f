import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DataSource } from 'typeorm';
import type { AgencyMergeResult, AgencySummary, ApiError, ProcedureVersionDetail } from '@dvc/shared/contracts';
import { exampleProcedureRecord, toLocalDate } from '@dvc/shared/domain';
import { TestClient } from '@dvc/server/testing';
import { startSeededApi } from './api-test-app';

/** The merger endpoint through the real HTTP stack: guard, validation pipe, error filter, public agency list. */
describe('agency merger over HTTP', () => {
  let app: NestFastifyApplication;
  let db: DataSource;
  let admin: TestClient;

  const client = () => new TestClient(app.getHttpAdapter().getInstance());
  /**
   * A commune of its own under the demo province (the demo communes are other tests' ground; a merger closes one).
   * This file uses the codes 000.94, 000.95, 000.98 and 000.99.31.H56 (national-portal-intake uses 000.97).
   */
  async function newCommune(code: string, name: string): Promise<string> {
    const [row]: { id: string }[] = await db.query(
      `INSERT INTO agency (code, name, kind, parent_id) SELECT $1, $2, 'commune', id FROM agency WHERE code = '000.00.00.H56' RETURNING id`,
      [code, name],
    );
    if (!row) throw new Error('the demo province is not seeded');
    return row.id;
  }

  beforeAll(async () => {
    ({ app, db } = await startSeededApi());
    admin = await client().login('quantri.tinh@demo.dvc.vn');
  });

  afterAll(async () => {
    await app.close();
  });

  it('should merge for the province admin only, validate the body, and refuse a second merger', async () => {
    const [merged, successor] = [await newCommune('000.98.31.H56', 'UBND xã Sáp Nhập Thử'), await newCommune('000.99.31.H56', 'UBND phường Kế Nhiệm Thử')];
    const url = `/api/v1/admin/agencies/${merged}/merge`;

    const desk = await (await client().login('motcua@demo.dvc.vn')).post<ApiError>(url, { successorId: successor, reason: 'Sáp nhập thử' });
    expect({ status: desk.status, code: desk.body.code }).toEqual({ status: 403, code: 'AUTH.FORBIDDEN' });
    const unknownField = await admin.post<ApiError>(url, { successorId: successor, reason: 'Sáp nhập thử', keepDueDates: false });
    expect({ status: unknownField.status, code: unknownField.body.code, fields: unknownField.body.details?.map((detail) => detail.field) }).toEqual({
      status: 400, code: 'VALIDATION.FAILED', fields: ['keepDueDates'],
    });

    const merge = await admin.post<AgencyMergeResult>(url, { successorId: successor, reason: 'Nghị quyết 1686/NQ-UBTVQH15' });
    expect({ status: merge.status, body: merge.body }).toEqual({
      status: 200, body: { agencyId: merged, successorId: successor, procedures: expect.any(Number), staff: expect.any(Number), openDossiers: expect.any(Number) },
    });
    const listed = await client().get<AgencySummary[]>('/api/v1/agencies');
    expect(listed.body.map((agency) => agency.id)).toEqual(expect.arrayContaining([successor]));
    expect(listed.body.map((agency) => agency.id)).not.toContain(merged);

    const again = await admin.post<ApiError>(url, { successorId: successor, reason: 'Nghị quyết 1686/NQ-UBTVQH15' });
    expect({ status: again.status, code: again.body.code, parts: again.body.message.split(' / ').length }).toEqual({ status: 409, code: 'AGENCY.ALREADY_MERGED', parts: 2 });
  });

  it('should hand the merged agency\'s place in published procedures to the successor when they are edited next', async () => {
    const [merged, successor] = [await newCommune('000.94.31.H56', 'UBND xã Cũ Thử'), await newCommune('000.95.31.H56', 'UBND phường Mới Thử')];
    const record = {
      ...exampleProcedureRecord(), code: '2.998801', name: 'Thủ tục của xã được sáp nhập', illustrative: true,
      onlineLevels: [{ agencyCode: '000.94.31.H56', level: 'full' }, { agencyCode: '000.95.31.H56', level: 'partial' }],
    };
    const created = await admin.post<ProcedureVersionDetail>('/api/v1/admin/procedures', record);
    expect(created.status).toBe(201);
    const today = toLocalDate(new Date());
    const published = await admin.post<ProcedureVersionDetail>(`/api/v1/admin/procedure-versions/${created.body.id}/publish`, {
      decisionNumber: '301/QĐ-UBND', decisionDate: today, effectiveFrom: today,
    });
    expect(published.body.status).toBe('published');
    expect((await admin.post(`/api/v1/admin/agencies/${merged}/merge`, { successorId: successor, reason: 'Nghị quyết sáp nhập thử' })).status).toBe(200);

    // A record still naming the closed commune says where its work went.
    const stale = await admin.post<ApiError>('/api/v1/admin/procedures', { ...record, code: '2.998802' });
    expect(stale.body.details?.find((detail) => detail.field === 'onlineLevels[0].agencyCode')?.message).toBe(
      'Cơ quan mã 000.94.31.H56 đã sáp nhập vào UBND phường Mới Thử; hãy dùng mã 000.95.31.H56 / Agency 000.94.31.H56 was merged into UBND phường Mới Thử; use 000.95.31.H56',
    );

    // The next draft of the published procedure names the successor, once, at the better level, and can be published.
    const draft = await admin.post<ProcedureVersionDetail>('/api/v1/admin/procedures/2.998801/drafts');
    expect({ levels: draft.body.record.onlineLevels, problems: draft.body.problems }).toEqual({
      levels: [{ agencyCode: '000.95.31.H56', level: 'full' }], problems: [],
    });
    const republished = await admin.post<ProcedureVersionDetail>(`/api/v1/admin/procedure-versions/${draft.body.id}/publish`, {
      decisionNumber: '302/QĐ-UBND', decisionDate: today, effectiveFrom: today,
    });
    expect(republished.body.status).toBe('published');
  });
});
