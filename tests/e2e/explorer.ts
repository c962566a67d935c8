/** Helpers shared by the explorer's end-to-end tests: opening the app and reading the canvas's state. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { appUrl } from './browser';

export const VIEWPORT = { width: 1280, height: 800 };

export async function openPage(browser: Browser | BrowserContext, path = '/'): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT });
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
