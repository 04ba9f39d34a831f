import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DataSource } from 'typeorm';
import type { ApiError, DossierDetail } from '@dvc/shared/contracts';
import { samplePdf, TestClient } from '@dvc/server/testing';
import { startSeededApi } from './api-test-app';

const KEY = 'dev-national-portal-intake-key';
const URL = '/api/v1/integrations/national-portal/dossiers';

interface IntakeAnswer {
  created: boolean;
  dossier: { id: string; code: string; status: string };
}

/** Online dossiers handed over by the national public-service portal: a channel of its own, authenticated by key. */
describe('national portal intake over HTTP', () => {
  let app: NestFastifyApplication;
  let db: DataSource;

  const client = () => new TestClient(app.getHttpAdapter().getInstance());

  /** A birth registration filed on the national portal for a commune (code given), with the two required PDFs. */
  function handOver(nationalId: string, agencyCode: string, extra: Record<string, unknown> = {}) {
    return {
      nationalId, procedureCode: '1.001193', agencyCode,
      applicant: { personalId: '001090012345', fullName: 'Phạm Thị Lan', email: `lan.${nationalId}@example.vn` },
      formData: { hoTenTre: 'Phạm Minh Khôi', ngaySinh: '2026-11-01', noiSinh: 'Bệnh viện Đa khoa tỉnh', hoTenMe: 'Phạm Thị Lan' },
      attachments: ['TP01', 'TP02'].map((componentCode) => ({
        componentCode, fileName: `${componentCode}.pdf`, contentBase64: samplePdf(componentCode).toString('base64'),
      })),
      ...extra,
    };
  }

  beforeAll(async () => {
    ({ app, db } = await startSeededApi());
  });

  afterAll(async () => {
    await app.close();
  });

  it('refuses a hand-over without the right key, or with a field it does not know', async () => {
    const noKey = await client().post<ApiError>(URL, handOver('DVCQG-KEY-1', '000.10.31.H56'));
    expect({ status: noKey.status, code: noKey.body.code }).toEqual({ status: 401, code: 'INTEGRATION.BAD_KEY' });
    const wrongKey = await client().post<ApiError>(URL, handOver('DVCQG-KEY-1', '000.10.31.H56'), { 'x-integration-key': `${KEY}-x` });
    expect(wrongKey.status).toBe(401);
    const unknown = await client().post<ApiError>(URL, handOver('DVCQG-KEY-1', '000.10.31.H56', { priority: 'high' }), { 'x-integration-key': KEY });
    expect({ status: unknown.status, fields: unknown.body.details?.map((detail) => detail.field) }).toEqual({ status: 400, fields: ['priority'] });
    const unknownAgency = await client().post<ApiError>(URL, handOver('DVCQG-KEY-2', '000.77.31.H56'), { 'x-integration-key': KEY });
    expect({ status: unknownAgency.status, code: unknownAgency.body.code }).toEqual({ status: 404, code: 'CATALOGUE.AGENCY_NOT_FOUND' });
  });

  it('files the dossier once, however many times the same hand-over arrives, and the desk sees it', async () => {
    const first = await client().post<IntakeAnswer>(URL, handOver('DVCQG-2026-000001', '000.10.31.H56'), { 'x-integration-key': KEY });
    expect({ status: first.status, created: first.body.created, status_: first.body.dossier.status }).toEqual({ status: 201, created: true, status_: 'submitted' });
    expect(first.body.dossier.code).toMatch(/^000\.10\.31\.H56-\d{6}-\d{4,}$/);
    const again = await client().post<IntakeAnswer>(URL, handOver('DVCQG-2026-000001', '000.10.31.H56'), { 'x-integration-key': KEY });
    expect({ status: again.status, body: again.body }).toEqual({ status: 200, body: { created: false, dossier: first.body.dossier } });
    const [row] = await db.query(`SELECT source, external_id FROM dossier WHERE id = $1`, [first.body.dossier.id]);
    expect(row).toEqual({ source: 'national_portal', external_id: 'DVCQG-2026-000001' });

    const desk = await client().login('motcua@demo.dvc.vn');
    const seen = await desk.get<DossierDetail>(`/api/v1/dossiers/${first.body.dossier.id}`);
    expect(seen.body).toMatchObject({ code: first.body.dossier.code, status: 'submitted', allowedActions: expect.arrayContaining(['accept']) });
  });

  it('gives a dossier addressed to a merged agency to its successor', async () => {
    const [province] = await db.query(`SELECT id FROM agency WHERE code = '000.00.00.H56'`);
    const [merged] = await db.query(
      `INSERT INTO agency (code, name, kind, parent_id) VALUES ('000.97.31.H56', 'UBND xã Cũ Thử', 'commune', $1) RETURNING id`, [province.id],
    );
    const [successor] = await db.query(`SELECT id FROM agency WHERE code = '000.10.31.H56'`);
    await db.query(`UPDATE agency SET valid_to = current_date, successor_id = $2 WHERE id = $1`, [merged.id, successor.id]);

    const answer = await client().post<IntakeAnswer>(URL, handOver('DVCQG-2026-000002', '000.97.31.H56'), { 'x-integration-key': KEY });
    expect(answer.status).toBe(201);
    expect(answer.body.dossier.code.startsWith('000.10.31.H56-')).toBe(true);
  });
});
