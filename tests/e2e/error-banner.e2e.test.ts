// When the API is down the explorer says so in plain words, keeps the page usable, and recovers with Retry.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser, screenshot } from './browser';
import { VIEWPORT, waitForNodes } from './explorer';

describe('error banner', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('shows a clear message when the API answers 503, and Retry recovers', async () => {
    const page = await browser.newPage({ viewport: VIEWPORT });
    await page.route('**/graphql', (route) => route.fulfill({ status: 503, contentType: 'text/plain', body: 'down' }));
    await page.goto(new URL('/?lang=en', appUrl()).toString());

    const banner = page.getByTestId('error-banner');
    await banner.waitFor();
    await expect(banner.getAttribute('role')).resolves.toBe('alert');
    await expect(banner.textContent()).resolves.toMatch(/cannot reach its database right now/);
    // No technical detail (HTTP codes, stack traces) reaches the reader.
    await expect(banner.textContent()).resolves.not.toMatch(/503|HTTP|Error:/);
    await screenshot(page, 'error-banner');

    await page.unroute('**/graphql');
    await banner.getByRole('button', { name: 'Retry' }).click();
    await waitForNodes(page, 5);
    await expect(banner.count()).resolves.toBe(0);
    await page.close();
  });

  it('says the server cannot be reached when requests fail outright', async () => {
    const page = await browser.newPage({ viewport: VIEWPORT });
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.goto(new URL('/?lang=en', appUrl()).toString());
    const banner = page.getByTestId('error-banner');
    await banner.waitFor();
    await expect(banner.textContent()).resolves.toMatch(/cannot be reached/);
    await page.unroute('**/graphql');
    await banner.getByRole('button', { name: 'Retry' }).click();
    await waitForNodes(page, 5);
    await page.close();
  });
});
