// Results that replace each other (unless pinned), the way back to the overview, node size by a measure, the
// minimap of large views, and saved views that survive a reload and open from their link.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  canvas,
  DESKTOP,
  drawnEdges,
  drawnNodes,
  idsWithClasses,
  nodeIds,
  searchAndPick,
  waitForIdle,
  waitForNode,
} from './explorer';
import { screenshot } from './screenshots';

const H100 = 'tech:nvidia-h100';
const CLOUD = 'tech:cloud-computing';

async function trace(page: Page, search: string, option: RegExp, id: string): Promise<void> {
  await searchAndPick(page, search, option);
  await page.getByTestId('trace-coverage').click();
  await expect(page.getByTestId('coverage-panel')).toBeVisible();
  await waitForNode(page, id);
  await waitForIdle(page);
}

test.describe('results and the way back', () => {
  test('a second coverage trace replaces the first; a pinned one stays drawn and highlighted', async ({
    openStartPage,
  }) => {
    const page = await openStartPage('en', DESKTOP);
    await trace(page, 'H100', /NVIDIA H100/, H100);
    const first = await nodeIds(page);
    await trace(page, 'cloud computing', /^Cloud computing/i, CLOUD);
    const second = await nodeIds(page);
    expect(second).toContain(CLOUD);
    expect(second).not.toContain(H100);
    // Nothing of the first trace lingers as faded clutter.
    expect(await idsWithClasses(page, 'faded')).toEqual([]);
    expect(first.filter((id) => second.includes(id)).length).toBeLessThan(first.length);

    // Pinned, the H100's trace survives the next one and keeps its highlight.
    await trace(page, 'H100', /NVIDIA H100/, H100);
    await page.getByTestId('pin-result').click();
    await expect(page.getByTestId('pin-result')).toHaveAttribute('aria-pressed', 'true');
    await trace(page, 'cloud computing', /^Cloud computing/i, CLOUD);
    const both = await nodeIds(page);
    expect(both).toEqual(expect.arrayContaining([H100, CLOUD, ...first]));
    expect(await idsWithClasses(page, 'hl')).toEqual(expect.arrayContaining([H100, CLOUD]));
    await screenshot(page, 'views-pinned-en');
  });

  test('back to overview from a result and after Clear, undoable', async ({ openStartPage }) => {
    const page = await openStartPage('zh', DESKTOP);
    await waitForIdle(page);
    const overview = (await nodeIds(page)).sort();
    const button = page.getByTestId('overview');
    await expect(button).toBeDisabled();
    await trace(page, 'H100', /H100/, H100);
    const traced = (await nodeIds(page)).sort();
    await button.click();
    await expect(canvas(page)).toHaveAttribute('data-nodes', String(overview.length));
    await waitForIdle(page);
    expect((await nodeIds(page)).sort()).toEqual(overview);
    await expect(page.getByTestId('tab-start')).toHaveAttribute('aria-selected', 'true');
    await page.getByTestId('undo').click();
    await expect(canvas(page)).toHaveAttribute('data-nodes', String(traced.length));
    expect((await nodeIds(page)).sort()).toEqual(traced);

    await page.getByTestId('clear').click();
    await expect(canvas(page)).toHaveAttribute('data-nodes', '0');
    await screenshot(page, 'views-cleared-zh');
    await page.getByTestId('overview-empty').click();
    await expect(canvas(page)).toHaveAttribute('data-nodes', String(overview.length));
  });
});

test.describe('node size by a measure', () => {
  test('size by relationships drawn makes the best-connected node the largest, kept in the link', async ({
    openStartPage,
    open,
  }) => {
    const page = await openStartPage('en', DESKTOP);
    await waitForIdle(page);
    const same = new Set((await drawnNodes(page)).map((n) => n.width));
    expect(same.size).toBe(1);
    await page.getByTestId('size-by').selectOption('degree');
    await expect(page.getByTestId('size-rule')).toHaveText(/^Size: relationships drawn, \d+ → \d+$/);
    await expect.poll(async () => new Set((await drawnNodes(page)).map((n) => n.width)).size).toBeGreaterThan(2);
    const degree = new Map<string, number>();
    for (const e of await drawnEdges(page)) {
      degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
      degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
    }
    const nodes = await drawnNodes(page);
    const widest = nodes.reduce((a, b) => (b.width > a.width ? b : a));
    expect(degree.get(widest.id)).toBe(Math.max(...degree.values()));
    await expect(page).toHaveURL(/[?&]size=degree/);
    await screenshot(page, 'views-size-degree-en');

    // The link opens with the same rule, in Chinese.
    const url = new URL(page.url());
    url.searchParams.set('lang', 'zh');
    const again = await open(`${url.pathname}${url.search}`, DESKTOP);
    await expect(again.getByTestId('size-rule')).toHaveText(/^大小:画出的关系数/);
    await expect(again.getByTestId('size-by')).toHaveValue('degree');
    await waitForIdle(again);
    await screenshot(again, 'views-size-degree-zh');
  });
});

test.describe('saved views', () => {
  test('a saved view survives a reload, opens from the list, and its link opens it', async ({
    openStartPage,
    open,
  }) => {
    const page = await openStartPage('en', DESKTOP);
    await trace(page, 'H100', /NVIDIA H100/, H100);
    const traced = (await nodeIds(page)).sort();
    await page.getByTestId('saved-views').click();
    await page.getByTestId('saved-view-name').fill('H100 coverage');
    await page.getByTestId('saved-view-name').press('Enter');
    await expect(
      page.getByTestId('saved-views-list').getByRole('button', { name: 'H100 coverage', exact: true }),
    ).toBeVisible();
    await screenshot(page, 'views-saved-en');

    await page.getByTestId('overview').click();
    await page.reload();
    await waitForIdle(page);
    await page.getByTestId('saved-views').click();
    const entry = page.getByTestId('saved-views-list').getByRole('button', { name: 'H100 coverage', exact: true });
    const href = await page.getByRole('link', { name: 'Link to “H100 coverage”' }).getAttribute('href');
    await entry.click();
    await expect(page.getByTestId('coverage-panel')).toBeVisible();
    await expect(canvas(page)).toHaveAttribute('data-nodes', String(traced.length));
    expect((await nodeIds(page)).sort()).toEqual(traced);

    expect(href).toMatch(/[?&]cov=tech:nvidia-h100/);
    const shared = await open(new URL(href ?? '/').pathname + new URL(href ?? '/').search, DESKTOP);
    await expect(shared.getByTestId('coverage-panel')).toBeVisible();
    await expect(canvas(shared)).toHaveAttribute('data-nodes', String(traced.length));
    expect((await nodeIds(shared)).sort()).toEqual(traced);
  });

  test('the saved views panel in Chinese', async ({ openStartPage }) => {
    const page = await openStartPage('zh', DESKTOP);
    await page.getByTestId('saved-views').click();
    await page.getByTestId('saved-view-name').fill('概览');
    await page.getByTestId('saved-view-name').press('Enter');
    await expect(page.getByTestId('saved-views-panel').getByRole('button', { name: '重命名“概览”' })).toBeVisible();
    await screenshot(page, 'views-saved-zh');
  });
});
