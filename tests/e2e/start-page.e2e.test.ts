// The start page draws real entities from Neo4j in Cytoscape.
import { statSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDb } from '../integration/harness';
import { appUrl, launchBrowser, screenshot } from './browser';
import { drawnNodes, waitForNodes } from './explorer';

describe('start page', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('draws nodes that exist in the database', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(appUrl());
    await waitForNodes(page, 1);
    const drawn = (await drawnNodes(page)).map((n) => n.id);
    expect(drawn.length).toBeGreaterThan(5);

    const db = testDb();
    try {
      const rows = await db.read<{ id: string }>({
        cypher: 'MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id',
        params: { ids: drawn },
      });
      expect(rows.map((r) => r.id).sort()).toEqual([...drawn].sort());
    } finally {
      await db.close();
    }
    await expect(page.getByTestId('graph-stats').textContent()).resolves.toMatch(/\d+ entities/);
    const file = await screenshot(page, 'start-page');
    expect(statSync(file).size).toBeGreaterThan(10_000);
  });
});
