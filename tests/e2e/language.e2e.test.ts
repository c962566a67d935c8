// The language switch changes the whole interface and the data, and is remembered across visits.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './browser';
import { openPage, waitForIdle, waitForNodes } from './explorer';

describe('language switch', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('switches to Chinese and stays Chinese after a reload and a new visit', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await openPage(context, '/');
    await waitForNodes(page, 5);
    await expect(page.locator('h1').textContent()).resolves.toBe('Dual-Use AI Atlas');
    const englishLabel = await page.evaluate(() => String(window.__atlasCy?.nodes()[0]?.data('label')));

    await page.getByTestId('lang-switch').click();
    await expect(page.locator('h1').textContent()).resolves.toBe('两用人工智能图谱');
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('zh-Hans');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('zh');
    await expect(page.getByRole('tab', { name: '大纲' }).count()).resolves.toBe(1);
    // The data follows: node labels are the Chinese names.
    const chineseLabel = await page.evaluate(() => String(window.__atlasCy?.nodes()[0]?.data('label')));
    expect(chineseLabel).not.toBe(englishLabel);
    expect(chineseLabel).toMatch(/[\u4e00-\u9fff]/);

    await page.reload();
    await waitForNodes(page, 5);
    await expect(page.locator('h1').textContent()).resolves.toBe('两用人工智能图谱');

    // A new visit without a language in the link remembers the choice.
    const again = await openPage(context, '/');
    await waitForNodes(again, 5);
    await expect(again.locator('h1').textContent()).resolves.toBe('两用人工智能图谱');
    await waitForIdle(again);
    await screenshot(again, 'language-zh');

    await again.getByTestId('lang-switch').click();
    await expect(again.locator('h1').textContent()).resolves.toBe('Dual-Use AI Atlas');
    await context.close();
  });
});
