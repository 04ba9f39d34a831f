import { expect, test } from '@playwright/test';
import { act, deskLogin, mailsTo, openFromInbox, sampleFormData, samplePdf, STAFF, type OnlineFormView } from './support';

interface ProcedureDetailView {
  code: string;
  agencies: { id: string; code: string; name: string }[];
  components: { code: string; required: boolean }[];
  record: { form: OnlineFormView };
}


test('a dossier travels from the citizen through the one-stop desk and back, with e-mails at each step', async ({ page, browser, request }) => {
  const email = `congdan.${Date.now()}@example.vn`;

  // The desk officer's agencies decide where the citizen files, so the dossier lands in that inbox.
  const staffLogin = await request.post('/api/v1/auth/login', { data: { email: STAFF.desk, password: 'Demo@12345' } });
  expect(staffLogin.ok()).toBeTruthy();
  const deskAgencies = new Set(((await staffLogin.json()) as { agencies: { id: string }[] }).agencies.map((agency) => agency.id));

  await test.step('citizen registers', async () => {
    await page.goto('/dang-ky');
    await page.getByTestId('register-fullname').fill('Trần Văn Công');
    await page.getByTestId('register-email').fill(email);
    await page.getByTestId('register-password').fill('Mat-khau-2026!');
    await page.getByTestId('register-submit').click();
    await expect(page.getByTestId('nav-logout')).toBeVisible();
  });

  let procedure!: ProcedureDetailView;
  await test.step('citizen finds the procedure without typing diacritics', async () => {
    await page.goto('/thu-tuc');
    await page.getByTestId('catalogue-search').fill('khai sinh');
    await page.getByTestId('catalogue-search').press('Enter');
    const item = page.getByTestId('procedure-item').filter({ hasText: /khai sinh/i }).first();
    await expect(item).toBeVisible();
    await item.getByRole('link').first().click();
    await expect(page.getByTestId('apply-online')).toBeVisible();
    const code = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
    procedure = (await (await request.get(`/api/v1/procedures/${encodeURIComponent(code)}`)).json()) as ProcedureDetailView;
  });

  const agency = procedure.agencies.find((candidate) => deskAgencies.has(candidate.id));
  expect(agency, 'the demo desk officer works at an agency that accepts this procedure').toBeDefined();

  let dossierCode = '';
  let secret = '';
  await test.step('citizen fills the form, attaches PDFs and submits', async () => {
    await page.getByTestId('apply-online').click();
    await page.getByTestId('agency-select').selectOption(agency?.id ?? '');
    for (const [key, value] of Object.entries(sampleFormData(procedure.record.form))) {
      const field = page.getByTestId(`form-field-${key}`);
      if (procedure.record.form.schema.properties[key]?.enum) await field.selectOption(String(value));
      else await field.fill(String(value));
    }
    for (const component of procedure.components.filter((candidate) => candidate.required)) {
      await page.getByTestId(`file-input-${component.code}`).setInputFiles({
        name: `${component.code}.pdf`,
        mimeType: 'application/pdf',
        buffer: samplePdf(component.code),
      });
      await expect(page.getByTestId(`upload-done-${component.code}`)).toBeVisible();
    }
    await page.getByTestId('submit-dossier').click();
    await expect(page.getByTestId('dossier-code')).toBeVisible();
    dossierCode = (await page.getByTestId('dossier-code').innerText()).trim();
    secret = (await page.getByTestId('dossier-secret').innerText()).trim();
    expect(dossierCode).toMatch(new RegExp(`^${(agency?.code ?? '').replace(/\./g, '\\.')}-\\d{6}-\\d{4,}$`));
    expect(secret).toMatch(/^[A-Z0-9]{8}$/);
  });

  await test.step('desk officer accepts it; the appointment date is set', async () => {
    const desk = await deskLogin(browser, STAFF.desk);
    await openFromInbox(desk, dossierCode);
    await expect(desk.getByTestId('dossier-status')).toHaveAttribute('data-status', 'submitted');
    await act(desk, 'accept', 'received');
    await expect(desk.getByTestId('dossier-due')).not.toBeEmpty();
    await desk.context().close();
  });

  await test.step('specialist takes it on and processes it', async () => {
    const specialist = await deskLogin(browser, STAFF.specialist);
    await openFromInbox(specialist, dossierCode);
    await act(specialist, 'claim', 'in_processing');
    await act(specialist, 'process', 'awaiting_approval');
    await specialist.context().close();
  });

  await test.step('leader approves it; the worker generates the result document', async () => {
    const leader = await deskLogin(browser, STAFF.leader);
    await openFromInbox(leader, dossierCode);
    await act(leader, 'approve', 'result_ready');
    await leader.context().close();
  });

  await test.step('desk officer returns the result', async () => {
    const desk = await deskLogin(browser, STAFF.desk);
    await openFromInbox(desk, dossierCode);
    await expect(async () => {
      await desk.reload();
      await expect(desk.getByTestId('result-download')).toBeVisible({ timeout: 2000 });
    }).toPass({ timeout: 30_000 });
    await desk.getByTestId('action-return_result').click();
    await desk.getByTestId('return-method').selectOption('online');
    await desk.getByTestId('action-confirm').click();
    await expect(desk.getByTestId('dossier-status')).toHaveAttribute('data-status', 'returned');
    await desk.context().close();
  });

  await test.step('citizen sees "returned", the whole timeline and the result PDF', async () => {
    await page.getByTestId('nav-my-dossiers').click();
    await page.getByTestId('dossier-row').filter({ hasText: dossierCode }).getByRole('link').first().click();
    await expect(page.getByTestId('dossier-status')).toHaveAttribute('data-status', 'returned');
    await expect(page.getByTestId('timeline-item')).toHaveCount(6);
    const href = await page.getByTestId('result-download').getAttribute('href');
    expect(href).toBeTruthy();
    const result = await page.request.get(href ?? '');
    expect(result.headers()['content-type']).toBe('application/pdf');
    expect((await result.body()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  await test.step('anyone with the code and secret can look it up', async () => {
    const context = await browser.newContext();
    const visitor = await context.newPage();
    await visitor.goto('/tra-cuu');
    await visitor.getByTestId('tracking-code').fill(dossierCode);
    await visitor.getByTestId('tracking-secret').fill(secret);
    await visitor.getByTestId('tracking-submit').click();
    await expect(visitor.getByTestId('tracking-status')).toHaveAttribute('data-status', 'returned');
    await context.close();
  });

  await test.step('the citizen got one e-mail per event they need to know of (submitted, received, result ready, returned; not the internal claim and process)', async () => {
    const expected = [
      `[${dossierCode}] Mới đăng ký: hồ sơ đã được gửi, đang chờ tiếp nhận / Submitted: awaiting reception`,
      `[${dossierCode}] Đã tiếp nhận / Received`,
      `[${dossierCode}] Đã có kết quả / Result ready`,
      `[${dossierCode}] Đã trả kết quả / Result returned`,
    ];
    await expect(async () => {
      const subjects = (await mailsTo(request, email)).map((message) => message.subject).filter((subject) => subject.includes(dossierCode));
      expect([...subjects].sort()).toEqual([...expected].sort());
    }).toPass({ timeout: 30_000 });
    const received = (await mailsTo(request, email)).find((message) => message.subject === `[${dossierCode}] Đã tiếp nhận / Received`);
    expect(received?.text).toContain('Ngày hẹn trả kết quả');
  });
});
