// Permalinks carry the data version; a link made with another version says so.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './browser';
import { openPage, waitForIdle, waitForNodes } from './explorer';

describe('permalink data version', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('names both versions when a link was made with other data', async () => {
    const page = await openPage(browser, '/?n=tech:nvidia-h100&lang=en&v=000000000000');
    await waitForNodes(page, 1);
    const notice = page.getByTestId('version-notice');
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    expect(text).toMatch(
      /This link was made with data version 000000000000; the data is now version [0-9a-f]{12}, so the view may differ\./,
    );
    // The address now names the current version, so a link copied from it will not warn.
    const current = /now version ([0-9a-f]{12})/.exec(text)?.[1];
    await page.waitForFunction((v) => window.location.search.includes(`v=${v ?? ''}`), current);
    await waitForIdle(page);
    await screenshot(page, 'permalink-version-notice');

    const fresh = await openPage(browser, new URL(page.url()).search);
    await waitForNodes(fresh, 1);
    await waitForIdle(fresh);
    await expect(fresh.getByTestId('version-notice').count()).resolves.toBe(0);
    await fresh.close();
    await page.close();
  });
});
