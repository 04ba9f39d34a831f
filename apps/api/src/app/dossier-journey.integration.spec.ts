import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { ApiError, CurrentUser, DossierDetail, Page, ProcedureDetail, ProcedureSummary, TrackingView, UploadedFile } from '@dvc/shared/contracts';
import { multipartBody, samplePdf, TestClient } from '@dvc/server/testing';
import { readPdf, readPdfQrCodes } from '@dvc/shared/testing';
import { startSeededApi } from './api-test-app';

/**
 * The dossier journey through the real HTTP stack (Fastify, guards, validation, PostgreSQL): what each step writes,
 * in one transaction, and every way bad input or a wrong actor is refused with a stable code.
 */
describe('dossier journey over HTTP', () => {
  let app: NestFastifyApplication;
  let db: DataSource;
  let procedure: ProcedureDetail;
  let deskAgencyId: string;

  const client = () => new TestClient(app.getHttpAdapter().getInstance());
  const citizen = () => client().login('congdan@demo.dvc.vn');

  async function upload(as: TestClient, label = 'giay-to'): Promise<UploadedFile> {
    const { payload, headers } = multipartBody(`${label}.pdf`, samplePdf(label));
    const response = await as.post<UploadedFile>('/api/v1/files', payload, headers);
    expect(response.status).toBe(201);
    return response.body;
  }

  async function validSubmission(as: TestClient) {
    const attachments = [];
    for (const component of procedure.components.filter((candidate) => candidate.required)) {
      attachments.push({ componentCode: component.code, fileId: (await upload(as, component.code)).id });
    }
    const formData = Object.fromEntries(
      procedure.formFields.map((field) => [field.key, field.type === 'date' ? '2026-01-15' : field.type === 'number' ? '2' : 'Nguyễn Thị Bình'.slice(0, field.maxLength)]),
    );
    return { procedureCode: procedure.code, agencyId: deskAgencyId, formData, attachments };
  }

  async function submit(as: TestClient): Promise<DossierDetail> {
    const response = await as.post<DossierDetail>('/api/v1/dossiers', await validSubmission(as));
    expect({ status: response.status, body: response.body }).toMatchObject({ status: 201 });
    return response.body;
  }

  beforeAll(async () => {
    ({ app, db } = await startSeededApi());
    const desk = await client().login('motcua@demo.dvc.vn');
    const me = await desk.get<CurrentUser>('/api/v1/auth/me');
    const deskAgencies = new Set(me.body.agencies.map((agency) => agency.id));
    const list = await client().get<Page<ProcedureSummary>>('/api/v1/procedures?size=100');
    for (const summary of list.body.items) {
      const detail = (await client().get<ProcedureDetail>(`/api/v1/procedures/${encodeURIComponent(summary.code)}`)).body;
      const agency = detail.agencies.find((candidate) => deskAgencies.has(candidate.id));
      if (agency) {
        procedure = detail;
        deskAgencyId = agency.id;
        break;
      }
    }
    expect(procedure).toBeDefined();
  });

  afterAll(async () => {
    await app.close();
  });

  it('reports the database and Redis as up', async () => {
    const response = await client().get<{ status: string; database: string; redis: string }>('/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'ok', database: 'up', redis: 'up' });
  });

  it('sets the security headers on every answer, errors included', async () => {
    for (const url of ['/api/health', '/api/v1/procedures?q=khai%20sinh', '/api/v1/no-such-route']) {
      const response = await client().get(url);
      const directives = String(response.headers['content-security-policy']).split(';').sort();
      expect({ url, directives, nosniff: response.headers['x-content-type-options'], frame: response.headers['x-frame-options'] }).toEqual({
        url,
        directives: [
          "base-uri 'self'", "connect-src 'self'", "default-src 'self'", "font-src 'self' https: data:", "form-action 'self'", "frame-ancestors 'none'",
          "img-src 'self' data:", "object-src 'none'", "script-src 'self'", "script-src-attr 'none'", "style-src 'self' 'unsafe-inline'", 'upgrade-insecure-requests',
        ],
        nosniff: 'nosniff',
        frame: 'SAMEORIGIN',
      });
    }
  });

  it('tells a page who is logged in without making a visitor an error', async () => {
    const visitor = await client().get<{ user: unknown }>('/api/v1/auth/session');
    expect(visitor).toMatchObject({ status: 200, body: { user: null } });
    const owner = await citizen();
    const session = await owner.get<{ user: CurrentUser }>('/api/v1/auth/session');
    expect(session.body.user).toMatchObject({ email: 'congdan@demo.dvc.vn', role: 'citizen' });
  });

  it('walks submit → accept → claim → process → approve, writing state, event, steps and outbox row together at each step', async () => {
    const owner = await citizen();
    const submitted = await submit(owner);
    expect(submitted.status).toBe('submitted');
    expect(submitted.code).toMatch(/^[\d.A-Z]+-\d{6}-\d{4,}$/);
    expect(submitted.events).toHaveLength(1);

    const desk = await client().login('motcua@demo.dvc.vn');
    const accepted = await desk.post<DossierDetail>(`/api/v1/dossiers/${submitted.id}/actions/accept`, { version: submitted.version });
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('received');
    expect(accepted.body.dueAt).not.toBeNull();
    expect(new Date(accepted.body.dueAt ?? 0).getTime()).toBeGreaterThan(Date.now());

    // Classes are unit-tested on fixed dates; against the wall clock only "not overdue" holds at any time of day.
    expect(accepted.body.deadline).toMatchObject({ running: true, extensions: 0 });
    expect(['within_time', 'at_risk']).toContain(accepted.body.deadline.deadlineClass);
    expect(accepted.body.deadline.ledger.map((line) => line.kind)).toEqual(['started']);

    const specialist = await client().login('chuyenvien@demo.dvc.vn');
    const claimed = await specialist.post<DossierDetail>(`/api/v1/dossiers/${submitted.id}/actions/claim`, { version: accepted.body.version });
    expect(claimed.body).toMatchObject({ status: 'in_processing', assigneeName: 'Trần Quốc Bảo' });
    const processed = await specialist.post<DossierDetail>(`/api/v1/dossiers/${submitted.id}/actions/process`, { version: claimed.body.version });
    expect(processed.body.status).toBe('awaiting_approval');
    const leader = await client().login('lanhdao@demo.dvc.vn');
    const approved = await leader.post<DossierDetail>(`/api/v1/dossiers/${submitted.id}/actions/approve`, { version: processed.body.version });
    expect(approved.body.status).toBe('result_ready');
    expect(approved.body.version).toBe(5);
    expect(['early', 'on_time']).toContain(approved.body.deadlineClass);
    // The procedure's internal process as hand-overs: every step up to approval closed, the return step open.
    const process = procedure.record.internalProcess;
    expect(approved.body.steps.map((step) => [step.code, step.finishedAt !== null])).toEqual(
      process.map((step, index) => [step.code, index < process.length - 1]),
    );
    expect(approved.body.steps[1]).toMatchObject({ assigneeName: 'Trần Quốc Bảo' });
    expect(['early', 'on_time']).toContain(approved.body.steps[1]?.outcome);

    const events: { seq: number; to_status: string; prev_hash: string | null; hash: string }[] = await db.query(
      `SELECT seq, to_status, prev_hash, hash FROM dossier_event WHERE dossier_id = $1 ORDER BY seq`,
      [submitted.id],
    );
    expect(events.map((event) => event.to_status)).toEqual(['submitted', 'received', 'in_processing', 'awaiting_approval', 'result_ready']);
    events.forEach((event, index) => expect(event.prev_hash).toBe(index === 0 ? null : events[index - 1]?.hash));
    const outbox: { payload: { toStatus: string } }[] = await db.query(
      `SELECT payload FROM outbox WHERE aggregate_id = $1 ORDER BY created_at`,
      [submitted.id],
    );
    expect(outbox.map((row) => row.payload.toStatus)).toEqual(['submitted', 'received', 'in_processing', 'awaiting_approval', 'result_ready']);

    const tooEarly = await desk.post<ApiError>(`/api/v1/dossiers/${submitted.id}/actions/return_result`, { version: 5, returnMethod: 'online' });
    expect(tooEarly.status).toBe(409);
    expect(tooEarly.body.code).toBe('DOSSIER.RESULT_NOT_READY');
  });

  it('prints the forms a dossier has: the receipt with its code, appointment and a QR code to the lookup', async () => {
    const owner = await citizen();
    const dossier = await submit(owner);
    const notYet = await owner.get<ApiError>(`/api/v1/dossiers/${dossier.id}/forms/01`);
    expect(notYet.status).toBe(404);
    expect(notYet.body.code).toBe('DOSSIER.FORM_NOT_AVAILABLE');

    const desk = await client().login('motcua@demo.dvc.vn');
    const accepted = await desk.post<DossierDetail>(`/api/v1/dossiers/${dossier.id}/actions/accept`, { version: dossier.version });
    expect(accepted.body.forms).toEqual(['01', '06']);
    const receipt = await owner.get(`/api/v1/dossiers/${dossier.id}/forms/01`);
    expect(receipt.status).toBe(200);
    expect(receipt.headers['content-type']).toBe('application/pdf');
    const pdf = await readPdf(receipt.raw);
    expect(pdf.text).toContain(dossier.code);
    expect(pdf.text).toContain('Giấy tiếp nhận hồ sơ và hẹn trả kết quả'.toUpperCase());
    const due = new Date(accepted.body.dueAt ?? '');
    const local = new Date(due.getTime() + 7 * 3600_000).toISOString();
    expect(pdf.text).toContain(`${local.slice(11, 16)} ${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)}`);
    const [qr] = await readPdfQrCodes(receipt.raw);
    expect(qr).toBe(`http://localhost:3000/tra-cuu?code=${encodeURIComponent(dossier.code)}&secret=${dossier.trackingSecret}`);

    const badForm = await owner.get<ApiError>(`/api/v1/dossiers/${dossier.id}/forms/99`);
    expect(badForm.body.code).toBe('VALIDATION.FAILED');
    const sheet = await desk.get(`/api/v1/dossiers/${dossier.id}/forms/06`);
    // Table cells wrap: compare with whitespace collapsed.
    expect((await readPdf(sheet.raw)).text.replace(/\s+/g, ' ')).toContain(procedure.record.internalProcess[0]?.name);

    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    const book = await desk.get(`/api/v1/desk/tracking-book?agencyId=${deskAgencyId}&from=${today}&to=${today}`);
    expect(book.headers['content-type']).toBe('application/pdf');
    expect((await readPdf(book.raw)).text).toContain(dossier.code);
    const notMine = await (await client().login('motcua.xa2@demo.dvc.vn')).get<ApiError>(`/api/v1/desk/tracking-book?agencyId=${deskAgencyId}&from=${today}&to=${today}`);
    expect(notMine.body.code).toBe('DOSSIER.OUT_OF_SCOPE');
  });

  it('numbers dossiers per agency and day in the national format', async () => {
    const owner = await citizen();
    const first = await submit(owner);
    const second = await submit(owner);
    const [agencyCode, day, seq] = first.code.split('-');
    expect(second.code).toBe(`${agencyCode}-${day}-${String(Number(seq) + 1).padStart(seq?.length ?? 4, '0')}`);
  });

  it('lets one of two simultaneous actions on the same version win and refuses the other with 409', async () => {
    const dossier = await submit(await citizen());
    const desk = await client().login('motcua@demo.dvc.vn');
    const answers = await Promise.all([
      desk.post<ApiError>(`/api/v1/dossiers/${dossier.id}/actions/accept`, { version: dossier.version }),
      desk.post<ApiError>(`/api/v1/dossiers/${dossier.id}/actions/refuse`, { version: dossier.version, reason: 'Thiếu giấy tờ' }),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    expect(answers.find((answer) => answer.status === 409)?.body.code).toBe('DOSSIER.VERSION_CONFLICT');
    const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM dossier_event WHERE dossier_id = $1`, [dossier.id]);
    expect(count).toBe(2);
  });

  describe('refuses bad input with a stable code and a readable message', () => {
    it('rejects unknown and mistyped fields', async () => {
      const unknown = await client().post<ApiError>('/api/v1/auth/register', {
        fullName: 'Lê Văn Tư', email: 'tu@example.vn', password: 'Mat-khau-2026!', isAdmin: true,
      });
      expect(unknown.status).toBe(400);
      expect(unknown.body.code).toBe('VALIDATION.FAILED');
      expect(unknown.body.details).toContainEqual(expect.objectContaining({ field: 'isAdmin', code: 'UNKNOWN_FIELD' }));
      expect(unknown.body.message).toMatch(/ \/ /);

      const owner = await citizen();
      const body = await validSubmission(owner);
      const mistyped = await owner.post<ApiError>('/api/v1/dossiers', { ...body, attachments: 'none' });
      expect(mistyped.status).toBe(400);
      expect(mistyped.body.details?.map((detail) => detail.field)).toContain('attachments');

      const strangeForm = await owner.post<ApiError>('/api/v1/dossiers', { ...body, formData: { ...body.formData, hacked: 'x' } });
      expect(strangeForm.status).toBe(400);
      expect(strangeForm.body.code).toBe('DOSSIER.FORM_INVALID');
      expect(strangeForm.body.details).toContainEqual(expect.objectContaining({ field: 'formData.hacked', code: 'UNKNOWN_FIELD' }));

      const malformed = await owner.post<ApiError>('/api/v1/dossiers', '{"procedureCode":', { 'content-type': 'application/json' });
      expect(malformed.status).toBe(400);
      expect(malformed.body.code).toBe('REQUEST.MALFORMED');
    });

    it('requires every required component, each file unused and the applicant\'s own', async () => {
      const owner = await citizen();
      const body = await validSubmission(owner);
      const missing = await owner.post<ApiError>('/api/v1/dossiers', { ...body, attachments: [] });
      expect(missing.status).toBe(400);
      expect(missing.body.code).toBe('DOSSIER.ATTACHMENTS_INVALID');
      expect(missing.body.details?.[0]?.code).toBe('COMPONENT_MISSING');

      const first = await owner.post<DossierDetail>('/api/v1/dossiers', body);
      expect(first.status).toBe(201);
      const reused = await owner.post<ApiError>('/api/v1/dossiers', body);
      expect(reused.status).toBe(400);
      expect(reused.body.details?.map((detail) => detail.code)).toContain('FILE_ALREADY_USED');

      const stranger = await client().post<CurrentUser>('/api/v1/auth/register', {
        fullName: 'Phạm Thị Hoa', email: `hoa.${Date.now()}@example.vn`, password: 'Mat-khau-2026!',
      });
      expect(stranger.status).toBe(201);
    });

    it('rejects uploads that are not PDF/JPEG/PNG by content, too large, or not multipart', async () => {
      const owner = await citizen();
      const text = multipartBody('to-khai.pdf', Buffer.from('not really a pdf'));
      const wrongType = await owner.post<ApiError>('/api/v1/files', text.payload, text.headers);
      expect(wrongType.status).toBe(415);
      expect(wrongType.body.code).toBe('FILE.UNSUPPORTED_TYPE');

      const huge = multipartBody('lon.pdf', Buffer.concat([samplePdf('big'), Buffer.alloc(11 * 1024 * 1024, 0x20)]));
      const tooLarge = await owner.post<ApiError>('/api/v1/files', huge.payload, huge.headers);
      expect(tooLarge.status).toBe(413);
      expect(tooLarge.body.code).toBe('FILE.TOO_LARGE');

      const notMultipart = await owner.post<ApiError>('/api/v1/files', { file: 'abc' });
      expect(notMultipart.status).toBe(415);

      const wrongField = multipartBody('a.pdf', samplePdf('a'), 'application/pdf', 'document');
      const wrongName = await owner.post<ApiError>('/api/v1/files', wrongField.payload, wrongField.headers);
      expect(wrongName.status).toBe(400);
      expect(wrongName.body.code).toBe('FILE.UNKNOWN_FIELD');
    });

    it('refuses a transition the status does not allow, a wrong role, a missing reason and a stale version', async () => {
      const dossier = await submit(await citizen());
      const url = `/api/v1/dossiers/${dossier.id}/actions`;
      const desk = await client().login('motcua@demo.dvc.vn');
      const specialist = await client().login('chuyenvien@demo.dvc.vn');

      const wrongTransition = await desk.post<ApiError>(`${url}/approve`, { version: dossier.version });
      expect(wrongTransition.status).toBe(409);
      expect(wrongTransition.body.code).toBe('DOSSIER.TRANSITION_NOT_ALLOWED');

      const wrongRole = await specialist.post<ApiError>(`${url}/accept`, { version: dossier.version });
      expect(wrongRole.status).toBe(403);
      expect(wrongRole.body.code).toBe('DOSSIER.ROLE_NOT_ALLOWED');

      const noReason = await desk.post<ApiError>(`${url}/refuse`, { version: dossier.version });
      expect(noReason.status).toBe(400);
      expect(noReason.body.code).toBe('DOSSIER.REASON_REQUIRED');

      const stale = await desk.post<ApiError>(`${url}/accept`, { version: dossier.version + 5 });
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('DOSSIER.VERSION_CONFLICT');

      const unknownAction = await desk.post<ApiError>(`${url}/teleport`, { version: dossier.version });
      expect(unknownAction.status).toBe(400);
      expect(unknownAction.body.code).toBe('DOSSIER.UNKNOWN_ACTION');

      const wrongVersionType = await desk.post<ApiError>(`${url}/accept`, { version: 'one' });
      expect(wrongVersionType.status).toBe(400);
      expect(wrongVersionType.body.code).toBe('VALIDATION.FAILED');

      const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM dossier_event WHERE dossier_id = $1`, [dossier.id]);
      expect(count).toBe(1);
    });

    it('keeps dossiers within their agency and their owner', async () => {
      const dossier = await submit(await citizen());
      const otherDesk = await client().login('motcua.xa2@demo.dvc.vn');
      const outOfScope = await otherDesk.post<ApiError>(`/api/v1/dossiers/${dossier.id}/actions/accept`, { version: dossier.version });
      expect(outOfScope.status).toBe(403);
      expect(outOfScope.body.code).toBe('DOSSIER.OUT_OF_SCOPE');
      const inbox = await otherDesk.get<Page<{ id: string }>>('/api/v1/desk/dossiers?size=100');
      expect(inbox.body.items.map((item) => item.id)).not.toContain(dossier.id);

      const other = client();
      await other.post('/api/v1/auth/register', { fullName: 'Đỗ Minh Khang', email: `khang.${Date.now()}@example.vn`, password: 'Mat-khau-2026!' });
      const notMine = await other.get<ApiError>(`/api/v1/dossiers/${dossier.id}`);
      expect(notMine.status).toBe(404);
      expect(notMine.body.code).toBe('DOSSIER.NOT_FOUND');

      const staffFiling = await (await client().login('motcua@demo.dvc.vn')).post<ApiError>('/api/v1/dossiers', await validSubmission(await citizen()));
      expect(staffFiling.status).toBe(403);

      const anonymous = await client().get<ApiError>('/api/v1/dossiers/mine');
      expect(anonymous.status).toBe(401);
      expect(anonymous.body.code).toBe('AUTH.UNAUTHENTICATED');
    });

    it('requires the CSRF header on state changes from a browser session', async () => {
      const desk = await client().login('motcua@demo.dvc.vn');
      const dossier = await submit(await citizen());
      desk.forgetCsrf();
      const response = await desk.post<ApiError>(`/api/v1/dossiers/${dossier.id}/actions/accept`, { version: dossier.version });
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('AUTH.CSRF_MISMATCH');
    });

    it('answers unknown API routes and bad ids with JSON errors, never 500', async () => {
      const owner = await citizen();
      const badId = await owner.get<ApiError>('/api/v1/dossiers/not-a-uuid');
      expect(badId.status).toBe(400);
      expect(badId.body.code).toBe('VALIDATION.INVALID_ID');
      const unknownProcedure = await client().get<ApiError>('/api/v1/procedures/9.999999');
      expect(unknownProcedure.status).toBe(404);
      expect(unknownProcedure.body.code).toBe('CATALOGUE.PROCEDURE_NOT_FOUND');
      const badPage = await client().get<ApiError>('/api/v1/procedures?size=1000');
      expect(badPage.status).toBe(400);
    });
  });

  it('shows the public tracking view only with the right secret, with the name masked', async () => {
    const dossier = await submit(await citizen());
    const wrong = await client().get<ApiError>(`/api/v1/tracking/${dossier.code}?secret=WRONG234`);
    expect(wrong.status).toBe(404);
    expect(wrong.body.code).toBe('TRACKING.NOT_FOUND');
    const right = await client().get<TrackingView>(`/api/v1/tracking/${dossier.code}?secret=${dossier.trackingSecret}`);
    expect(right.status).toBe(200);
    expect(right.body.status).toBe('submitted');
    expect(right.body.applicantNameMasked).not.toBe(dossier.applicantName);
  });

  it('serves attachments to the owner byte for byte', async () => {
    const owner = await citizen();
    const dossier = await submit(owner);
    const file = dossier.files[0];
    expect(file).toBeDefined();
    const download = await owner.get(`/api/v1/dossiers/${dossier.id}/files/${file?.id}`);
    expect(download.status).toBe(200);
    expect(createHash('sha256').update(download.raw).digest('hex')).toBe(file?.sha256);
  });
});
