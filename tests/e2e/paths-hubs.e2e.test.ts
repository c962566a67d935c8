// Paths never run through a hub (an entity with more than 1,000 relationships), and the Paths panel names the hubs
// a search skipped, in both languages; each opens its entity. The report's own graph has no hub, so the answer of
// the real server is extended with one skipped hub (a real entity) on its way to the page.
import type { Page, Route } from '@playwright/test';
import { screenshot } from './screenshots';
import { expect, test } from './fixtures';
import { DESKTOP, waitForIdle, waitForSelected } from './explorer';

const HUB = { id: 'org:nvidia', kind: 'ORGANIZATION', nameEn: 'NVIDIA', nameZh: '英伟达' };
const LINK =
  'n=tech:nvidia-h100,regime:wassenaar&sel=tech:nvidia-h100&tab=paths&pf=tech:nvidia-h100&pt=regime:wassenaar';

/** Lets every request through, adding HUB to the skipped hubs of each paths answer. */
async function skipHub(page: Page): Promise<void> {
  await page.route('**/graphql', async (route: Route) => {
    if (!(route.request().postData() ?? '').includes('query Paths')) return route.fallback();
    const response = await route.fetch();
    const body = (await response.json()) as { data: { paths: { skippedHubs: unknown[] } } };
    body.data.paths.skippedHubs = [HUB];
    return route.fulfill({ response, json: body });
  });
}

test.describe('paths and hubs', () => {
  test('names a skipped hub beside the paths found, and opens it', async ({ open }) => {
    const page = await open('/?lang=en', DESKTOP);
    await skipHub(page);
    await page.goto(`/?lang=en&${LINK}`);
    const panel = page.getByTestId('paths-panel');
    await panel.getByTestId('path-item').first().waitFor();
    const note = panel.getByTestId('paths-skipped-hubs');
    await expect(note).toContainText('Paths never run through a hub (an entity with more than 1,000 relationships)');
    await expect(note.getByRole('button', { name: 'NVIDIA' })).toBeVisible();
    await waitForIdle(page);
    await screenshot(page, 'paths-skipped-hubs-en');
    await note.getByRole('button', { name: 'NVIDIA' }).click();
    await waitForSelected(page, HUB.id);
  });

  test('says the same in Chinese', async ({ open }) => {
    const page = await open('/?lang=zh', DESKTOP);
    await skipHub(page);
    await page.goto(`/?lang=zh&${LINK}`);
    const note = page.getByTestId('paths-panel').getByTestId('paths-skipped-hubs');
    await expect(note).toContainText('关系超过 1,000 条的实体');
    await expect(note.getByRole('button', { name: '英伟达' })).toBeVisible();
    await waitForIdle(page);
    await screenshot(page, 'paths-skipped-hubs-zh');
  });

  test('says nothing when the search skipped no hub', async ({ open }) => {
    const page = await open(`/?lang=en&${LINK}`, DESKTOP);
    const panel = page.getByTestId('paths-panel');
    await panel.getByTestId('path-item').first().waitFor();
    await expect(panel.getByTestId('paths-skipped-hubs')).toHaveCount(0);
  });
});
