// A paths link that also selects an entity opens on a phone with the Details sheet up. Tapping the Paths tab before
// the paths (or the link's entities) have arrived shows the link's two ends, loading, and then the paths: the ends
// are never dropped for the selection, and the link keeps them.
import type { Route } from '@playwright/test';
import { expect, test } from './fixtures';
import { PHONE } from './explorer';
import { screenshot } from './screenshots';

const LINK =
  'n=tech:nvidia-h100,regime:wassenaar&sel=tech:nvidia-h100&tab=paths&pf=tech:nvidia-h100&pt=regime:wassenaar';

for (const [held, operation] of [
  ['the paths', 'query Paths('],
  ['every answer', 'query '],
] as const) {
  test(`on a phone, the Paths tab keeps a link's ends while ${held} load`, async ({ open }) => {
    const page = await open('/?lang=en', PHONE);
    const waiting: Route[] = [];
    await page.route('**/graphql', (route) => {
      if ((route.request().postData() ?? '').includes(operation)) waiting.push(route);
      else void route.fallback();
    });
    await page.goto(`/?lang=en&${LINK}`);
    await expect(page.getByTestId('tab-details')).toHaveAttribute('aria-selected', 'true');
    await expect.poll(() => waiting.some((r) => (r.request().postData() ?? '').includes('query Paths('))).toBe(true);

    await page.getByTestId('tab-paths').click();
    const panel = page.getByTestId('paths-panel');
    await expect(panel).toBeVisible();
    await expect(page).toHaveURL(/pf=tech:nvidia-h100&pt=regime:wassenaar/);
    if (operation === 'query ') await expect(panel.getByTestId('endpoint-pending')).toHaveCount(2);
    await expect(panel.getByRole('combobox', { name: /Pick an entity/ })).toHaveCount(0);
    if (operation === 'query ') await screenshot(page, 'phone-paths-link-loading-en');

    await page.unroute('**/graphql');
    for (const route of waiting.splice(0)) await route.fallback();
    await expect(panel.getByTestId('path-item').first()).toBeVisible();
    await expect(panel.locator('.endpoint .chip').first()).toContainText('NVIDIA H100');
    await expect(panel.locator('.endpoint .chip').nth(1)).toContainText('Wassenaar');
    await expect(page).toHaveURL(/pf=tech:nvidia-h100&pt=regime:wassenaar/);
  });
}
