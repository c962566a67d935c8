/** Helpers shared by the explorer's end-to-end tests: opening the app and reading the canvas's state. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { appUrl } from './browser';

export const VIEWPORT = { width: 1280, height: 800 };
/** The sizes the screenshots of the coverage view and the Paths tool are taken at. */
export const DESKTOP = { width: 1440, height: 900 };
export const PHONE = { width: 390, height: 844 };

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

export async function waitForNodes(page: Page, atLeast = 1): Promise<void> {
  await page.waitForFunction((n) => (window.__atlasCy?.nodes().length ?? 0) >= n, atLeast, { timeout: 30_000 });
}

export async function waitForNode(page: Page, id: string): Promise<void> {
  await page.waitForFunction((nodeId) => (window.__atlasCy?.getElementById(nodeId).length ?? 0) > 0, id, {
    timeout: 30_000,
  });
}

/** Waits until no layout is running and no request is pending (the progress bar is idle). */
export async function waitForIdle(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('[data-testid="graph-canvas"]')?.getAttribute('data-layout') === 'idle' &&
      !document.querySelector('.progress.active'),
    undefined,
    { timeout: 30_000 },
  );
  await page.waitForTimeout(400);
}

export async function nodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => (window.__atlasCy?.nodes().map((n) => n.id()) ?? []).sort());
}

export async function selectedIds(page: Page): Promise<string[]> {
  return page.evaluate(() => (window.__atlasCy?.$(':selected').map((e) => e.id()) ?? []).sort());
}

export async function highlightedIds(page: Page): Promise<string[]> {
  return page.evaluate(() => (window.__atlasCy?.$('.hl').map((e) => e.id()) ?? []).sort());
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
