/**
 * Helpers shared by the explorer's end-to-end tests: opening the app and reading the canvas's state. The canvas is
 * read through its documented signals only: `data-idle`, `data-nodes` and the probe on the canvas element
 * (client/src/graph/idle.ts and probe.ts), never through Cytoscape itself.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { GraphCanvasElement, ProbeEdge, ProbeNode } from '../../client/src/graph/probe';
import { appUrl } from './browser';

export const VIEWPORT = { width: 1280, height: 800 };
/** The sizes the screenshots of the coverage view and the Paths tool are taken at. */
export const DESKTOP = { width: 1440, height: 900 };
export const PHONE = { width: 390, height: 844 };
const TIMEOUT = 30_000;

export async function openPage(
  browser: Browser | BrowserContext,
  path = '/',
  viewport: { width: number; height: number } = VIEWPORT,
): Promise<Page> {
  const page = await browser.newPage({ viewport });
  page.on('pageerror', (error) => {
    // Surface uncaught page errors in the test output.
    console.error(`page error: ${error.message}`);
  });
  await page.goto(new URL(path, appUrl()).toString());
  return page;
}

export function canvas(page: Page): Locator {
  return page.getByTestId('graph-canvas');
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

/** Waits until the canvas draws a number of nodes that `accept` takes. */
async function waitForCount(page: Page, accept: string, n: number): Promise<void> {
  await page.waitForFunction(
    ([test, count]) => {
      const drawn = Number(document.querySelector('[data-testid="graph-canvas"]')?.getAttribute('data-nodes') ?? -1);
      return test === 'exactly' ? drawn === count : test === 'more' ? drawn > count : drawn >= count;
    },
    [accept, n] as const,
    { timeout: TIMEOUT },
  );
}

export async function waitForNodes(page: Page, atLeast = 1): Promise<void> {
  await waitForCount(page, 'atLeast', atLeast);
}

export async function waitForNodeCount(page: Page, exactly: number): Promise<void> {
  await waitForCount(page, 'exactly', exactly);
}

export async function waitForMoreNodes(page: Page, than: number): Promise<void> {
  await waitForCount(page, 'more', than);
}

export async function waitForNode(page: Page, id: string): Promise<void> {
  await page.waitForFunction(
    (nodeId) => {
      const element = document.querySelector<GraphCanvasElement>('[data-testid="graph-canvas"]');
      return element?.probe?.nodes().some((n) => n.id === nodeId) === true;
    },
    id,
    { timeout: TIMEOUT },
  );
}

/** Waits until the canvas is idle (drawn, no layout or animation running) and no request is pending. */
export async function waitForIdle(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('[data-testid="graph-canvas"]')?.getAttribute('data-idle') === 'true' &&
      !document.querySelector('.progress.active'),
    undefined,
    { timeout: TIMEOUT },
  );
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

/** Types into the main search box and picks the option whose text matches. */
export async function searchAndPick(page: Page, text: string, option: RegExp): Promise<void> {
  const input = page.getByTestId('main-search').getByRole('combobox');
  await input.fill(text);
  await page.getByTestId('main-search').getByRole('option', { name: option }).first().click();
}

/**
 * Shows the page as a phone does and waits until nothing is wider than the screen (the one-column layout), then
 * scrolls the element into view for a screenshot.
 */
export async function asPhone(page: Page, selector: string): Promise<void> {
  await page.setViewportSize(PHONE);
  await page.waitForFunction((width) => document.documentElement.scrollWidth <= width, PHONE.width);
  await page
    .locator(selector)
    .first()
    .evaluate((element) => {
      element.scrollIntoView({ block: 'start' });
    });
}

/** Where a drawn node is; a node that is not drawn is an error, so that two missing positions never compare equal. */
export async function positionOf(page: Page, id: string): Promise<{ x: number; y: number }> {
  const node = (await drawnNodes(page)).find((n) => n.id === id);
  if (!node) throw new Error(`${id} is not drawn.`);
  return node.position;
}

export async function waitForSelected(page: Page, id: string): Promise<void> {
  await page.waitForFunction(
    (nodeId) => {
      const element = document.querySelector<GraphCanvasElement>('[data-testid="graph-canvas"]');
      return element?.probe?.nodes().some((n) => n.id === nodeId && n.selected) === true;
    },
    id,
    { timeout: TIMEOUT },
  );
}
