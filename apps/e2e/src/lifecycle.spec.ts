import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test';
import { readPdf, readPdfQrCodes } from '@dvc/shared/testing';
import { act, deskLogin, DEMO_PASSWORD, openFromInbox, sampleFormData, samplePdf, STAFF, type OnlineFormView } from './support';

/** Đăng ký hộ kinh doanh: three working days, filed online at the demo commune where the demo staff work. */
const PROCEDURE = '2.001035';
const COMMUNE = '000.10.31.H56';
const CITIZEN = 'congdan@demo.dvc.vn';

interface ProcedureDetailView {
  code: string;
  agencies: { id: string; code: string }[];
  components: { code: string; required: boolean }[];
  record: { form: OnlineFormView };
}

/** "hh:mm dd/mm/yyyy" in Vietnam time, as the forms print an instant. */
function vietnamTime(iso: string): string {
  const local = new Date(new Date(iso).getTime() + 7 * 3600_000).toISOString();
  return `${local.slice(11, 16)} ${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)}`;
}

/** Files a dossier through the API as the demo citizen (the journey test covers filing in the browser). */
async function fileDossier(baseURL: string): Promise<{ id: string; code: string; trackingSecret: string; component: string }> {
  const api: APIRequestContext = await playwrightRequest.newContext({ baseURL });
  try {
    expect((await api.post('/api/v1/auth/login', { data: { email: CITIZEN, password: DEMO_PASSWORD } })).ok()).toBeTruthy();
    const xsrf = (await api.storageState()).cookies.find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? '';
    const procedure = (await (await api.get(`/api/v1/procedures/${PROCEDURE}`)).json()) as ProcedureDetailView;
    const agency = procedure.agencies.find((candidate) => candidate.code === COMMUNE);
    expect(agency, 'the demo commune files this procedure online').toBeDefined();
    const attachments = [];
    for (const component of procedure.components.filter((candidate) => candidate.required)) {
      const upload = await api.post('/api/v1/files', {
        headers: { 'x-xsrf-token': xsrf },
        multipart: { file: { name: `${component.code}.pdf`, mimeType: 'application/pdf', buffer: samplePdf(component.code) } },
      });
      expect(upload.status()).toBe(201);
      attachments.push({ componentCode: component.code, fileId: ((await upload.json()) as { id: string }).id });
    }
    const formData = sampleFormData(procedure.record.form);
    const filed = await api.post('/api/v1/dossiers', {
      headers: { 'x-xsrf-token': xsrf },
      data: { procedureCode: PROCEDURE, agencyId: agency?.id, formData, attachments },
    });
    expect(filed.status()).toBe(201);
    const dossier = (await filed.json()) as { id: string; code: string; trackingSecret: string };
    return { ...dossier, component: procedure.components[0]?.code ?? 'TP01' };
  } finally {
    await api.dispose();
  }
}

test('a supplement round and an apology move the date the legal way; the receipt prints the code, the appointment and a working QR link', async ({ page, browser, baseURL }) => {
  const dossier = await fileDossier(baseURL ?? '');

  let receiptDue = '';
  await test.step('the desk accepts; the receipt (Mẫu 01) shows the code, the appointment and a QR code that looks the dossier up', async () => {
    const desk = await deskLogin(browser, STAFF.desk);
    await openFromInbox(desk, dossier.code);
    await act(desk, 'accept', 'received');
    await expect(desk.getByTestId('dossier-due')).not.toBeEmpty();
    const href = await desk.getByTestId('form-01').getAttribute('href');
    const receipt = await desk.request.get(href ?? '');
    expect(receipt.headers()['content-type']).toBe('application/pdf');
    const bytes = await receipt.body();
    const pdf = await readPdf(bytes);
    const detail = (await (await desk.request.get(`/api/v1/dossiers/${dossier.id}`)).json()) as { dueAt: string };
    receiptDue = detail.dueAt;
    expect(pdf.text).toContain(dossier.code);
    expect(pdf.text).toContain(vietnamTime(detail.dueAt));
    const [qr] = await readPdfQrCodes(bytes);
    expect(qr).toContain(`/tra-cuu?code=${encodeURIComponent(dossier.code)}&secret=${dossier.trackingSecret}`);

    const visitor = await browser.newContext();
    const lookup = await visitor.newPage();
    await lookup.goto(qr ?? '');
    await expect(lookup.getByTestId('tracking-status')).toHaveAttribute('data-status', 'received');
    await visitor.close();
    await desk.context().close();
  });

  await test.step('the specialist takes it on and asks for a supplement, everything in one go: the clock stops', async () => {
    const specialist = await deskLogin(browser, STAFF.specialist);
    await openFromInbox(specialist, dossier.code);
    await act(specialist, 'claim', 'in_processing');
    await specialist.getByTestId('action-request_supplement').click();
    await specialist.getByTestId('action-items').fill('Tờ khai có chữ ký của chủ hộ\nBản sao căn cước của chủ hộ');
    await specialist.getByTestId('action-reason').fill('Tờ khai chưa có chữ ký');
    await specialist.getByTestId('action-confirm').click();
    await expect(specialist.getByTestId('dossier-status')).toHaveAttribute('data-status', 'supplement_requested');
    await expect(specialist.locator('[data-testid="ledger-line"][data-kind="paused"]')).toHaveCount(1);
    await specialist.context().close();
  });

  await test.step('the citizen uploads the missing items; the time starts again from zero', async () => {
    await page.goto('/dang-nhap');
    await page.getByTestId('login-email').fill(CITIZEN);
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await expect(page.getByTestId('nav-logout')).toBeVisible();
    await page.goto(`/ho-so-cua-toi/${dossier.id}`);
    await expect(page.getByTestId('supplement-items')).toContainText('Bản sao căn cước của chủ hộ');
    await page.getByTestId(`file-input-${dossier.component}`).setInputFiles({ name: 'to-khai-ky.pdf', mimeType: 'application/pdf', buffer: samplePdf('to khai da ky') });
    await expect(page.getByTestId(`upload-done-${dossier.component}`)).toBeVisible();
    await page.getByTestId('submit-supplement').click();
    await expect(page.getByTestId('dossier-status')).toHaveAttribute('data-status', 'in_processing');
    await expect(page.getByTestId('restart-notice')).toBeVisible();
    await expect(page.getByTestId('dossier-due')).not.toBeEmpty();
  });

  await test.step('the leader apologises at least a day ahead and sets a new date, once', async () => {
    const leader = await deskLogin(browser, STAFF.leader);
    await openFromInbox(leader, dossier.code);
    await expect(leader.locator('[data-testid="ledger-line"][data-kind="restarted"]')).toHaveCount(1);
    // (The restarted date equals the receipt's when both clocks start at the same opening, e.g. on a holiday.)
    const current = (await (await leader.request.get(`/api/v1/dossiers/${dossier.id}`)).json()) as { dueAt: string };
    expect(new Date(current.dueAt).getTime()).toBeGreaterThanOrEqual(new Date(receiptDue).getTime());
    const newDate = new Date(new Date(current.dueAt).getTime() + 7 * 86_400_000 + 7 * 3600_000).toISOString().slice(0, 10);
    await leader.getByTestId('action-apologise').click();
    await leader.getByTestId('action-new-due').fill(newDate);
    await leader.getByTestId('action-reason').fill('Chờ kết quả xác minh của cơ quan thuế');
    await leader.getByTestId('action-confirm').click();
    await expect(leader.locator('[data-testid="ledger-line"][data-kind="extended"]')).toHaveCount(1);
    await expect(leader.getByTestId('form-04')).toBeVisible();
    await expect(leader.getByTestId('action-apologise')).toBeVisible();
    await leader.getByTestId('action-apologise').click();
    await leader.getByTestId('action-new-due').fill(new Date(Date.parse(`${newDate}T00:00:00Z`) + 3 * 86_400_000).toISOString().slice(0, 10));
    await leader.getByTestId('action-reason').fill('Lại chậm');
    await leader.getByTestId('action-confirm').click();
    await expect(leader.getByTestId('error-alert')).toHaveAttribute('data-code', 'DOSSIER.APOLOGY_ALREADY_GIVEN');
    await leader.context().close();
  });

  await test.step('the citizen sees the apology with the new date and the letter', async () => {
    await page.reload();
    await expect(page.getByTestId('apology-notice')).toContainText('Chờ kết quả xác minh của cơ quan thuế');
    await expect(page.getByTestId('form-04')).toBeVisible();
  });
});
