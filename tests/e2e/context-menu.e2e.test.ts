// The habits of graph tools: a context menu on the canvas (right-click, long-press, Shift+F10), expanding by type
// and to depth 2 from it, and a large expansion whose leaves wait in "N more" groups until opened.
import type { Page } from '@playwright/test';
import { screenshot } from './screenshots';
import { expect, test } from './fixtures';
import {
  canvas,
  drawnEdges,
  drawnNodes,
  nodeIds,
  searchAndPick,
  waitForIdle,
  waitForMoreNodes,
  waitForNode,
  waitForNodeCount,
} from './explorer';

/** Where a drawn node is on the page. */
async function pointAt(page: Page, id: string): Promise<{ x: number; y: number }> {
  const node = (await drawnNodes(page)).find((n) => n.id === id);
  const box = await canvas(page).boundingBox();
  if (!node || !box) throw new Error(`${id} is not drawn.`);
  return { x: box.x + node.rendered.x, y: box.y + node.rendered.y };
}

async function openNpt(page: Page): Promise<void> {
  await searchAndPick(page, 'NPT', /^(Treaty on the Non-Proliferation of Nuclear Weapons|不扩散核武器条约)/);
  await waitForNodeCount(page, 1);
  await waitForIdle(page);
}

test.describe('the context menu and large expansions', () => {
  test('right-click a node, expand by type; Escape closes and gives focus back', async ({ openStartPage }) => {
    const page = await openStartPage('en');
    await openNpt(page);
    const at = await pointAt(page, 'treaty:npt');
    await page.mouse.click(at.x, at.y, { button: 'right' });

    const menu = page.getByRole('menu', { name: /^Actions for Treaty on the Non-Proliferation/ });
    await expect(menu).toBeVisible();
    await expect(page.getByTestId('menu-expand')).toBeFocused();
    // Only technologies have coverage: the item says why it is disabled.
    const coverage = page.getByTestId('menu-coverage');
    await expect(coverage).toHaveAttribute('aria-disabled', 'true');
    await expect(coverage).toHaveAttribute('title', 'Coverage is traced for technologies only.');
    // The menu stays inside the viewport.
    const box = await page.getByTestId('context-menu').boundingBox();
    const viewport = page.viewportSize();
    expect(box && viewport && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height).toBe(true);

    await page.getByTestId('menu-expand-type').click();
    const byType = page.getByRole('menu', { name: 'Expand by type' });
    await expect(byType).toBeVisible();
    await expect(page.getByTestId('menu-type-IMPLEMENTS')).toHaveText(/is implemented by \(0 of 1\)/);
    await screenshot(page, 'habits-menu-en');
    await page.getByTestId('menu-type-IMPLEMENTS').click();
    await expect(menu).toHaveCount(0);
    await waitForNode(page, 'agency:iaea');
    await waitForIdle(page);
    expect(await nodeIds(page)).toEqual(['agency:iaea', 'treaty:npt']);
    expect((await drawnEdges(page)).map((e) => `${e.source} ${e.type} ${e.target}`)).toEqual([
      'agency:iaea IMPLEMENTS treaty:npt',
    ]);

    // Reopened and closed with Escape: focus is back on the canvas.
    const again = await pointAt(page, 'agency:iaea');
    await page.mouse.click(again.x, again.y, { button: 'right' });
    await expect(page.getByRole('menu', { name: /^Actions for/ })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('context-menu')).toHaveCount(0);
    await expect(canvas(page)).toBeFocused();
    await page.close();
  });

  test('a long press opens the menu; Shift+F10 on the selected node too, and expands to depth 2', async ({
    openStartPage,
  }) => {
    const page = await openStartPage('zh');
    await openNpt(page);
    const at = await pointAt(page, 'treaty:npt');
    // Held without moving, the press becomes Cytoscape's taphold.
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    const menu = page.getByRole('menu', { name: /的操作$/ });
    await expect(menu).toBeVisible();
    await page.mouse.up();
    await expect(page.getByTestId('menu-expand-depth2')).toHaveText('展开到第 2 层');
    await screenshot(page, 'habits-menu-zh');
    await page.keyboard.press('Escape');
    await expect(menu).toHaveCount(0);

    // From the keyboard: the canvas has focus and the node is selected.
    await canvas(page).focus();
    await page.keyboard.press('Shift+F10');
    await expect(menu).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByTestId('menu-expand-depth2')).toBeFocused();
    await page.keyboard.press('Enter');
    await waitForMoreNodes(page, 1);
    await waitForIdle(page);
    // Some of the new nodes are two steps out: no drawn relationship ties them to the treaty.
    const nextToRoot = new Set(
      (await drawnEdges(page))
        .filter((e) => e.source === 'treaty:npt' || e.target === 'treaty:npt')
        .flatMap((e) => [e.source, e.target]),
    );
    const farther = (await nodeIds(page)).filter((id) => !nextToRoot.has(id) && !id.startsWith('group:'));
    expect(farther.length).toBeGreaterThan(0);
    await screenshot(page, 'habits-depth2-zh');
    await page.close();
  });

  for (const lang of ['en', 'zh'] as const) {
    test(`a large expansion groups its leaves in "N more" nodes that open on demand (${lang})`, async ({
      openStartPage,
    }) => {
      const page = await openStartPage(lang);
      if (lang === 'en') await searchAndPick(page, 'UNIDO expert report', /UNIDO expert report/);
      else await searchAndPick(page, '专家报告', /出口军民两用的人工智能技术问题/);
      await waitForNodeCount(page, 1);
      await page.getByTestId('expand-all').click();
      await expect(page.getByTestId('expand-notice')).toBeVisible();
      await expect
        .poll(async () => (await nodeIds(page)).filter((id) => id.startsWith('group:')).length)
        .toBeGreaterThan(0);
      await waitForIdle(page);
      const groups = (await drawnNodes(page)).filter((n) => n.id.startsWith('group:'));
      const label = lang === 'en' ? /: (\d+) more$/ : /另有 (\d+) 个$/;
      for (const g of groups) expect(g.label).toMatch(label);
      const [first] = groups;
      if (!first) throw new Error('No group is drawn.');
      const members = Number(label.exec(first.label)?.[1]);
      expect(members).toBeGreaterThan(1);
      await screenshot(page, `habits-group-${lang}`);

      // Double-clicking the group shows its members in its place.
      const before = (await nodeIds(page)).filter((id) => !id.startsWith('group:')).length;
      const at = await pointAt(page, first.id);
      await page.mouse.dblclick(at.x, at.y);
      await expect.poll(async () => (await nodeIds(page)).includes(first.id)).toBe(false);
      await waitForIdle(page);
      const after = (await nodeIds(page)).filter((id) => !id.startsWith('group:')).length;
      expect(after).toBe(before + members);
      await screenshot(page, `habits-group-opened-${lang}`);
      await page.close();
    });
  }
});
