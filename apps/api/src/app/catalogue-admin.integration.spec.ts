import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DataSource } from 'typeorm';
import { CatalogueImportService, ProcedureVersionsService, readCatalogueWorkbook, writeCatalogueWorkbook } from '@dvc/server/catalogue';
import { exampleProcedureRecord, type ProcedureRecord } from '@dvc/shared/domain';
import type {
  AdminProcedureRow, ApiError, CatalogueImportView, DossierDetail, Page, ProcedureDetail, ProcedureSummary, ProcedureVersionDetail,
  ProcedureVersionSummary, UploadedFile, VersionDiff,
} from '@dvc/shared/contracts';
import { multipartBody, samplePdf, TestClient } from '@dvc/server/testing';
import { DEMO_CATALOGUE } from '../seed/catalogue';
import { startSeededApi } from './api-test-app';

const ADMIN = 'quantri.tinh@demo.dvc.vn';
const DESK_AGENCY_CODE = '000.10.31.H56';

/** A valid record under a code the demo catalogue does not use (one per test, so tests stay independent). */
function newRecord(code: string, name: string): ProcedureRecord {
  return { ...exampleProcedureRecord(), code, name, illustrative: true };
}

function today(): string {
  return new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
}

function dayAfter(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Catalogue administration through the real HTTP stack and PostgreSQL: drafts checked by the domain rules, publication
 * by decision with dossiers pinned to their version, imports validated row by row (all or nothing, or only valid rows),
 * the lossless export, and the quality of the public search on a fixed list of queries.
 */
describe('catalogue administration over HTTP', () => {
  let app: NestFastifyApplication;
  let db: DataSource;
  let admin: TestClient;

  const client = () => new TestClient(app.getHttpAdapter().getInstance());
  const put = <T>(as: TestClient, url: string, body: unknown) => as.request<T>('PUT', url, body);

  async function publish(id: string, decisionNumber: string): Promise<ProcedureVersionDetail> {
    const response = await admin.post<ProcedureVersionDetail>(`/api/v1/admin/procedure-versions/${id}/publish`, {
      decisionNumber, decisionDate: today(), effectiveFrom: today(),
    });
    expect({ status: response.status, body: response.body }).toMatchObject({ status: 200, body: { status: 'published' } });
    return response.body;
  }

  /** Uploads a catalogue file and plays the worker's part, as the `catalogue.import-procedures` job does. */
  async function importFile(name: string, content: Buffer, mode: 'all_or_nothing' | 'valid_only'): Promise<CatalogueImportView> {
    const type = name.endsWith('.xlsx') ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'application/json';
    const { payload, headers } = multipartBody(name, content, type);
    const started = await admin.post<CatalogueImportView>(`/api/v1/admin/catalogue/imports?mode=${mode}`, payload, headers);
    expect({ status: started.status, body: started.body }).toMatchObject({ status: 202, body: { status: 'queued', mode } });
    await app.get(CatalogueImportService).run(started.body.id);
    return (await admin.get<CatalogueImportView>(`/api/v1/admin/catalogue/imports/${started.body.id}`)).body;
  }

  beforeAll(async () => {
    ({ app, db } = await startSeededApi());
    admin = await client().login(ADMIN);
  });

  afterAll(async () => {
    await app.close();
  });

  it('lets only the province admin manage the catalogue', async () => {
    const visitor = await client().get<ApiError>('/api/v1/admin/procedures');
    expect(visitor.status).toBe(401);
    const desk = await client().login('motcua@demo.dvc.vn');
    const refused = await desk.get<ApiError>('/api/v1/admin/procedures');
    expect(refused.status).toBe(403);
    expect(refused.body.code).toMatch(/^[A-Z]+\.[A-Z_]+$/);
    const listed = await admin.get<Page<AdminProcedureRow>>('/api/v1/admin/procedures?q=khai%20sinh&status=published');
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((row) => row.code)).toContain('1.001193');
  });

  it('refuses an invalid draft with every problem and its field, and an unknown field', async () => {
    const broken = { ...newRecord('2.990001', 'Thủ tục hỏng'), name: '', internalProcess: [{ code: 'TN', name: 'Tiếp nhận', role: 'desk_officer', hours: 1 }] };
    const refused = await admin.post<ApiError>('/api/v1/admin/procedures', broken);
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('CATALOGUE.RECORD_INVALID');
    const fields = (refused.body.details ?? []).map((detail) => detail.field);
    expect(fields).toContain('name');
    expect(fields.some((field) => field?.startsWith('internalProcess'))).toBe(true);
    expect(refused.body.message.split(' / ')).toHaveLength(2);

    const unknown = await admin.post<ApiError>('/api/v1/admin/procedures', { ...newRecord('2.990002', 'Thủ tục thừa trường'), colour: 'red' });
    expect(unknown.status).toBe(400);
    expect((unknown.body.details ?? []).map((detail) => detail.field)).toContain('colour');

    const unknownAgency = await admin.post<ApiError>('/api/v1/admin/procedures', {
      ...newRecord('2.990003', 'Thủ tục ở cơ quan lạ'), onlineLevels: [{ agencyCode: '000.99.99.H56', level: 'full' }],
    });
    expect((unknownAgency.body.details ?? []).map((detail) => detail.code)).toContain('UNKNOWN_AGENCY');
  });

  it('keeps a dossier on the version it was filed under while a new version is published, and shows the diff', async () => {
    const code = '2.990010';
    const created = await admin.post<ProcedureVersionDetail>('/api/v1/admin/procedures', newRecord(code, 'Đăng ký thử nghiệm phiên bản'));
    expect({ status: created.status, body: created.body }).toMatchObject({ status: 201, body: { status: 'draft', versionNumber: 1, problems: [] } });
    const notPublic = await client().get<ApiError>(`/api/v1/procedures/${code}`);
    expect(notPublic.status).toBe(404);
    const v1 = await publish(created.body.id, '101/QĐ-UBND');

    // A citizen files under version 1.
    const citizen = await client().login('congdan@demo.dvc.vn');
    const detail = (await citizen.get<ProcedureDetail>(`/api/v1/procedures/${code}`)).body;
    expect(detail).toMatchObject({ versionNumber: 1, decision: { number: '101/QĐ-UBND' } });
    const agency = detail.agencies.find((candidate) => candidate.code === DESK_AGENCY_CODE);
    expect(agency).toBeDefined();
    const attachments = [];
    for (const component of ['TP01', 'TP02']) {
      const { payload, headers } = multipartBody(`${component}.pdf`, samplePdf(component));
      const uploaded = await citizen.post<UploadedFile>('/api/v1/files', payload, headers);
      attachments.push({ componentCode: component, fileId: uploaded.body.id });
    }
    const badForm = await citizen.post<ApiError>('/api/v1/dossiers', {
      procedureCode: code, agencyId: agency?.id, formData: { hoTenTre: 'Nguyễn Thị Bình', ngaySinh: '2026-01-15', cccdMe: '12' }, attachments,
    });
    expect(badForm.status).toBe(400);
    expect((badForm.body.details ?? []).map((item) => item.field)).toContain('formData.cccdMe');
    const filed = await citizen.post<DossierDetail>('/api/v1/dossiers', {
      procedureCode: code, agencyId: agency?.id, formData: { hoTenTre: 'Nguyễn Thị Bình', ngaySinh: '2026-01-15' }, attachments,
    });
    expect(filed.status).toBe(201);

    // A repeated search is answered from the edge cache, the same bytes; a publication clears it.
    const searchUrl = `/api/v1/procedures?q=${encodeURIComponent('thu nghiem phien ban')}&size=5`;
    const firstSearch = await client().get<Page<ProcedureSummary>>(searchUrl);
    expect(firstSearch.body.items.map((item) => [item.code, item.name])).toContainEqual([code, 'Đăng ký thử nghiệm phiên bản']);
    const repeated = await client().get<Page<ProcedureSummary>>(searchUrl);
    expect({ raw: repeated.raw.toString('utf8'), type: repeated.headers['content-type'], nosniff: repeated.headers['x-content-type-options'] }).toEqual({
      raw: firstSearch.raw.toString('utf8'), type: 'application/json; charset=utf-8', nosniff: 'nosniff',
    });

    // Editing the published procedure makes a new draft; publishing it retires version 1 from new filings.
    const draft = await admin.post<ProcedureVersionDetail>(`/api/v1/admin/procedures/${code}/drafts`);
    expect(draft.body).toMatchObject({ status: 'draft', versionNumber: 2 });
    const second = await admin.post<ApiError>(`/api/v1/admin/procedures/${code}/drafts`);
    expect({ status: second.status, code: second.body.code }).toEqual({ status: 409, code: 'CATALOGUE.DRAFT_EXISTS' });
    const edited = { ...draft.body.record, name: 'Đăng ký thử nghiệm phiên bản (sửa đổi)' };
    const saved = await put<ProcedureVersionDetail>(admin, `/api/v1/admin/procedure-versions/${draft.body.id}`, edited);
    expect(saved.body.name).toBe('Đăng ký thử nghiệm phiên bản (sửa đổi)');
    const renamed = await put<ApiError>(admin, `/api/v1/admin/procedure-versions/${draft.body.id}`, { ...edited, code: '2.990011' });
    expect(renamed.body.code).toBe('CATALOGUE.CODE_CHANGED');
    await publish(draft.body.id, '202/QĐ-UBND');

    const history = (await admin.get<ProcedureVersionSummary[]>(`/api/v1/admin/procedures/${code}/versions`)).body;
    expect(history.map((version) => [version.versionNumber, version.status, version.dossiers])).toEqual([[2, 'published', 0], [1, 'retired', 1]]);
    const [pinned] = await db.query(`SELECT procedure_version_id AS id FROM dossier WHERE id = $1`, [filed.body.id]);
    expect(pinned.id).toBe(v1.id);
    expect((await citizen.get<ProcedureDetail>(`/api/v1/procedures/${code}`)).body).toMatchObject({ versionNumber: 2, name: edited.name });
    expect((await client().get<Page<ProcedureSummary>>(searchUrl)).body.items.map((item) => [item.code, item.name])).toContainEqual([code, edited.name]);
    // The dossier still shows what it was filed under.
    expect((await citizen.get<DossierDetail>(`/api/v1/dossiers/${filed.body.id}`)).body.procedureName).toBe('Đăng ký thử nghiệm phiên bản');

    const diff = await admin.get<VersionDiff>(`/api/v1/admin/procedure-versions/${draft.body.id}/diff?against=${v1.id}`);
    expect(diff.body.changes).toEqual([expect.objectContaining({ path: 'name', before: 'Đăng ký thử nghiệm phiên bản', after: edited.name })]);

    // Nothing a dossier refers to is deleted: published and retired versions are not drafts.
    const deleted = await admin.request<ApiError>('DELETE', `/api/v1/admin/procedure-versions/${v1.id}`);
    expect({ status: deleted.status, code: deleted.body.code }).toEqual({ status: 409, code: 'CATALOGUE.NOT_DRAFT' });
  });

  it('schedules a publication for its later effective date, keeps the draft from edits until cancelled, and publishes it that day', async () => {
    const code = '2.990600';
    const v1 = await publish((await admin.post<ProcedureVersionDetail>('/api/v1/admin/procedures', newRecord(code, 'Thủ tục hẹn ngày công bố'))).body.id, '401/QĐ-UBND');
    const draft = (await admin.post<ProcedureVersionDetail>(`/api/v1/admin/procedures/${code}/drafts`)).body;
    const publishUrl = `/api/v1/admin/procedure-versions/${draft.id}/publish`;
    const effectiveFrom = dayAfter(today(), 10);

    const decidedLater = await admin.post<ApiError>(publishUrl, { decisionNumber: '402/QĐ-UBND', decisionDate: effectiveFrom, effectiveFrom });
    expect({ status: decidedLater.status, code: decidedLater.body.code }).toEqual({ status: 422, code: 'CATALOGUE.DECISION_LATER' });
    const scheduled = await admin.post<ProcedureVersionDetail>(publishUrl, { decisionNumber: '402/QĐ-UBND', decisionDate: today(), effectiveFrom });
    expect({ status: scheduled.status, body: scheduled.body }).toMatchObject({
      status: 200, body: { status: 'draft', scheduledPublication: { decisionNumber: '402/QĐ-UBND', decisionDate: today(), effectiveFrom, scheduledBy: expect.any(String) } },
    });
    const edit = await put<ApiError>(admin, `/api/v1/admin/procedure-versions/${draft.id}`, { ...draft.record, name: 'Tên sửa khi đã hẹn' });
    expect({ status: edit.status, code: edit.body.code, parts: edit.body.message.split(' / ').length }).toEqual({ status: 409, code: 'CATALOGUE.SCHEDULED', parts: 2 });

    // Cancelled, it is an editable draft again; scheduled again, it waits for its day.
    const cancelled = await admin.request<ProcedureVersionDetail>('DELETE', `/api/v1/admin/procedure-versions/${draft.id}/schedule`);
    expect(cancelled.body).toMatchObject({ status: 'draft', scheduledPublication: null });
    const again = await admin.request<ApiError>('DELETE', `/api/v1/admin/procedure-versions/${draft.id}/schedule`);
    expect({ status: again.status, code: again.body.code }).toEqual({ status: 409, code: 'CATALOGUE.NOT_SCHEDULED' });
    expect((await put<ProcedureVersionDetail>(admin, `/api/v1/admin/procedure-versions/${draft.id}`, { ...draft.record, name: 'Thủ tục hẹn ngày công bố (sửa đổi)' })).status).toBe(200);
    expect((await admin.post<ProcedureVersionDetail>(publishUrl, { decisionNumber: '403/QĐ-UBND', decisionDate: today(), effectiveFrom })).status).toBe(200);

    // The worker's job: nothing the day before; on the day, version 2 is published under its decision and retires version 1.
    const versions = app.get(ProcedureVersionsService);
    expect(await versions.publishScheduled(new Date(`${dayAfter(today(), 9)}T03:00:00Z`))).toEqual({ published: 0 });
    expect((await client().get<ProcedureDetail>(`/api/v1/procedures/${code}`)).body.versionNumber).toBe(1);
    expect(await versions.publishScheduled(new Date(`${effectiveFrom}T03:00:00Z`))).toEqual({ published: 1 });
    expect(await versions.publishScheduled(new Date(`${effectiveFrom}T04:00:00Z`))).toEqual({ published: 0 });
    expect((await client().get<ProcedureDetail>(`/api/v1/procedures/${code}`)).body).toMatchObject({
      versionNumber: 2, name: 'Thủ tục hẹn ngày công bố (sửa đổi)', decision: { number: '403/QĐ-UBND' }, effectiveFrom,
    });
    const history = (await admin.get<ProcedureVersionSummary[]>(`/api/v1/admin/procedures/${code}/versions`)).body;
    expect(history.map((version) => [version.id, version.status, version.scheduledPublication])).toEqual([[draft.id, 'published', null], [v1.id, 'retired', null]]);
  });

  it('imports nothing when one row is wrong, reports every problem by row and field, and can import only the valid rows', async () => {
    const rows = [
      newRecord('2.990020', 'Thủ tục nhập thử một'),
      { ...newRecord('2.990021', 'Thủ tục nhập thử hai'), channels: [] },
      newRecord('2.990022', 'Thủ tục nhập thử ba'),
      newRecord('2.990020', 'Trùng mã'),
    ];
    const file = Buffer.from(JSON.stringify({ procedures: rows }), 'utf8');

    const strict = await importFile('danh-muc.json', file, 'all_or_nothing');
    expect(strict).toMatchObject({ status: 'done', total: 4, processed: 4, imported: 0 });
    expect(strict.problems.map((problem) => [problem.row, problem.code])).toEqual(
      expect.arrayContaining([[2, '2.990021'], [4, '2.990020']]),
    );
    expect(strict.problems.find((problem) => problem.row === 4)).toMatchObject({ path: 'code', problem: 'DUPLICATE_IN_FILE' });
    expect(strict.problems.filter((problem) => problem.row === 2).every((problem) => problem.path.startsWith('channels') || problem.path.startsWith('internalProcess'))).toBe(true);
    const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM procedure WHERE code LIKE '2.99002%'`);
    expect(count).toBe(0);

    const report = await admin.get<string>(`/api/v1/admin/catalogue/imports/${strict.id}/report`);
    expect(report.headers['content-type']).toContain('text/csv');
    const lines = report.raw.toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toHaveLength(strict.problems.length + 1);
    expect(lines.some((line) => line.startsWith('"4","2.990020","code","DUPLICATE_IN_FILE"'))).toBe(true);

    const lenient = await importFile('danh-muc.json', file, 'valid_only');
    expect(lenient).toMatchObject({ status: 'done', imported: 2 });
    const drafts = await admin.get<Page<AdminProcedureRow>>('/api/v1/admin/procedures?status=draft&q=2.99002');
    expect(drafts.body.items.map((row) => [row.code, row.draft?.status, row.published]).sort()).toEqual([
      ['2.990020', 'draft', null], ['2.990022', 'draft', null],
    ]);
  });

  it('reports an unreadable file as a failed import and refuses what is not a catalogue file', async () => {
    const malformed = await importFile('hong.json', Buffer.from('{"procedures": [', 'utf8'), 'all_or_nothing');
    expect(malformed).toMatchObject({ status: 'failed', imported: 0 });
    expect(malformed.problems[0]).toMatchObject({ row: 0, problem: 'FILE_UNREADABLE' });
    expect(malformed.problems[0]?.message.vi).not.toBe(malformed.problems[0]?.message.en);

    const { payload, headers } = multipartBody('anh.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 'image/png');
    const refused = await admin.post<ApiError>('/api/v1/admin/catalogue/imports', payload, headers);
    expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 400, code: 'CATALOGUE.FILE_FORMAT' });
    const badMode = await admin.post<ApiError>('/api/v1/admin/catalogue/imports?mode=some', payload, headers);
    expect(badMode.status).toBe(400);
  });

  it('exports the published catalogue in the import shape, losslessly', async () => {
    const exported = await admin.get<{ procedures: ProcedureRecord[] }>('/api/v1/admin/catalogue/export?status=published');
    expect(exported.status).toBe(200);
    const byCode = new Map(exported.body.procedures.map((record) => [record.code, record]));
    for (const record of DEMO_CATALOGUE) expect(byCode.get(record.code)).toEqual(record);

    // Re-importing the export gives the same records back (as drafts of the next version).
    const sample = DEMO_CATALOGUE.slice(0, 5);
    const reimported = await importFile('xuat.json', Buffer.from(JSON.stringify({ procedures: sample }), 'utf8'), 'all_or_nothing');
    expect(reimported).toMatchObject({ status: 'done', imported: 5, problems: [] });
    const drafts: { record: ProcedureRecord }[] = await db.query(
      `SELECT record FROM procedure_version WHERE status = 'draft' AND procedure_code = ANY($1) ORDER BY procedure_code`,
      [sample.map((record) => record.code)],
    );
    expect(drafts.map((row) => row.record)).toEqual([...sample].sort((a, b) => a.code.localeCompare(b.code)));
  });

  it('exports and imports the spreadsheet layout: the same records, problems by row and field', async () => {
    const exported = await admin.get<string>('/api/v1/admin/catalogue/export?status=published&format=xlsx');
    expect(exported.status).toBe(200);
    expect(exported.headers['content-type']).toContain('spreadsheetml');
    const read = await readCatalogueWorkbook(exported.raw);
    expect(read.problems).toEqual([]);
    const byCode = new Map((read.rows as ProcedureRecord[]).map((record) => [record.code, record]));
    for (const record of DEMO_CATALOGUE) expect(byCode.get(record.code)).toEqual(record);

    const template = await admin.get<string>('/api/v1/admin/catalogue/template?format=xlsx');
    expect((await readCatalogueWorkbook(template.raw)).rows).toEqual([exampleProcedureRecord()]);

    const workbook = await writeCatalogueWorkbook([newRecord('2.990030', 'Thủ tục nhập từ bảng tính'), { ...newRecord('2.990031', 'Thiếu kênh'), channels: [] }]);
    const strict = await importFile('danh-muc.xlsx', workbook, 'all_or_nothing');
    expect(strict).toMatchObject({ status: 'done', format: 'xlsx', total: 2, imported: 0 });
    expect(strict.problems.every((problem) => problem.row === 2 && problem.code === '2.990031')).toBe(true);
    const lenient = await importFile('danh-muc.xlsx', workbook, 'valid_only');
    expect(lenient).toMatchObject({ status: 'done', imported: 1 });
    const [draft] = await db.query(`SELECT record FROM procedure_version WHERE procedure_code = '2.990030' AND status = 'draft'`);
    expect(draft.record).toEqual(newRecord('2.990030', 'Thủ tục nhập từ bảng tính'));
  });

  it.each([
    ['Đăng ký khai sinh', '1.001193'],
    ['dang ky khai sinh', '1.001193'],
    ['dăng ky khai sinh', '1.001193'],
    ['khai sinh', '1.001193'],
    ['dang ki khai sinh', '1.001193'],
    ['dang ky khai snh', '1.001193'],
    ['1.001193', '1.001193'],
    ['dang ky ket hon', '1.000894'],
    ['khai sinh dang ky', '1.001193'],
    ['ket hon dang ky', '1.000894'],
    ['ket hon', '1.000894'],
    ['ly lich tu phap', '2.000488'],
    ['phieu ly lich tu phap', '2.000488'],
    ['ly lcih tu phap', '2.000488'],
    ['dang ky thuong tru', '1.004222'],
    ['thuong tru', '1.004222'],
    ['tam tru', '1.004194'],
    ['ho kinh doanh', '2.001035'],
    ['thanh lap ho kinh doanh', '2.001035'],
    ['chung thuc ban sao', '2.000815'],
    ['giay phep xay dung nha o', '1.009993'],
    ['khai tu', '1.000656'],
    ['Đổi giấy phép lái xe', '9.501201'],
    ['doi bang lai xe', '9.501201'],
  ])('search "%s" finds %s in the first three', async (query, expected) => {
    const found = await client().get<Page<ProcedureSummary>>(`/api/v1/procedures?q=${encodeURIComponent(query)}&size=10`);
    expect(found.status).toBe(200);
    expect(found.body.items.slice(0, 3).map((item) => item.code)).toContain(expected);
  });
});
