// When the API is down the explorer says so in plain words, keeps the page usable, and recovers with Retry.
import { screenshot } from './screenshots';
import { expect, test } from './fixtures';
import { waitForNodes } from './explorer';

test.describe('error banner', () => {
  test('shows a clear message when the API answers 503, and Retry recovers', async ({ page }) => {
    await page.route('**/graphql', (route) => route.fulfill({ status: 503, contentType: 'text/plain', body: 'down' }));
    await page.goto('/?lang=en');

    const banner = page.getByTestId('error-banner');
    await banner.waitFor();
    await expect(banner).toHaveAttribute('role', 'alert');
    await expect(banner).toHaveText(/cannot reach its database right now/);
    // No technical detail (HTTP codes, stack traces) reaches the reader.
    await expect(banner).not.toHaveText(/503|HTTP|Error:/);
    await screenshot(page, 'error-banner');

    await page.unroute('**/graphql');
    await banner.getByRole('button', { name: 'Retry' }).click();
    await waitForNodes(page, 5);
    await expect(banner).toHaveCount(0);
    await page.close();
  });

  test('says the server cannot be reached when requests fail outright', async ({ page }) => {
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.goto('/?lang=en');
    const banner = page.getByTestId('error-banner');
    await banner.waitFor();
    await expect(banner).toHaveText(/cannot be reached/);
    await page.unroute('**/graphql');
    await banner.getByRole('button', { name: 'Retry' }).click();
    await waitForNodes(page, 5);
    await page.close();
  });
});
