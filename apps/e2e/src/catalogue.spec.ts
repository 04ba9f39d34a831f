import { expect, test } from '@playwright/test';
import { exampleProcedureRecord } from '@dvc/shared/domain';
import { DEMO_PASSWORD } from './support';

const ADMIN = 'quantri.tinh@demo.dvc.vn';
const CODE = '2.990500';
const TYPO_NAME = 'Cấp giấy xác nhận dịch vụ thử ngiệm';
const FIXED_NAME = 'Cấp giấy xác nhận dịch vụ thử nghiệm';

test('a province admin imports a file, fixes the draft and publishes it; a citizen finds it typing without diacritics', async ({ page, browser }) => {
  const file = { ...exampleProcedureRecord(), code: CODE, name: TYPO_NAME, keywords: ['dịch vụ thử nghiệm'], illustrative: true };

  await test.step('the province admin logs in to the desk and opens the catalogue', async () => {
    await page.goto('/desk/dang-nhap');
    await page.getByTestId('login-email').fill(ADMIN);
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByRole('link', { name: 'Danh mục thủ tục', exact: true }).click();
    await page.getByRole('link', { name: 'Nhập, xuất danh mục' }).click();
  });

  await test.step('imports a national-database JSON file, all or nothing, and watches it finish', async () => {
    await page.getByLabel('Tệp danh mục (.json hoặc .xlsx)').setInputFiles({
      name: 'danh-muc-moi.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ procedures: [file] }), 'utf8'),
    });
    await expect(page.getByLabel('Tất cả hoặc không: có lỗi thì không nhập thủ tục nào')).toBeChecked();
    await page.getByRole('button', { name: 'Tải lên và nhập' }).click();
    const status = page.locator('[data-testid="import-status"][data-status="done"]');
    await expect(status).toBeVisible({ timeout: 30_000 });
    await expect(status).toContainText('1 thủ tục');
    await expect(status).toContainText('0 lỗi');
  });

  await test.step('opens the imported draft, fixes the name and saves', async () => {
    await page.getByRole('link', { name: 'Xem các bản nháp' }).click();
    await page.getByRole('link', { name: `Sửa bản nháp ${CODE}` }).click();
    const name = page.getByLabel('Tên thủ tục', { exact: true });
    await expect(name).toHaveValue(TYPO_NAME);
    await name.fill(FIXED_NAME);
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await expect(page.getByText('Đã lưu bản nháp.')).toBeVisible();
  });

  await test.step('publishes it by decision', async () => {
    await page.getByRole('button', { name: 'Công bố', exact: true }).click();
    await page.getByLabel('Số quyết định công bố').fill('1500/QĐ-UBND');
    await page.getByRole('button', { name: 'Xác nhận công bố' }).click();
    await expect(page.getByTestId('version-status')).toHaveAttribute('data-status', 'published');
    await expect(page.getByText('1500/QĐ-UBND').first()).toBeVisible();
  });

  await test.step('a citizen finds it without typing diacritics and opens it', async () => {
    const citizen = await (await browser.newContext()).newPage();
    await citizen.goto('/thu-tuc');
    await citizen.getByTestId('catalogue-search').fill('xac nhan dich vu thu nghiem');
    await citizen.getByTestId('catalogue-search').press('Enter');
    const item = citizen.locator(`[data-testid="procedure-item"][data-code="${CODE}"]`);
    await expect(item).toBeVisible();
    await expect(item).toContainText(FIXED_NAME);
    await item.getByTestId('procedure-link').click();
    await expect(citizen.getByRole('heading', { level: 1 })).toHaveText(FIXED_NAME);
    await expect(citizen.getByTestId('apply-online')).toBeVisible();
  });
});
