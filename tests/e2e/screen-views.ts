/**
 * The explorer's views as links (start page, a selected entity, a coverage result, a paths result, the Outline, the
 * open briefing, coverage as of a past day, the Matrix and the timeline strip), each with the region that shows it,
 * shared by the accessibility scan and the screenshots.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { waitForIdle, waitForNodes } from './explorer';

export const SIZES = {
  desktop: { width: 1440, height: 900 },
  laptop: { width: 1024, height: 768 },
  tablet: { width: 768, height: 1024 },
  phone: { width: 390, height: 844 },
} as const;

export interface View {
  readonly name: string;
  readonly path: (lang: 'en' | 'zh') => string;
  /** The region that shows the view: it must be visible and inside the window. */
  readonly region: (page: Page) => Locator;
  /** What to do once the link is open, for a view a link alone does not show (the timeline strip is opened by hand). */
  readonly prepare?: (page: Page) => Promise<void>;
}

const SELECTED = 'n=tech:nvidia-h100,regime:wassenaar,regime:us-ecra&sel=tech:nvidia-h100';

export const VIEWS: readonly View[] = [
  { name: 'start', path: (lang) => `/?lang=${lang}`, region: (page) => page.getByTestId('start-page') },
  {
    name: 'selected',
    path: (lang) => `/?${SELECTED}&lang=${lang}`,
    region: (page) => page.getByTestId('detail-node'),
  },
  {
    name: 'coverage',
    path: (lang) => `/?cov=tech:nvidia-h100&lang=${lang}`,
    region: (page) => page.getByTestId('coverage-panel').getByTestId('coverage-item').first(),
  },
  {
    name: 'paths',
    path: (lang) => `/?tab=paths&pf=treaty:npt&pt=regime:wassenaar&lang=${lang}`,
    region: (page) => page.getByTestId('path-item').first(),
  },
  { name: 'outline', path: (lang) => `/?tab=outline&lang=${lang}`, region: (page) => page.getByTestId('outline') },
  {
    name: 'briefing',
    path: (lang) => `/?${SELECTED},regime:wassenaar&lang=${lang}#briefing`,
    region: (page) => page.getByTestId('briefing-view').getByTestId('briefing-meta'),
  },
  {
    name: 'coverage-asof',
    path: (lang) => `/?cov=tech:nvidia-h100&asOf=2022-09-01&lang=${lang}`,
    region: (page) => page.getByTestId('coverage-panel').getByTestId('coverage-item').first(),
  },
  {
    name: 'matrix',
    path: (lang) => `/?tab=matrix&asOf=2023-01-01&lang=${lang}`,
    region: (page) => page.getByTestId('matrix-scroll'),
  },
  {
    name: 'timeline',
    path: (lang) => `/?${SELECTED}&asOf=2023-01-01&lang=${lang}`,
    region: (page) => page.getByTestId('timeline-change').first(),
    prepare: (page) => page.getByTestId('timeline-toggle').click(),
  },
];

/** Opens a view in `page` and waits until it is drawn and its region shown. */
export async function openView(page: Page, view: View, lang: 'en' | 'zh'): Promise<Locator> {
  await page.goto(view.path(lang));
  await waitForNodes(page, 1);
  await view.prepare?.(page);
  const region = view.region(page);
  await expect(region).toBeVisible();
  await waitForIdle(page);
  return region;
}

/** Nothing is wider than the window, and the region starts inside it. */
export async function expectInsideWindow(page: Page, region: Locator): Promise<void> {
  const size = page.viewportSize();
  if (!size) throw new Error('The page has no viewport size.');
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
  await region.scrollIntoViewIfNeeded();
  const box = await region.boundingBox();
  if (!box) throw new Error('The region has no box.');
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(size.width + 1);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeLessThan(size.height);
}
