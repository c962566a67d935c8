// Image exports fit to hand out: a title, the legend of the kinds shown and the source and data-version lines,
// chosen in the export form, in both languages; and no selection styling in any exported image, while the live
// view keeps its selection.
import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { selectedIds, waitForIdle, waitForNodes } from './explorer';
import { SCREENSHOT_DIR, screenshot } from './screenshots';

const VIEW = '/?n=tech:nvidia-h100,regime:wassenaar,regime:us-ecra,tech:gpu&sel=tech:nvidia-h100,regime:wassenaar';
/** SELECTED in client/src/graph/style.ts (#0b57d0), as a hex colour or as canvas2svg's rgb(). */
const SELECTION_BLUE = /#0b57d0|rgba?\(\s*11\s*,\s*87\s*,\s*208\b/iu;

async function downloaded(page: Page, testId: string): Promise<Buffer> {
  const wait = page.waitForEvent('download');
  await page.getByTestId(testId).click();
  const download = await wait;
  return readFile(await download.path());
}

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The texts of an SVG's <text> elements, read by the browser's XML parser (which also proves it well-formed). */
async function svgTexts(page: Page, svg: string): Promise<string[]> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    if (doc.getElementsByTagName('parsererror').length > 0) throw new Error('SVG does not parse');
    return [...doc.querySelectorAll(':root > g > text')].map((t) => t.textContent);
  }, svg);
}

async function openForm(page: Page): Promise<void> {
  await page.getByTestId('export-menu').click();
  await page.getByTestId('export-framed').click();
  await expect(page.getByTestId('export-frame-dialog')).toBeVisible();
  await expect(page.getByTestId('export-frame-title')).toBeFocused();
}

const WORDS = {
  en: {
    title: 'Chips & regimes <2026>',
    kinds: ['Technology', 'Regime'],
    source: /^Source: The Export of Dual-Use Artificial Intelligence Technologies/u,
    version: /^Dual-Use AI Atlas, data version [0-9a-f]{12}, \d{4}-\d{2}-\d{2}$/u,
  },
  zh: {
    title: '芯片与管制机制 “简报”',
    kinds: ['技术', '管制机制'],
    source: /^来源：《出口军民两用的人工智能技术问题》/u,
    version: /^两用人工智能图谱，数据版本 [0-9a-f]{12}，\d{4}-\d{2}-\d{2}$/u,
  },
} as const;

for (const lang of ['en', 'zh'] as const) {
  test(`framed PNG and SVG exports (${lang}): title, legend, source and version, and no selection colour`, async ({
    open,
  }) => {
    const words = WORDS[lang];
    const page = await open(`${VIEW}&lang=${lang}`);
    await waitForNodes(page, 4);
    await waitForIdle(page);
    const selected = await selectedIds(page);
    expect(selected.sort()).toEqual(['regime:wassenaar', 'tech:nvidia-h100']);

    // The bare exports: the selected entities are drawn plain.
    await page.getByTestId('export-menu').click();
    const bareSvg = (await downloaded(page, 'export-svg')).toString('utf8');
    expect(bareSvg).toContain('<svg');
    expect(bareSvg).not.toMatch(SELECTION_BLUE);
    await page.getByTestId('export-menu').click();
    const barePng = pngSize(await downloaded(page, 'export-png'));

    // The framed exports, chosen in the form.
    await openForm(page);
    await page.getByTestId('export-frame-title').fill(words.title);
    await expect(page.getByTestId('export-frame-legend')).toBeChecked();
    await expect(page.getByTestId('export-frame-source')).toBeChecked();
    await screenshot(page, `export-form-${lang}`);
    const svg = (await downloaded(page, 'export-frame-svg')).toString('utf8');
    await expect(page.getByTestId('export-frame-dialog')).toHaveCount(0);
    expect(svg).not.toMatch(SELECTION_BLUE);
    const texts = await svgTexts(page, svg);
    expect(texts[0]).toBe(words.title);
    for (const kind of words.kinds) expect(texts).toContain(kind);
    const joined = texts.join(' ');
    expect(texts.some((t) => words.source.test(t))).toBe(true);
    expect(
      texts.some((t) => words.version.test(t)),
      joined,
    ).toBe(true);

    await openForm(page);
    // The form keeps the title of the last export.
    await expect(page.getByTestId('export-frame-title')).toHaveValue(words.title);
    const framedBytes = await downloaded(page, 'export-frame-png');
    const framed = pngSize(framedBytes);
    // The frame adds a title, a legend and two footer lines above and below, and a margin around.
    expect(framed.height).toBeGreaterThan(barePng.height + 100);
    expect(framed.width).toBeGreaterThanOrEqual(barePng.width);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    writeFileSync(path.join(SCREENSHOT_DIR, `export-framed-${lang}.png`), framedBytes);
    writeFileSync(path.join(SCREENSHOT_DIR, `export-framed-${lang}.svg`), svg);

    // Without the legend and source lines, only the title is added.
    await openForm(page);
    await page.getByTestId('export-frame-legend').uncheck();
    await page.getByTestId('export-frame-source').uncheck();
    expect(await svgTexts(page, (await downloaded(page, 'export-frame-svg')).toString('utf8'))).toEqual([words.title]);

    // The live view keeps its selection.
    expect((await selectedIds(page)).sort()).toEqual(['regime:wassenaar', 'tech:nvidia-h100']);
    await page.close();
  });
}

test('Esc closes the export form and gives focus back to the export menu', async ({ open }) => {
  const page = await open(`${VIEW}&lang=en`);
  await waitForNodes(page, 4);
  await openForm(page);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('export-frame-dialog')).toHaveCount(0);
  await expect(page.getByTestId('export-menu')).toBeFocused();
  await page.close();
});
