// Permalinks carry the data version; a link made with another version says so.
import { screenshot } from './screenshots';
import { expect, test } from './fixtures';
import { waitForIdle, waitForNodes } from './explorer';

test.describe('permalink data version', () => {
  test('names both versions when a link was made with other data', async ({ open }) => {
    const page = await open('/?n=tech:nvidia-h100&lang=en&v=000000000000');
    await waitForNodes(page, 1);
    const notice = page.getByTestId('version-notice');
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    expect(text).toMatch(
      /This link was made with data version 000000000000; the data is now version [0-9a-f]{12}, so the view may differ\./,
    );
    // The address now names the current version, so a link copied from it will not warn.
    const current = /now version ([0-9a-f]{12})/.exec(text)?.[1];
    await expect(page).toHaveURL((url) => url.search.includes(`v=${current ?? ''}`));
    await waitForIdle(page);
    await screenshot(page, 'permalink-version-notice');

    const fresh = await open(new URL(page.url()).search);
    await waitForNodes(fresh, 1);
    await waitForIdle(fresh);
    await expect(fresh.getByTestId('version-notice')).toHaveCount(0);
    await fresh.close();
    await page.close();
  });
});
