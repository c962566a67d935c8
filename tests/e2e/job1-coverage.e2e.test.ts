// Job 1: "Which regime covers this technology, and why?" — search, pick, trace coverage: three interactions.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './browser';
import { highlightedIds, openPage, searchAndPick, waitForIdle, waitForNodes } from './explorer';

describe('job 1: coverage of a technology', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('traces what covers the H100 in English, with cited sentence chains', async () => {
    const page = await openPage(browser, '/?lang=en');
    await waitForNodes(page, 5);

    // 1–2: type "H100" and pick the technology; 3: trace coverage.
    await searchAndPick(page, 'H100', /NVIDIA H100/);
    await page.getByTestId('trace-coverage').click();

    const items = page.getByTestId('coverage-item');
    await items.first().waitFor();
    await waitForIdle(page);
    expect(await items.count()).toBeGreaterThanOrEqual(2);
    await expect(page.getByTestId('coverage-panel').getByRole('heading', { level: 2 }).textContent()).resolves.toMatch(
      /What covers NVIDIA H100\?/,
    );

    // Each path reads as a sentence chain with citation markers linking to the quoted sources.
    const firstChain = (await items.first().locator('.chain').getAttribute('aria-label')) ?? '';
    expect(firstChain).toMatch(/^NVIDIA H100 —is an example of\[\d+\]→ /);
    expect(await page.locator('.chain .cite').count()).toBeGreaterThan(0);
    const citations = page.locator('.citations li');
    expect(await citations.count()).toBeGreaterThan(0);
    expect(await page.locator('.citations .source-quote').count()).toBeGreaterThan(0);
    const href = await page.locator('.chain .cite').first().getAttribute('href');
    expect(href).toMatch(/^#coverage-cite-\d+$/);
    expect(await page.locator(href ?? '#none').count()).toBe(1);

    // The canvas highlights the paths from the technology to every covering instrument.
    const highlighted = await highlightedIds(page);
    expect(highlighted).toContain('tech:nvidia-h100');
    const instruments = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid="coverage-item"] .result-title span')].map((s) => s.textContent),
    );
    expect(instruments.length).toBeGreaterThanOrEqual(2);
    const hlNames = await page.evaluate(() => window.__atlasCy?.nodes('.hl').map((n) => String(n.data('label'))));
    for (const name of instruments) expect(hlNames).toContain(name);
    expect(page.url()).toContain('cov=tech:nvidia-h100');

    await screenshot(page, 'job1-coverage-en');
    await page.close();
  });

  it('traces coverage from a Chinese search ("芯片") with a Chinese interface', async () => {
    const page = await openPage(browser, '/?lang=zh');
    await waitForNodes(page, 5);
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('zh-Hans');

    await searchAndPick(page, '芯片', /人工智能芯片/);
    await page.getByTestId('trace-coverage').click();

    const items = page.getByTestId('coverage-item');
    await items.first().waitFor();
    await waitForIdle(page);
    expect(await items.count()).toBeGreaterThanOrEqual(1);
    await expect(page.getByTestId('coverage-panel').getByRole('heading', { level: 2 }).textContent()).resolves.toMatch(
      /^哪些机制覆盖/,
    );
    await expect(page.getByTestId('trace-coverage').textContent()).resolves.toBe('追溯管制覆盖');
    // Chain verbs come from the Chinese vocabulary.
    const chain = (await items.first().locator('.chain').getAttribute('aria-label')) ?? '';
    expect(chain).toMatch(/受…管制/);
    expect((await highlightedIds(page)).length).toBeGreaterThan(2);

    await screenshot(page, 'job1-coverage-zh');
    await page.close();
  });
});
