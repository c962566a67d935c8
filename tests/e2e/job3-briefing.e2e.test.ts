// Job 3: "Prepare a briefing" — select entities, keep the view, export PNG and SVG images and the facts.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { screenshot } from './screenshots';
import { expect, test } from './fixtures';
import { selectedIds, waitForIdle } from './explorer';

async function downloaded(page: Page, trigger: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const wait = page.waitForEvent('download');
  await trigger();
  const download: Download = await wait;
  const file = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(file) };
}

test.describe('job 3: prepare a briefing', () => {
  test('box-selects entities and exports PNG, SVG and the facts with citations', async ({ openStartPage }) => {
    const page = await openStartPage('en');
    await page.locator('[data-recipe="implements"]').click();
    await expect(page).toHaveURL((url) => url.search.includes('n='));
    await waitForIdle(page);

    // Box select: drag a rectangle over the canvas.
    await page.getByTestId('box-select').click();
    const box = await page.getByTestId('graph-canvas').boundingBox();
    assert(box, 'no canvas');
    await page.mouse.move(box.x + 5, box.y + 5);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 5, box.y + box.height / 2, { steps: 8 });
    await page.mouse.move(box.x + box.width - 5, box.y + box.height - 5, { steps: 8 });
    await page.mouse.up();
    const selected = await selectedIds(page);
    expect(selected.filter((id) => /^[a-z]+:/.test(id) && !id.includes('|')).length).toBeGreaterThan(1);
    await page.getByTestId('detail-multi').waitFor();
    await expect(page.getByTestId('detail-multi').getByRole('heading', { level: 2 })).toHaveText(/\d+ selected/);
    expect(new URL(page.url()).searchParams.get('sel')).toBeTruthy();

    await page.getByTestId('export-menu').click();
    const png = await downloaded(page, () => page.getByTestId('export-png').click());
    expect(png.name).toMatch(/\.png$/);
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.bytes.length).toBeGreaterThan(5_000);

    await page.getByTestId('export-menu').click();
    const svg = await downloaded(page, () => page.getByTestId('export-svg').click());
    expect(svg.name).toMatch(/\.svg$/);
    const svgText = svg.bytes.toString('utf8');
    expect(svgText).toContain('<svg');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return { root: doc.documentElement.nodeName, errors: doc.getElementsByTagName('parsererror').length };
    }, svgText);
    expect(parsed).toEqual({ root: 'svg', errors: 0 });

    await page.getByTestId('export-menu').click();
    const facts = await downloaded(page, () => page.getByTestId('export-facts').click());
    expect(facts.name).toMatch(/\.md$/);
    const markdown = facts.bytes.toString('utf8');
    expect(markdown).toMatch(/^# Selected facts — Dual-Use AI Atlas/);
    expect(markdown).toMatch(/^## /m);
    expect(markdown).toMatch(/### Sources/);
    expect(markdown).toMatch(/“[^”]+”/);
    await waitForIdle(page);
    await screenshot(page, 'job3-briefing');
    await page.close();
  });
});
