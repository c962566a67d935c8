// A copied link restores the view (visible nodes, selection, layout, language), and the back button works.
import type { Page } from '@playwright/test';
import { screenshot } from './screenshots';
import { expect, test } from './fixtures';
import {
  nodeIds,
  VIEWPORT,
  searchAndPick,
  selectedIds,
  waitForIdle,
  waitForMoreNodes,
  waitForNodeCount,
  waitForNodes,
} from './explorer';

async function viewState(page: Page) {
  return {
    nodes: await nodeIds(page),
    selection: await selectedIds(page),
    layout: await page.locator('.segmented [aria-pressed="true"]').getAttribute('data-layout'),
    lang: await page.evaluate(() => document.documentElement.lang),
  };
}

test.describe('URL state', () => {
  test('restores a copied link in a new browser and steps back with the back button', async ({
    browser,
    open,
    openStartPage,
  }) => {
    const page = await openStartPage('en');
    await searchAndPick(page, 'Wassenaar', /Wassenaar Arrangement/);
    await waitForNodeCount(page, 1);
    await page.getByTestId('expand-all').click();
    await waitForMoreNodes(page, 3);
    await page.locator('[data-layout="dagre"]').click();
    await page.getByTestId('lang-switch').click();
    await waitForIdle(page);
    const original = await viewState(page);
    expect(original.layout).toBe('dagre');
    expect(original.lang).toBe('zh-Hans');
    expect(original.selection).toEqual(['regime:wassenaar']);
    const link = page.url();
    expect(link).toContain('layout=dagre');
    expect(link).toContain('lang=zh');

    // A new browser context: no shared storage, only the link.
    const other = await browser.newContext({ locale: 'en-US' });
    const copy = await open(link.replace(/^https?:\/\/[^/]+/, ''), VIEWPORT, other);
    await waitForNodes(copy, original.nodes.length);
    await waitForIdle(copy);
    expect(await viewState(copy)).toEqual(original);
    await screenshot(copy, 'url-roundtrip');
    await other.close();

    // The back button restores the previous view after a change.
    await page.getByTestId('clear').click();
    await waitForNodeCount(page, 0);
    await page.goBack();
    await waitForNodeCount(page, original.nodes.length);
    expect(await nodeIds(page)).toEqual(original.nodes);
    await page.close();
  });
});
