import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DataSource } from 'typeorm';
import type { AgencyMergeResult, AgencySummary, ApiError } from '@dvc/shared/contracts';
import { TestClient } from '@dvc/server/testing';
import { startSeededApi } from './api-test-app';

/** The merger endpoint through the real HTTP stack: guard, validation pipe, error filter, public agency list. */
describe('agency merger over HTTP', () => {
  let app: NestFastifyApplication;
  let db: DataSource;
  let admin: TestClient;

  const client = () => new TestClient(app.getHttpAdapter().getInstance());
  /** A commune of its own under the demo province (the demo communes are other tests' ground; a merger closes one). */
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
});
