// Exports of the current view: PNG (1× and 3×), SVG, GraphML, JSON and CSV, each checked against the canvas.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { parseCsv } from '../unit/helpers/csv';
import { parseXml, type XmlElement } from '../unit/helpers/xml';
import { screenshot } from './screenshots';
import { expect, test } from './fixtures';
import { drawnEdges, drawnNodes, waitForIdle } from './explorer';

async function exported(page: Page, testId: string, count = 1): Promise<{ name: string; bytes: Buffer }[]> {
  await page.getByTestId('export-menu').click();
  const files: { name: string; bytes: Buffer }[] = [];
  const all = new Promise<void>((resolve) => {
    page.on('download', function onDownload(download) {
      void download.path().then(async (file) => {
        files.push({ name: download.suggestedFilename(), bytes: await readFile(file) });
        if (files.length === count) {
          page.off('download', onDownload);
          resolve();
        }
      });
    });
  });
  await page.getByTestId(testId).click();
  await all;
  return files.sort((a, b) => a.name.localeCompare(b.name));
}

function descendants(element: XmlElement, name: string): XmlElement[] {
  return element.children.flatMap((c) => [...(c.name === name ? [c] : []), ...descendants(c, name)]);
}

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

test.describe('exports of the current view', () => {
  test('exports PNG, SVG, GraphML, JSON and CSV that match the canvas', async ({ openStartPage }) => {
    const page = await openStartPage('en');
    await page.locator('[data-recipe="coverage-h100"]').click();
    await expect(page).toHaveURL((url) => url.search.includes('cov='));
    await waitForIdle(page);
    const visible = { nodes: (await drawnNodes(page)).length, edges: (await drawnEdges(page)).length };
    expect(visible.nodes).toBeGreaterThan(2);

    const [png1] = await exported(page, 'export-png-1');
    const [png3] = await exported(page, 'export-png-3');
    for (const png of [png1, png3]) {
      expect(png?.name).toMatch(/\.png$/);
      expect([...(png?.bytes.subarray(0, 8) ?? [])]).toEqual(PNG_MAGIC);
      expect(png?.bytes.length).toBeGreaterThan(5_000);
    }
    // 3× has nine times the pixels: the width in the IHDR chunk is about three times as large.
    const width = (b: Buffer | undefined) => b?.readUInt32BE(16) ?? 0;
    expect(width(png3?.bytes) / width(png1?.bytes)).toBeCloseTo(3, 0);

    const [svg] = await exported(page, 'export-svg');
    const svgText = svg?.bytes.toString('utf8') ?? '';
    expect(svgText).toMatch(/<svg[\s>]/);
    expect(svgText.trim()).toMatch(/<\/svg>$/);
    expect(svgText.length).toBeGreaterThan(1_000);

    const [graphml] = await exported(page, 'export-graphml');
    expect(graphml?.name).toMatch(/\.graphml$/);
    const root = parseXml(graphml?.bytes.toString('utf8') ?? '');
    expect(root.name).toBe('graphml');
    expect(descendants(root, 'node')).toHaveLength(visible.nodes);
    expect(descendants(root, 'edge')).toHaveLength(visible.edges);

    const [json] = await exported(page, 'export-json');
    const data = JSON.parse(json?.bytes.toString('utf8') ?? '') as {
      nodes: { id: string; sources: { quote: string | null }[] }[];
      edges: { sources: unknown[] }[];
      version: string | null;
    };
    expect(data.nodes).toHaveLength(visible.nodes);
    expect(data.edges).toHaveLength(visible.edges);
    expect(data.version).toMatch(/^[0-9a-f]{12,}$/);
    const h100 = data.nodes.find((n) => n.id === 'tech:nvidia-h100');
    expect(h100?.sources.length).toBeGreaterThan(0);
    expect(data.edges.every((e) => e.sources.length > 0)).toBe(true);

    const csv = await exported(page, 'export-csv', 2);
    expect(csv.map((f) => f.name)).toEqual([
      expect.stringMatching(/-edges\.csv$/),
      expect.stringMatching(/-nodes\.csv$/),
    ]);
    const rows = (i: number) => parseCsv((csv[i]?.bytes.toString('utf8') ?? '').replace(/^\uFEFF/, ''));
    expect(rows(1)).toHaveLength(visible.nodes + 1);
    expect(rows(0)).toHaveLength(visible.edges + 1);
    expect(rows(1)[0]?.[0]).toBe('id');

    await screenshot(page, 'exports');
    await page.close();
  });
});
