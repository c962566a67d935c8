// Job 2: "How do these treaties, agencies and regimes relate?" — expand a treaty by relationship type, and find
// the k shortest paths between two entities, highlighted and listed.
import type { Page } from '@playwright/test';
import { RELATION_TYPES } from '#domain';
import { screenshot } from './screenshots';
import { expect, test } from './fixtures';
import {
  asPhone,
  DESKTOP,
  drawnEdges,
  highlightedIds,
  nodeIds,
  positionOf,
  searchAndPick,
  waitForIdle,
  waitForMoreNodes,
  waitForNode,
  waitForNodeCount,
} from './explorer';
import { entitiesShown } from './views';

const TYPE_COUNT = Object.keys(RELATION_TYPES).length;

/** Opens the Paths tool from the selected entity and picks the other end. */
async function pathsTo(page: Page, fromHere: string, toLabel: RegExp, text: string, option: RegExp): Promise<void> {
  await page.getByRole('button', { name: fromHere }).click();
  const to = page.getByTestId('paths-panel').getByRole('combobox', { name: toLabel });
  await to.fill(text);
  await page.getByTestId('paths-panel').getByRole('option', { name: option }).first().click();
  await page.getByTestId('path-item').first().waitFor();
}

/** The chains of the listed paths, as their accessible one-line text. */
async function chains(page: Page): Promise<string[]> {
  return page
    .locator('[data-testid="path-item"] .chain')
    .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
}

/** Relationship types of the highlighted edges on the canvas. */
/** Drawn entities, plus the members of the drawn "N more" groups (their label ends with the count). */
async function highlightedTypes(page: Page): Promise<string[]> {
  const edges = await drawnEdges(page);
  return [...new Set(edges.filter((e) => e.classes.includes('hl')).map((e) => e.type))].sort();
}

test.describe('job 2: how treaties, agencies and regimes relate', () => {
  test('opens a treaty and expands it by one relationship type', async ({ openStartPage }) => {
    const page = await openStartPage('en');

    // 1–2: search the NPT and open it; 3: expand "is implemented by".
    await searchAndPick(page, 'NPT', /^Treaty on the Non-Proliferation of Nuclear Weapons/);
    await waitForNodeCount(page, 1);
    const chip = page.getByTestId('expand-IMPLEMENTS');
    await expect(chip).toHaveText(/is implemented by/);
    await chip.click();

    await waitForNode(page, 'agency:iaea');
    await waitForIdle(page);
    const ids = await nodeIds(page);
    expect(ids).toEqual(['agency:iaea', 'treaty:npt']);
    const edge = (await drawnEdges(page)).map((e) => `${e.source} ${e.type} ${e.target}`);
    expect(edge).toEqual(['agency:iaea IMPLEMENTS treaty:npt']);
    // The chip now reads "1 of 1 shown" and is done.
    await expect(page.getByTestId('expand-IMPLEMENTS')).toBeDisabled();

    // Expanding everything adds the other neighbours without moving what is already drawn.
    const before = await positionOf(page, 'treaty:npt');
    await page.getByTestId('expand-all').click();
    await waitForMoreNodes(page, 2);
    await waitForIdle(page);
    const after = await positionOf(page, 'treaty:npt');
    expect(after).toEqual(before);
    await screenshot(page, 'job2-expand');

    // Undo removes the last expansion; redo brings it back.
    const expanded = await nodeIds(page);
    await page.getByTestId('undo').click();
    await waitForNodeCount(page, 2);
    await page.getByTestId('redo').click();
    await waitForNodeCount(page, expanded.length);
    await page.close();
  });

  test('caps a large expansion with "showing N of M" and loads more on request', async ({ openStartPage }) => {
    const page = await openStartPage('en');
    // The report is cited by, and cites, more entities than one expansion shows.
    await searchAndPick(page, 'UNIDO expert report', /UNIDO expert report/);
    await waitForNodeCount(page, 1);
    await page.getByTestId('expand-all').click();
    const notice = page.getByTestId('expand-notice');
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    const match = /Showing (\d+) of (\d+) neighbours/.exec(text);
    expect(match).not.toBeNull();
    const [shown, total] = [Number(match?.[1]), Number(match?.[2])];
    expect(shown).toBe(25);
    expect(total).toBeGreaterThan(shown);
    // Every neighbour shown is drawn, or counted in a "N more" group of the report's leaves.
    await expect.poll(() => entitiesShown(page)).toBe(shown + 1);
    await page.getByTestId('load-more').click();
    await expect.poll(() => entitiesShown(page)).toBeGreaterThan(shown + 1);
    await waitForIdle(page);
    await page.close();
  });

  test('finds and highlights the shortest paths between two entities', async ({ openStartPage }) => {
    const page = await openStartPage('en');

    await searchAndPick(page, 'Wassenaar', /Wassenaar Arrangement/);
    await waitForNodeCount(page, 1);
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

  test('leaves citation links out of NPT–Wassenaar paths, honours type filters and the legend', async ({
    openStartPage,
  }) => {
    const page = await openStartPage('en', DESKTOP);
    await searchAndPick(page, 'NPT', /^Treaty on the Non-Proliferation of Nuclear Weapons/);
    await waitForNodeCount(page, 1);
    await pathsTo(page, 'Paths from here', /^To/, 'Wassenaar', /Wassenaar Arrangement/);
    await waitForIdle(page);

    // By default no path runs through citation links ("NPT is cited by the report, which cites Wassenaar").
    const items = page.getByTestId('path-item');
    expect(await items.count()).toBeGreaterThanOrEqual(2);
    const through = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-through-citations')));
    expect(through.every((v) => v === 'false')).toBe(true);
    expect(await page.getByTestId('citations-badge').count()).toBe(0);
    for (const chain of await chains(page)) expect(chain).not.toMatch(/cites|is cited by|published/);
    const types = await highlightedTypes(page);
    expect(types.length).toBeGreaterThan(0);
    expect(types).not.toContain('CITES');
    expect(types).not.toContain('PUBLISHED_BY');
    await expect(page.getByTestId('path-types-note')).toHaveText(/^Citation links \(cites, was published by\) are off/);
    const summary = page.getByTestId('path-types').locator('summary');
    await expect(summary).toContainText(`${TYPE_COUNT - 2} of ${TYPE_COUNT} used`);
    await summary.click();
    await expect(page.locator('input[data-type="CITES"]')).not.toBeChecked();
    await expect(page.locator('input[data-type="ADDRESSES"]')).toBeChecked();
    await screenshot(page, 'job2-paths-filter-en');
    expect(types).toContain('EMPLOYS');

    // Hiding "employs" in the legend takes it out of the search too.
    await page.getByTestId('legend').locator('.legend-rels summary').click();
    await page.getByTestId('legend').locator('button[data-rel="EMPLOYS"]').click();
    await expect
      .poll(async () => {
        const labels = await chains(page);
        return labels.length > 0 && labels.every((l) => !/employ/.test(l));
      })
      .toBe(true);
    await expect(page.locator('input[data-type="EMPLOYS"]')).toBeDisabled();
    await expect(page.getByTestId('path-types')).toContainText('hidden in the legend');

    // Without "addresses" as well nothing connects the two but citation links: those paths are shown, marked.
    await page.locator('input[data-type="ADDRESSES"]').uncheck();
    const note = page.getByTestId('paths-citations-note');
    await note.waitFor();
    await expect(note).toHaveText(/^Only through citations No path joins these two/);
    const badges = await page.getByTestId('citations-badge').allTextContents();
    expect(badges.length).toBe(await items.count());
    expect(new Set(badges)).toEqual(new Set(['Only through citations']));
    for (const chain of await chains(page)) expect(chain).not.toMatch(/addresses|employ/);
    await waitForIdle(page);
    await screenshot(page, 'job2-paths-citations-en');

    // Asking for citation links makes them ordinary choices: no "only" any more.
    await page.locator('input[data-type="CITES"]').check();
    await expect(page.getByTestId('citations-badge').filter({ hasText: /^Through citations$/ })).not.toHaveCount(0);
    await expect(note).toHaveCount(0);
    await expect(page.getByTestId('path-types-note')).toHaveText(/^Citation links are on/);

    await asPhone(page, '[data-testid="paths-panel"]');
    await screenshot(page, 'job2-paths-phone-en');
    await page.close();
  });

  test('in Chinese: NPT–Wassenaar without citations, and a path that exists only through them, marked 仅通过引用', async ({
    openStartPage,
  }) => {
    const page = await openStartPage('zh', DESKTOP);
    await searchAndPick(page, '不扩散核武器条约', /不扩散核武器条约/);
    await waitForNodeCount(page, 1);
    await pathsTo(page, '从此处查找路径', /^终点/, '瓦森纳', /瓦森纳安排/);
    await waitForIdle(page);
    for (const chain of await chains(page)) expect(chain).not.toMatch(/引用|由…发布/);
    expect(await highlightedTypes(page)).not.toContain('CITES');
    await expect(page.getByTestId('path-types-note')).toHaveText(/^引用类关系（引用、由…发布）默认关闭/);
    await screenshot(page, 'job2-paths-zh');

    // Two websites that only the report's citations connect: the server falls back to citation links.
    await searchAndPick(page, '国际原子能机构网站', /国际原子能机构网站/);
    await pathsTo(page, '从此处查找路径', /^终点/, '禁止化学武器组织网站', /禁止化学武器组织网站/);
    await expect(page.locator('[data-testid="path-item"] .chain').first()).toHaveAttribute(
      'aria-label',
      /^国际原子能机构网站/,
    );
    const note = page.getByTestId('paths-citations-note');
    await note.waitFor();
    await expect(note).toHaveText(/^仅通过引用/);
    const badges = await page.getByTestId('citations-badge').allTextContents();
    expect(badges.length).toBeGreaterThan(0);
    expect(new Set(badges)).toEqual(new Set(['仅通过引用']));
    await waitForIdle(page);
    await screenshot(page, 'job2-paths-citations-zh');
    await asPhone(page, '[data-testid="paths-panel"]');
    await screenshot(page, 'job2-paths-phone-zh');
    await page.close();
  });
});
