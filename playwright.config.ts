/**
 * The browser tests (tests/e2e/*.e2e.test.ts) on @playwright/test with Debian's Chromium, never a downloaded
 * browser. One worker: the tests share one database and one app, started by the global setup.
 */
import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  throw new Error(
    `Chromium was not found at ${chromium}. Install it with: apt-get install -y chromium (or set CHROMIUM_PATH).`,
  );
}

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.test.ts',
  globalSetup: './tests/e2e/global-setup.ts',
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 90_000,
  // The app's requests reach a real database on a shared machine: allow waits as long as the old 30 s polls.
  expect: { timeout: 30_000 },
  // Playwright empties this folder at the start of a run; screenshots go to test-results/screenshots.
  outputDir: 'test-results/playwright',
  reporter: [['list'], ['./tests/setup/playwright-summary.ts']],
  use: {
    headless: true,
    viewport: { width: 1280, height: 800 },
    actionTimeout: 30_000,
    navigationTimeout: 30_000,
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
