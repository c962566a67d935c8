// Keyboard and screen readers: axe-core finds no WCAG 2.1 A/AA or best-practice violation in any view in either
// language; the briefing is a modal dialog that takes, keeps and returns the focus; and from a picked search result
// the main action is at most two keystrokes away.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { waitForIdle, waitForMoreNodes, waitForNodes } from './explorer';
import { openView, VIEWS } from './screen-views';

/** axe's violations on the page, each as "rule: the first offending elements", for a readable failure. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return result.violations.map(
    (v) => `${v.id} (${String(v.nodes.length)}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );
}

test.describe('axe-core', () => {
  for (const lang of ['en', 'zh'] as const) {
    // axe needs a page of the test's own browser context, hence `page` rather than `open`.
    test(`finds no violation in any view in ${lang}`, async ({ page }) => {
      test.setTimeout(240_000);
      for (const view of VIEWS) {
        await test.step(view.name, async () => {
          await openView(page, view, lang);
          expect.soft(await violations(page), view.name).toEqual([]);
        });
      }
    });
  }
});

test.describe('keyboard', () => {
  test('the briefing takes the focus, keeps Tab inside, closes on Escape and gives the focus back', async ({
    open,
  }) => {
    const page = await open('/?n=tech:nvidia-h100,regime:wassenaar&sel=tech:nvidia-h100&lang=en');
    await waitForNodes(page, 2);
    await waitForIdle(page);
    const opener = page.getByTestId('briefing-open');
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByTestId('briefing-view');
    await expect(dialog).toBeVisible();
    await expect(dialog).toHaveJSProperty('open', true);
    await expect(dialog.getByTestId('briefing-meta')).toBeVisible();
    const focusInside = () => dialog.evaluate((d) => d.contains(document.activeElement));
    expect(await focusInside()).toBe(true);

    // Tab and Shift+Tab go round the dialog's controls and never reach the page behind it.
    const seen = new Set<string>();
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press('Tab');
      expect(await focusInside()).toBe(true);
      seen.add(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 60) ?? ''));
    }
    expect(seen.size).toBeGreaterThan(2);
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press('Shift+Tab');
      expect(await focusInside()).toBe(true);
    }

    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(opener).toBeFocused();
  });

  test('a picked technology is one Enter from Trace coverage', async ({ openStartPage }) => {
    const page = await openStartPage('en');
    const search = page.getByTestId('main-search').getByRole('combobox');
    await search.focus();
    await search.pressSequentially('H100');
    await expect(page.getByTestId('main-search').getByRole('option').first()).toContainText('NVIDIA H100');
    let keystrokes = 0;
    await page.keyboard.press('Enter'); // picks the first result
    keystrokes += 1;
    await expect(page.getByTestId('trace-coverage')).toBeFocused();
    await page.keyboard.press('Enter'); // traces its coverage
    keystrokes += 1;
    await expect(page.getByTestId('coverage-panel').getByTestId('coverage-item').first()).toBeVisible();
    expect(keystrokes).toBeLessThanOrEqual(2);
  });

  test('a picked regime is one Enter from expanding all its relations', async ({ openStartPage }) => {
    const page = await openStartPage('zh');
    const search = page.getByTestId('main-search').getByRole('combobox');
    await search.focus();
    await search.pressSequentially('瓦森纳');
    await expect(page.getByTestId('main-search').getByRole('option').first()).toContainText('瓦森纳');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('expand-all')).toBeFocused();
    await waitForIdle(page);
    await page.keyboard.press('Enter');
    await waitForMoreNodes(page, 1);
  });
});
