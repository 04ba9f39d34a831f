import { defineConfig } from '@playwright/test';

/**
 * Browser tests against the real stack: `scripts/test.sh` starts the API (serving both UIs), the worker and the
 * SMTP sink on free ports with a fresh seeded database, and passes their addresses here.
 */
const baseURL = process.env['E2E_BASE_URL'] ?? `http://127.0.0.1:${process.env['E2E_PORT'] ?? '3000'}`;

export default defineConfig({
  testDir: './src',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  outputDir: '../../test-results/e2e',
  use: {
    baseURL,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium' }],
});
