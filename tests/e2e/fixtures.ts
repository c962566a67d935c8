/**
 * Fixtures of the browser tests: the app started by the global setup (global-setup.ts) is the `baseURL`; `open`
 * opens it in a page of its own that reports uncaught errors, `openStartPage` opens the start page in a language
 * and waits for its first entities; `db` reaches the test database the app reads.
 */
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { createDb, type Db } from '../../server/src/db/driver';
import { VIEWPORT, waitForNodes } from './explorer';
import { readStack } from './stack-env';

/**
 * Opens `path` of the app in a new page: in a fresh browser context of its own (no shared storage) unless a
 * context is given. The pages are closed with the test.
 */
export type Open = (
  path: string,
  viewport?: { width: number; height: number },
  context?: BrowserContext,
) => Promise<Page>;

/** The start page in one language, once it has drawn its first entities (at least five). */
export type OpenStartPage = (lang: 'en' | 'zh', viewport?: { width: number; height: number }) => Promise<Page>;

export const test = base.extend<{ open: Open; openStartPage: OpenStartPage }, { db: Db }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern.
  baseURL: async ({}, provide) => {
    await provide(readStack().appUrl);
  },
  page: async ({ page }, provide) => {
    reportErrors(page);
    await provide(page);
  },
  open: async ({ browser, baseURL }, provide) => {
    const opened: Page[] = [];
    await provide(async (path, viewport = VIEWPORT, context) => {
      const page = context ? await context.newPage() : await browser.newPage({ viewport });
      opened.push(page);
      reportErrors(page);
      if (context) await page.setViewportSize(viewport);
      await page.goto(new URL(path, baseURL).toString());
      return page;
    });
    for (const page of opened) await page.close();
  },
  openStartPage: async ({ open }, provide) => {
    await provide(async (lang, viewport) => {
      const page = await open(`/?lang=${lang}`, viewport);
      await waitForNodes(page, 5);
      return page;
    });
  },
  db: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern.
    async ({}, provide) => {
      const db = createDb({ ...readStack().neo4j, queryTimeoutMs: 10_000 });
      await provide(db);
      await db.close();
    },
    { scope: 'worker' },
  ],
});

/** Uncaught page errors appear in the test output. */
function reportErrors(page: Page): void {
  page.on('pageerror', (error) => {
    console.error(`page error: ${error.message}`);
  });
}

export { expect };
