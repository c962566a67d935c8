/**
 * Helpers shared by the explorer's browser tests. The canvas is read through its documented signals only:
 * `data-idle`, `data-nodes` and the probe on the canvas element (client/src/graph/idle.ts and probe.ts), never
 * through Cytoscape itself. Waiting is done by auto-waiting assertions, never by sleeping.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { GraphCanvasElement, ProbeEdge, ProbeNode } from '../../client/src/graph/probe';

export const VIEWPORT = { width: 1280, height: 800 };
/** The sizes the screenshots of the coverage view and the Paths tool are taken at. */
export const DESKTOP = { width: 1440, height: 900 };
export const PHONE = { width: 390, height: 844 };

export function canvas(page: Page): Locator {
  return page.getByTestId('graph-canvas');
}

/** How many nodes are drawn (-1 before the canvas exists). */
async function nodeCount(page: Page): Promise<number> {
  return Number(
    (await canvas(page)
      .getAttribute('data-nodes', { timeout: 1_000 })
      .catch(() => null)) ?? -1,
  );
}

/** The drawn nodes, as the canvas's probe reports them. */
export async function drawnNodes(page: Page): Promise<ProbeNode[]> {
  return canvas(page).evaluate((element) => {
    const probe = (element as GraphCanvasElement).probe;
    if (!probe) throw new Error('The canvas has no probe yet.');
    return probe.nodes();
  });
}

/** The drawn edges, as the canvas's probe reports them. */
export async function drawnEdges(page: Page): Promise<ProbeEdge[]> {
  return canvas(page).evaluate((element) => {
    const probe = (element as GraphCanvasElement).probe;
    if (!probe) throw new Error('The canvas has no probe yet.');
    return probe.edges();
  });
}

/** Ids of the drawn nodes and edges that carry every one of `classes`, sorted. */
export async function idsWithClasses(page: Page, ...classes: string[]): Promise<string[]> {
  const elements = [...(await drawnNodes(page)), ...(await drawnEdges(page))];
  return elements
    .filter((e) => classes.every((c) => e.classes.includes(c)))
    .map((e) => e.id)
    .sort();
}

export async function waitForNodes(page: Page, atLeast = 1): Promise<void> {
  await expect.poll(() => nodeCount(page)).toBeGreaterThanOrEqual(atLeast);
}

export async function waitForNodeCount(page: Page, exactly: number): Promise<void> {
  await expect(canvas(page)).toHaveAttribute('data-nodes', String(exactly));
}

export async function waitForMoreNodes(page: Page, than: number): Promise<void> {
  await expect.poll(() => nodeCount(page)).toBeGreaterThan(than);
}

export async function waitForNode(page: Page, id: string): Promise<void> {
  await expect.poll(() => nodeIds(page)).toContain(id);
}

export async function waitForSelected(page: Page, id: string): Promise<void> {
  await expect.poll(() => selectedIds(page)).toContain(id);
}

/** Waits until the canvas is idle (drawn, no layout or animation running) and no request is pending. */
export async function waitForIdle(page: Page): Promise<void> {
  await expect(canvas(page)).toHaveAttribute('data-idle', 'true');
  await expect(page.locator('.progress.active')).toHaveCount(0);
  // A request that ended may have handed the canvas new elements: those must be drawn too.
  await expect(canvas(page)).toHaveAttribute('data-idle', 'true');
}

export async function nodeIds(page: Page): Promise<string[]> {
  return (await drawnNodes(page)).map((n) => n.id).sort();
}

/** Selected nodes and edges. */
export async function selectedIds(page: Page): Promise<string[]> {
  const elements = [...(await drawnNodes(page)), ...(await drawnEdges(page))];
  return elements
    .filter((e) => e.selected)
    .map((e) => e.id)
    .sort();
}

/** Highlighted nodes and edges. */
export async function highlightedIds(page: Page): Promise<string[]> {
  return idsWithClasses(page, 'hl');
}

/** Where a drawn node is; a node that is not drawn is an error, so that two missing positions never compare equal. */
export async function positionOf(page: Page, id: string): Promise<{ x: number; y: number }> {
  const node = (await drawnNodes(page)).find((n) => n.id === id);
  if (!node) throw new Error(`${id} is not drawn.`);
  return node.position;
}

/** Types into the main search box and picks the option whose text matches. */
export async function searchAndPick(page: Page, text: string, option: RegExp): Promise<void> {
  const search = page.getByTestId('main-search');
  await search.getByRole('combobox').fill(text);
  await search.getByRole('option', { name: option }).first().click();
}

/**
 * Shows the page as a phone does and waits until nothing is wider than the screen (the one-column layout), then
 * scrolls the element into view for a screenshot.
 */
export async function asPhone(page: Page, selector: string): Promise<void> {
  await page.setViewportSize(PHONE);
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await page
    .locator(selector)
    .first()
    .evaluate((element) => {
      element.scrollIntoView({ block: 'start' });
    });
}
