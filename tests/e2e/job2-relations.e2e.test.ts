// Job 2: "How do these treaties, agencies and regimes relate?" — expand a treaty by relationship type, and find
// the k shortest paths between two entities, highlighted and listed.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './browser';
import { highlightedIds, nodeIds, openPage, searchAndPick, waitForIdle, waitForNode, waitForNodes } from './explorer';

describe('job 2: how treaties, agencies and regimes relate', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('opens a treaty and expands it by one relationship type', async () => {
    const page = await openPage(browser, '/?lang=en');
    await waitForNodes(page, 5);

    // 1–2: search the NPT and open it; 3: expand "is implemented by".
    await searchAndPick(page, 'NPT', /^Treaty on the Non-Proliferation of Nuclear Weapons/);
    await page.waitForFunction(() => window.__atlasCy?.nodes().length === 1);
    const chip = page.getByTestId('expand-IMPLEMENTS');
    await expect(chip.textContent()).resolves.toMatch(/is implemented by/);
    await chip.click();

    await waitForNode(page, 'agency:iaea');
    await waitForIdle(page);
    const ids = await nodeIds(page);
    expect(ids).toEqual(['agency:iaea', 'treaty:npt']);
    const edge = await page.evaluate(() =>
      window.__atlasCy?.edges().map((e) => `${e.source().id()} ${String(e.data('type'))} ${e.target().id()}`),
    );
    expect(edge).toEqual(['agency:iaea IMPLEMENTS treaty:npt']);
    // The chip now reads "1 of 1 shown" and is done.
    await expect(page.getByTestId('expand-IMPLEMENTS').isDisabled()).resolves.toBe(true);

    // Expanding everything adds the other neighbours without moving what is already drawn.
    const before = await page.evaluate(() => window.__atlasCy?.getElementById('treaty:npt').position());
    await page.getByTestId('expand-all').click();
    await page.waitForFunction(() => (window.__atlasCy?.nodes().length ?? 0) > 2);
    await waitForIdle(page);
    const after = await page.evaluate(() => window.__atlasCy?.getElementById('treaty:npt').position());
    expect(after).toEqual(before);
    await screenshot(page, 'job2-expand');

    // Undo removes the last expansion; redo brings it back.
    const expanded = await nodeIds(page);
    await page.getByTestId('undo').click();
    await page.waitForFunction(() => window.__atlasCy?.nodes().length === 2);
    await page.getByTestId('redo').click();
    await page.waitForFunction((n) => window.__atlasCy?.nodes().length === n, expanded.length);
    await page.close();
  });

  it('caps a large expansion with "showing N of M" and loads more on request', async () => {
    const page = await openPage(browser, '/?lang=en');
    await waitForNodes(page, 5);
    // The report is cited by, and cites, more entities than one expansion shows.
    await searchAndPick(page, 'UNIDO expert report', /UNIDO expert report/);
    await page.waitForFunction(() => window.__atlasCy?.nodes().length === 1);
    await page.getByTestId('expand-all').click();
    const notice = page.getByTestId('expand-notice');
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    const match = /Showing (\d+) of (\d+) neighbours/.exec(text);
    expect(match).not.toBeNull();
    const [shown, total] = [Number(match?.[1]), Number(match?.[2])];
    expect(shown).toBe(25);
    expect(total).toBeGreaterThan(shown);
    await page.waitForFunction((n) => window.__atlasCy?.nodes().length === n, shown + 1);
    await page.getByTestId('load-more').click();
    await page.waitForFunction((n) => (window.__atlasCy?.nodes().length ?? 0) > n, shown + 1);
    await waitForIdle(page);
    await page.close();
  });

  it('finds and highlights the shortest paths between two entities', async () => {
    const page = await openPage(browser, '/?lang=en');
    await waitForNodes(page, 5);

    await searchAndPick(page, 'Wassenaar', /Wassenaar Arrangement/);
    await page.waitForFunction(() => window.__atlasCy?.nodes().length === 1);
    await page.getByRole('button', { name: 'Paths from here' }).click();
    const to = page.getByTestId('paths-panel').getByRole('combobox', { name: /^To/ });
    await to.fill('Export Control Reform Act');
    await page
      .getByTestId('paths-panel')
      .getByRole('option', { name: /Export Control Reform Act/ })
      .first()
      .click();

    const items = page.getByTestId('path-item');
    await items.first().waitFor();
    await waitForIdle(page);
    expect(await items.count()).toBeGreaterThanOrEqual(2);
    const chains = await page
      .locator('[data-testid="path-item"] .chain')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    for (const chain of chains) {
      expect(chain.startsWith('Wassenaar Arrangement')).toBe(true);
      expect(chain).toMatch(/Export Control Reform Act/);
    }
    const highlighted = await highlightedIds(page);
    expect(highlighted).toContain('regime:wassenaar');
    expect(highlighted).toContain('regime:us-ecra');

    // Focusing one path highlights only that one.
    await items.nth(1).locator('.result-title').click();
    const focused = await highlightedIds(page);
    expect(focused.length).toBeLessThan(highlighted.length);
    await screenshot(page, 'job2-paths');
    await page.close();
  });
});
