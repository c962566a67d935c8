// The context menu on a relationship (select both ends, hide it, show its sources; the canvas menu shows hidden
// relationships again), and the menu closing when the reader zooms the canvas away from what it was for.
import type { Page } from '@playwright/test';
import type { GraphCanvasElement } from '../../client/src/graph/probe';
import { expect, test } from './fixtures';
import { screenshot } from './screenshots';
import {
  canvas,
  drawnEdges,
  drawnNodes,
  searchAndPick,
  selectedIds,
  waitForIdle,
  waitForNode,
  waitForNodeCount,
} from './explorer';

const EDGE = { from: 'agency:iaea', type: 'IMPLEMENTS', to: 'treaty:npt' };

/**
 * Where on the page a drawn node is (`along` 0), or a point on the straight line from it to a second drawn node:
 * `along` of the way, off the middle where the edge's label sits.
 */
async function pagePoint(page: Page, from: string, to = from, along = 0): Promise<{ x: number; y: number }> {
  const nodes = await drawnNodes(page);
  const box = await canvas(page).boundingBox();
  const a = nodes.find((n) => n.id === from)?.rendered;
  const b = nodes.find((n) => n.id === to)?.rendered;
  if (!box || !a || !b) throw new Error(`${from} or ${to} is not drawn.`);
  return { x: box.x + a.x + (b.x - a.x) * along, y: box.y + a.y + (b.y - a.y) * along };
}

/** The NPT and the agency that implements it, tied by one relationship. */
async function openTreatyAndAgency(page: Page): Promise<void> {
  await searchAndPick(page, 'NPT', /^Treaty on the Non-Proliferation of Nuclear Weapons/);
  await waitForNodeCount(page, 1);
  await waitForIdle(page);
  const treaty = await pagePoint(page, EDGE.to);
  await page.mouse.click(treaty.x, treaty.y, { button: 'right' });
  await page.getByTestId('menu-expand-type').click();
  await page.getByTestId(`menu-type-${EDGE.type}`).click();
  await waitForNode(page, EDGE.from);
  await waitForIdle(page);
}

async function rightClickEdge(page: Page): Promise<void> {
  const onEdge = await pagePoint(page, EDGE.from, EDGE.to, 0.35);
  await page.mouse.click(onEdge.x, onEdge.y, { button: 'right' });
  await expect(page.getByRole('menu', { name: /^Actions for the relationship “/ })).toBeVisible();
}

test.describe('the context menu on a relationship', () => {
  test('right-click an edge: select both ends, show its sources, hide it and show it again', async ({
    openStartPage,
  }) => {
    const page = await openStartPage('en');
    await openTreatyAndAgency(page);
    const [edge] = await drawnEdges(page);
    expect(edge && `${edge.source} ${edge.type} ${edge.target}`).toBe(`${EDGE.from} ${EDGE.type} ${EDGE.to}`);
    if (!edge) return;

    await rightClickEdge(page);
    await screenshot(page, 'habits-edge-menu-en');
    await page.getByTestId('menu-select-ends').click();
    await expect(page.getByTestId('context-menu')).toHaveCount(0);
    await expect.poll(async () => (await selectedIds(page)).sort()).toEqual([EDGE.from, EDGE.to]);

    await rightClickEdge(page);
    await page.getByTestId('menu-sources').click();
    await expect.poll(() => selectedIds(page)).toEqual([edge.id]);
    const detail = page.getByTestId('detail-edge');
    await expect(detail.getByRole('heading', { name: 'Sources' })).toBeVisible();
    await expect(detail.locator('li').first()).toBeVisible();

    await rightClickEdge(page);
    await page.getByTestId('menu-hide-edge').click();
    await expect.poll(async () => (await drawnEdges(page)).length).toBe(0);
    // Both ends stay; the canvas menu offers the hidden relationship back.
    expect((await drawnNodes(page)).map((n) => n.id).sort()).toEqual([EDGE.from, EDGE.to]);
    const box = await canvas(page).boundingBox();
    if (!box) throw new Error('No canvas.');
    await page.mouse.click(box.x + 12, box.y + 12, { button: 'right' });
    const showAgain = page.getByTestId('menu-show-edges');
    await expect(showAgain).toHaveText('Show 1 hidden relationship');
    await showAgain.click();
    await expect.poll(async () => (await drawnEdges(page)).map((e) => e.id)).toEqual([edge.id]);
    await page.close();
  });

  test('the menu closes when the canvas is zoomed under it', async ({ openStartPage }) => {
    const page = await openStartPage('en');
    await openTreatyAndAgency(page);
    await rightClickEdge(page);
    const menu = page.getByTestId('context-menu');
    await expect(menu).toBeVisible();
    const zoom = await canvas(page).evaluate((el) => (el as GraphCanvasElement).probe?.boxes().zoom);
    // The wheel, unlike a press, does not count as a click outside the menu: only the canvas's zoom closes it.
    const box = await canvas(page).boundingBox();
    if (!box) throw new Error('No canvas.');
    await page.mouse.move(box.x + 20, box.y + box.height - 20);
    await page.mouse.wheel(0, -240);
    await expect(menu).toHaveCount(0);
    expect(await canvas(page).evaluate((el) => (el as GraphCanvasElement).probe?.boxes().zoom)).not.toBe(zoom);
    await page.close();
  });
});
