/**
 * The four views whose readability is measured (the start page, a coverage trace, a path result and a large
 * expansion), opened as a reader opens them, and the canvas's boxes and overlaps as the probe reports them. Shared by
 * the readability browser test and the readability bench (bench/ui/readability.ts), so both measure the same
 * pictures. Waits only on the canvas's signals (`data-idle`, `data-nodes`), never on time.
 */
import type { Page } from 'playwright-core';
import type { GraphCanvasElement, ProbeBoxes, ProbeNode } from '../../client/src/graph/probe';
import { outsideView, overlappingPairs, summarise, type OverlapSummary } from '../../client/src/graph/overlap';

export type ViewName = 'start' | 'coverage' | 'paths' | 'expansion';
export type Lang = 'en' | 'zh';

export const VIEWS: readonly ViewName[] = ['start', 'coverage', 'paths', 'expansion'];
export const SIZES = [
  { name: '1440x900', width: 1440, height: 900 },
  { name: '1024x768', width: 1024, height: 768 },
] as const;

/** The expansion view shows at least this many neighbours of one entity. */
export const EXPANSION_NEIGHBOURS = 30;
const EXPANDED = 'UNIDO expert report';

const CANVAS = '[data-testid="graph-canvas"]';
/** Generous: the database answers slowly on a busy machine, and a settled canvas is what is measured, not speed. */
const SETTLE_TIMEOUT_MS = 180_000;

/** Waits until the canvas is idle with at least `atLeast` nodes drawn and no request pending. */
export async function settled(page: Page, atLeast = 1): Promise<void> {
  await page.waitForFunction(
    ([selector, n]) => {
      const el = document.querySelector<HTMLElement>(selector);
      return (
        el?.dataset.idle === 'true' &&
        Number(el.dataset.nodes ?? -1) >= n &&
        document.querySelector('.progress.active') === null
      );
    },
    [CANVAS, atLeast] as const,
    { timeout: SETTLE_TIMEOUT_MS },
  );
}

/** What the canvas shows once the click has taken effect: this many nodes, or a first label other than this. */
type Until = { readonly nodes: number } | { readonly firstLabelNot: string };

/**
 * Clicks `target` and measures in the page, from the click to the first frame at which the canvas is idle and
 * shows what `until` says.
 */
async function timeToSettled(page: Page, target: string, until: Until): Promise<number> {
  return page.evaluate(
    async ([selector, canvasSelector, want]) => {
      const el = document.querySelector<HTMLElement>(canvasSelector);
      const button = document.querySelector<HTMLElement>(selector);
      if (!el || !button) throw new Error(`Nothing to click at ${selector}.`);
      const start = performance.now();
      button.click();
      // A plain loop over frames: the page code must not declare named functions (the bench's compiler wraps those).
      for (;;) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        if (el.dataset.idle !== 'true') continue;
        if ('nodes' in want) {
          if (el.dataset.nodes === String(want.nodes)) break;
          continue;
        }
        const first = (el as GraphCanvasElement).probe?.nodes()[0];
        if (first !== undefined && first.label !== want.firstLabelNot) break;
      }
      return performance.now() - start;
    },
    [target, CANVAS, until] as const,
  );
}

/** Types into the main search box and picks the first option matching `option`; returns the time to settle. */
export async function pickSearchResult(page: Page, text: string, option: RegExp): Promise<number> {
  await page.locator('[data-testid="main-search"] [role="combobox"]').fill(text);
  const found = page.locator('[data-testid="main-search"] [role="option"]').filter({ hasText: option }).first();
  await found.waitFor();
  await found.evaluate((el) => {
    el.setAttribute('data-picking', 'true');
  });
  // Picking a result shows that entity alone.
  return timeToSettled(page, '[data-picking="true"]', { nodes: 1 });
}

/** Clicks the language switch; returns the time until the canvas has settled with the other language's labels. */
export async function switchLanguage(page: Page): Promise<number> {
  const before = await labels(page);
  return timeToSettled(page, '[data-testid="lang-switch"]', { firstLabelNot: before[0] ?? '' });
}

async function labels(page: Page): Promise<string[]> {
  return page.locator(CANVAS).evaluate((el) => ((el as GraphCanvasElement).probe?.nodes() ?? []).map((n) => n.label));
}

export interface OpenedView {
  /** From picking the search result to a settled canvas, where the view starts with a pick. */
  readonly pickMs: number | null;
}

/** Opens a view on a page that shows the start page; the canvas has settled when it returns. */
export async function openView(page: Page, view: ViewName): Promise<OpenedView> {
  await settled(page, 5);
  switch (view) {
    case 'start':
      return { pickMs: null };
    case 'coverage': {
      const pickMs = await pickSearchResult(page, 'H100', /NVIDIA H100/);
      await page.locator('[data-testid="trace-coverage"]').click();
      await page.locator('[data-testid="coverage-item"]').first().waitFor({ timeout: SETTLE_TIMEOUT_MS });
      await settled(page, 2);
      return { pickMs };
    }
    case 'paths':
      // The start page's suggested question: how Wassenaar relates to the US chip controls.
      await page.locator('[data-recipe="paths-wassenaar"]').click();
      await page.locator('[data-testid="path-item"]').first().waitFor({ timeout: SETTLE_TIMEOUT_MS });
      await settled(page, 2);
      return { pickMs: null };
    case 'expansion': {
      const pickMs = await pickSearchResult(page, EXPANDED, /UNIDO expert report/);
      await page.locator('[data-testid="expand-all"]').click();
      await settled(page, 2);
      // One expansion shows 25 neighbours, its many leaves gathered into "N more" groups as the explorer draws them
      // by default: load more until the view holds enough neighbours, drawn or counted in a group.
      while ((await entitiesShown(page)) < EXPANSION_NEIGHBOURS + 1) {
        const before = await entitiesShown(page);
        await page.locator('[data-testid="load-more"]').click();
        // Idle, with more entities shown than before (a group's count may grow instead of the drawn nodes).
        await page.waitForFunction(
          ([selector, n]) => {
            const el = document.querySelector<GraphCanvasElement>(selector);
            const shown = (el?.probe?.nodes() ?? []).reduce(
              (sum, node) => sum + (node.id.startsWith('group:') ? Number(/(\d+)/.exec(node.label)?.[1] ?? 0) : 1),
              0,
            );
            return el?.dataset.idle === 'true' && shown > n;
          },
          [CANVAS, before] as const,
          { timeout: SETTLE_TIMEOUT_MS },
        );
        await settled(page, 1);
      }
      return { pickMs };
    }
  }
}

async function probeNodes(page: Page): Promise<ProbeNode[]> {
  return page.locator(CANVAS).evaluate((el) => {
    const probe = (el as GraphCanvasElement).probe;
    if (!probe) throw new Error('The canvas has no probe yet.');
    return probe.nodes();
  });
}

/** Entities drawn as nodes of their own, plus those counted in "N more" group nodes. */
export async function entitiesShown(page: Page): Promise<number> {
  const nodes = await probeNodes(page);
  const grouped = nodes
    .filter((n) => n.id.startsWith('group:'))
    .reduce((sum, n) => sum + Number(/(\d+)/.exec(n.label)?.[1] ?? Number.NaN), 0);
  return nodes.filter((n) => !n.id.startsWith('group:')).length + grouped;
}

export async function canvasBoxes(page: Page): Promise<ProbeBoxes> {
  return page.locator(CANVAS).evaluate((el) => {
    const probe = (el as GraphCanvasElement).probe;
    if (!probe) throw new Error('The canvas has no probe yet.');
    return probe.boxes();
  });
}

export interface Readability extends OverlapSummary {
  readonly nodes: number;
  readonly hiddenLabels: number;
  /** Nodes whose body or drawn label lies partly outside the canvas. */
  readonly outside: readonly string[];
  readonly zoom: number;
}

/** The overlap measure of what the canvas shows now. */
export async function readability(page: Page): Promise<Readability> {
  const boxes = await canvasBoxes(page);
  return {
    nodes: boxes.nodes.length,
    hiddenLabels: boxes.hiddenLabels,
    zoom: boxes.zoom,
    outside: outsideView(boxes.nodes, boxes.width, boxes.height),
    ...summarise(overlappingPairs(boxes.nodes)),
  };
}
