/**
 * The three jobs on a phone (390×844) and the first on a portrait tablet (768×1024): the canvas takes the full width,
 * the panels share one bottom sheet, and every step is done with what is on screen (taps, the sheet's tabs).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { PHONE, drawnNodes, highlightedIds, searchAndPick, waitForIdle, waitForNodes } from './explorer';
import { screenshot } from './screenshots';

const TABLET = { width: 768, height: 1024 };

/** The canvas spans the window's width (the narrow layout), and nothing is wider than the window. */
async function expectFullWidthCanvas(page: Page, width: number): Promise<void> {
  const box = await page.getByTestId('graph-canvas').boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(width - 24);
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

/** The element is visible and horizontally inside the window once scrolled to. */
async function expectReachable(page: Page, testId: string, width: number): Promise<void> {
  const element = page.getByTestId(testId).first();
  await element.scrollIntoViewIfNeeded();
  await expect(element).toBeVisible();
  const box = await element.boundingBox();
  expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
  expect((box?.x ?? 0) + (box?.width ?? Number.POSITIVE_INFINITY)).toBeLessThanOrEqual(width + 1);
}

for (const [name, size] of [
  ['phone', PHONE],
  ['tablet', TABLET],
] as const) {
  test(`job 1 on a ${name}: a picked technology shows its details, and Trace coverage lists what covers it`, async ({
    open,
  }) => {
    const page = await open('/?lang=en', size);
    await waitForNodes(page, 5);
    await expectFullWidthCanvas(page, size.width);
    await expectReachable(page, 'lang-switch', size.width);

    await searchAndPick(page, 'H100', /NVIDIA H100/);
    // Picking a result shows it: the details sheet with the entity and its main action.
    await expect(page.getByTestId('detail-node')).toBeVisible();
    await expect(page.getByTestId('detail-node').getByRole('heading', { level: 2 })).toHaveText(/NVIDIA H100/);
    await expectReachable(page, 'trace-coverage', size.width);

    await page.getByTestId('trace-coverage').click();
    const first = page.getByTestId('coverage-panel').getByTestId('coverage-item').first();
    await expect(first).toBeVisible();
    await expectReachable(page, 'coverage-item', size.width);
    await waitForIdle(page);
    expect(await highlightedIds(page)).toContain('tech:nvidia-h100');
    await expectFullWidthCanvas(page, size.width);
    await screenshot(page, `phone-job1-${name}-en`);
  });
}

test('job 2 on a phone: an entity’s relations with their citations, and a relation added to the canvas', async ({
  open,
}) => {
  const page = await open('/?lang=zh', PHONE);
  await waitForNodes(page, 5);
  await searchAndPick(page, '瓦森纳', /瓦森纳/);
  const detail = page.getByTestId('detail-node');
  await expect(detail).toBeVisible();
  const relations = detail.locator('section[aria-labelledby="detail-relations"]');
  await relations.scrollIntoViewIfNeeded();
  await expect(relations.getByRole('heading', { level: 3 })).toBeVisible();

  // A relation's cited sources open in place.
  const sources = relations.locator('details.relation-sources').first();
  await sources.locator('summary').click();
  await expect(sources.locator('li').first()).toBeVisible();

  // Its other end joins the canvas.
  const before = (await drawnNodes(page)).length;
  const other = relations.locator('li button.link-btn').first();
  const otherName = (await other.textContent()) ?? '';
  expect(otherName.length).toBeGreaterThan(0);
  await other.click();
  await waitForIdle(page);
  expect((await drawnNodes(page)).length).toBeGreaterThanOrEqual(before);
  await expect(page.getByTestId('detail-node').getByRole('heading', { level: 2 })).toHaveText(otherName.trim());
  await expectFullWidthCanvas(page, PHONE.width);
  await screenshot(page, 'phone-job2-zh');
});

test('job 3 on a phone: the briefing of the selection opens as a dialog that fits the screen', async ({ open }) => {
  const page = await open(
    '/?n=tech:nvidia-h100,regime:wassenaar,regime:us-ecra&sel=tech:nvidia-h100,regime:wassenaar&lang=en',
    PHONE,
  );
  await waitForNodes(page, 3);
  await expectReachable(page, 'briefing-open', PHONE.width);
  await page.getByTestId('briefing-open').click();
  const view = page.getByTestId('briefing-view');
  await expect(view.getByTestId('briefing-meta')).toBeVisible();
  await expect(view.getByTestId('briefing-heading')).toBeVisible();
  const box = await view.boundingBox();
  expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
  expect((box?.x ?? 0) + (box?.width ?? Number.POSITIVE_INFINITY)).toBeLessThanOrEqual(PHONE.width + 1);
  await expect(view.getByTestId('briefing-print')).toBeVisible();
  await screenshot(page, 'phone-job3-en');
});

test('on a phone the toolbar wraps instead of scrolling: Export and Briefing are in the window as it opens', async ({
  open,
}) => {
  const page = await open('/?lang=en', PHONE);
  await waitForNodes(page, 5);
  const toolbar = page.getByTestId('toolbar');
  const widths = await toolbar.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  // Measured where they are, without scrolling anything into view first.
  for (const id of ['export-menu', 'briefing-open']) {
    const box = await page.getByTestId(id).boundingBox();
    expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? Number.POSITIVE_INFINITY)).toBeLessThanOrEqual(PHONE.width);
    expect((box?.y ?? 0) + (box?.height ?? Number.POSITIVE_INFINITY)).toBeLessThanOrEqual(PHONE.height);
  }
  await screenshot(page, 'phone-toolbar-en');
});
