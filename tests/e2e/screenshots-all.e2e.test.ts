// Screenshots of every view at four window sizes in both languages, into test-results/screenshots/
// (all-<view>-<size>-<lang>.png). Each view's region must be shown inside the window, with nothing wider than it.
import { expect, test } from './fixtures';
import { screenshot } from './screenshots';
import { expectInsideWindow, openView, SIZES, VIEWS } from './screen-views';

for (const [sizeName, size] of Object.entries(SIZES)) {
  for (const lang of ['en', 'zh'] as const) {
    test(`every view at ${sizeName} (${String(size.width)}×${String(size.height)}) in ${lang}`, async ({ open }) => {
      test.setTimeout(240_000);
      const page = await open(`/?lang=${lang}`, size);
      for (const view of VIEWS) {
        await test.step(view.name, async () => {
          const region = await openView(page, view, lang);
          await expectInsideWindow(page, region);
          await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-Hans' : 'en');
          await screenshot(page, `all-${view.name}-${sizeName}-${lang}`);
        });
      }
    });
  }
}
