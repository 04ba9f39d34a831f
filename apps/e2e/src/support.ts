import { expect, type APIRequestContext, type Browser, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'Demo@12345';
export const STAFF = {
  desk: 'motcua@demo.dvc.vn',
  specialist: 'chuyenvien@demo.dvc.vn',
  leader: 'lanhdao@demo.dvc.vn',
} as const;

const mailUrl = (): string => process.env['E2E_MAIL_URL'] ?? 'http://127.0.0.1:8025';

export interface SinkMessage {
  to: string[];
  subject: string;
  text: string;
}

/** Messages the SMTP sink received for one address. */
export async function mailsTo(request: APIRequestContext, address: string): Promise<SinkMessage[]> {
  const response = await request.get(`${mailUrl()}/api/messages?to=${encodeURIComponent(address)}`);
  expect(response.ok()).toBeTruthy();
  return (await response.json()) as SinkMessage[];
}

/** A minimal valid one-page PDF. */
export function samplePdf(label: string): Buffer {
  const content = `BT /F1 18 Tf 72 720 Td (${label}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A desk session for one staff member in its own browser context. */
export async function deskLogin(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/desk/dang-nhap');
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('inbox-row').first()).toBeVisible();
  return page;
}

/** Opens a dossier from the desk inbox by its code. */
export async function openFromInbox(page: Page, code: string): Promise<void> {
  await page.goto('/desk/');
  const row = page.locator(`[data-testid="inbox-row"][data-code="${code}"]`);
  await expect(row).toBeVisible();
  await row.getByRole('link').first().click();
  await expect(page.getByTestId('dossier-status')).toBeVisible();
}

/** Clicks one action button and waits for the dossier to show its new status. */
export async function act(page: Page, action: string, expectedStatus: string): Promise<void> {
  await page.getByTestId(`action-${action}`).click();
  await expect(page.getByTestId('dossier-status')).toHaveAttribute('data-status', expectedStatus);
}

/** The online form of a procedure as `GET /api/v1/procedures/{code}` gives it in `record.form`. */
export interface OnlineFormView {
  schema: {
    required: string[];
    properties: Record<string, { type: string; format?: string; enum?: string[]; pattern?: string; minimum?: number; maxLength?: number }>;
  };
}

/** A value each field of a form accepts (what a citizen would type), keyed by field. */
export function sampleFormData(form: OnlineFormView): Record<string, string | number | boolean> {
  const data: Record<string, string | number | boolean> = {};
  for (const [key, property] of Object.entries(form.schema.properties)) {
    if (property.enum?.length) data[key] = property.enum[0] ?? '';
    else if (property.type === 'boolean') data[key] = true;
    else if (property.type === 'number' || property.type === 'integer') data[key] = property.minimum ?? 1;
    else if (property.format === 'date') data[key] = '2026-01-15';
    else if (property.pattern === '^\\d{12}$') data[key] = '001090012345';
    else if (property.pattern && !form.schema.required.includes(key)) continue;
    else data[key] = 'Nguyễn Thị Bình'.slice(0, property.maxLength ?? 100);
  }
  return data;
}
