import { createRequire } from 'node:module';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD, STAFF } from './support';

const AXE_SOURCE = createRequire(__filename).resolve('axe-core/axe.min.js');

// The pages forbid inline scripts (CSP script-src 'self'); axe is injected as one, so the check's browser ignores CSP.
test.use({ bypassCSP: true });

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's WCAG 2.1 A and AA rules on the page as it is now: every violation, one line each. */
async function wcagViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_SOURCE });
  const { violations, passes } = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[]; passes: unknown[] }> } }).axe;
    const results = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return { violations: results.violations, passes: results.passes.length };
  });
  // A page axe found nothing to check on (not rendered yet, or the script failed) would pass silently.
  expect(passes).toBeGreaterThan(10);
  return violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`);
}

test('the citizen portal\'s main pages meet WCAG 2.1 AA as axe-core checks it', async ({ page }) => {
  for (const [path, ready] of [
    ['/', 'main'],
    ['/thu-tuc?q=dang%20ky%20khai%20sinh', '[data-testid="catalogue-summary"]'],
    ['/thu-tuc/1.001193', 'h1'],
    ['/tra-cuu', 'main'],
    ['/dang-nhap', '[data-testid="login-email"]'],
  ] as const) {
    await page.goto(path);
    await expect(page.locator(ready).first()).toBeVisible();
    expect({ path, violations: await wcagViolations(page) }).toEqual({ path, violations: [] });
  }
});

test('the one-stop desk\'s login, inbox and catalogue administration meet WCAG 2.1 AA as axe-core checks it', async ({ page }) => {
  const check = async (name: string) => expect({ name, violations: await wcagViolations(page) }).toEqual({ name, violations: [] });
  const logIn = async (email: string) => {
    await page.goto('/desk/dang-nhap');
    await page.getByTestId('login-email').fill(email);
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await expect(page.getByTestId('inbox-count')).toBeVisible();
  };

  await page.goto('/desk/dang-nhap');
  await expect(page.getByTestId('login-email')).toBeVisible();
  await check('login');
  await logIn(STAFF.desk);
  await expect(page.getByTestId('inbox-loading')).toBeHidden();
  await check('inbox');

  await page.context().clearCookies();
  await logIn('quantri.tinh@demo.dvc.vn');
  await page.getByRole('link', { name: 'Danh mục thủ tục', exact: true }).click();
  await expect(page.getByTestId('catalogue-row').first()).toBeVisible();
  await check('catalogue list');
  await page.getByRole('link', { name: 'Nhập, xuất danh mục' }).click();
  await expect(page.getByLabel('Tệp danh mục (.json hoặc .xlsx)')).toBeVisible();
  await check('catalogue import');
});
