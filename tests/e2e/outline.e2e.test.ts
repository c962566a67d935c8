// The Outline as a sortable, filterable table: headers sort (aria-sort), text and kind filter, a row selects its node.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DESKTOP, selectedIds, waitForIdle, waitForSelected } from './explorer';
import { screenshot } from './screenshots';

async function rowIds(page: Page): Promise<string[]> {
  return page
    .getByTestId('outline-entities')
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row') ?? ''));
}

/** The relationships drawn of each row, from its "drawn/all" cell. */
async function drawnCounts(page: Page): Promise<number[]> {
  return page
    .getByTestId('outline-entities')
    .locator('tbody tr td.num:nth-of-type(2)')
    .evaluateAll((cells) => cells.map((c) => Number(c.textContent.split('/')[0])));
}

for (const lang of ['en', 'zh'] as const) {
  test(`sorts, filters and selects from the Outline table (${lang})`, async ({ openStartPage }) => {
    const page = await openStartPage(lang, DESKTOP);
    await waitForIdle(page);
    await page.getByTestId('tab-outline').click();
    const table = page.getByTestId('outline-entities');
    await expect(table).toBeVisible();
    const all = await rowIds(page);
    expect(all.length).toBeGreaterThan(5);

    // Sorting by relationships: a click sorts largest first, a second smallest first, and aria-sort says so.
    const degreeHeader = table.locator('th:has([data-sort="degree"])');
    await degreeHeader.getByRole('button').click();
    await expect(degreeHeader).toHaveAttribute('aria-sort', 'descending');
    const down = await drawnCounts(page);
    expect(down).toEqual([...down].sort((a, b) => b - a));
    expect(down[0]).toBeGreaterThan(down.at(-1) ?? 0);
    await degreeHeader.getByRole('button').press('Enter');
    await expect(degreeHeader).toHaveAttribute('aria-sort', 'ascending');
    const up = await drawnCounts(page);
    expect(up).toEqual([...up].sort((a, b) => a - b));
    await screenshot(page, `views-outline-${lang}`);

    // Filtering by kind, then by text.
    await page.getByTestId('outline-kind').selectOption('REGIME');
    const regimes = await rowIds(page);
    expect(regimes.length).toBeGreaterThan(0);
    expect(regimes.every((id) => id.startsWith('regime:'))).toBe(true);
    await page.getByTestId('outline-filter').fill('wassenaar');
    await expect(table.locator('tbody tr')).toHaveCount(1);
    const [only] = await rowIds(page);
    expect(only).toBe('regime:wassenaar');

    // Activating the row's name selects the node on the canvas.
    await table.getByRole('rowheader').getByRole('button').press('Enter');
    await waitForSelected(page, 'regime:wassenaar');
    expect(await selectedIds(page)).toEqual(['regime:wassenaar']);
  });
}
