// The language switch changes the whole interface and the data, and is remembered across visits.
import { screenshot } from './screenshots';
import { expect, test } from './fixtures';
import { drawnNodes, VIEWPORT, waitForIdle, waitForNodes } from './explorer';

test.describe('language switch', () => {
  test('switches to Chinese and stays Chinese after a reload and a new visit', async ({ browser, open }) => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await open('/', VIEWPORT, context);
    await waitForNodes(page, 5);
    await expect(page.locator('h1')).toHaveText('Dual-Use AI Atlas');
    const englishLabel = String((await drawnNodes(page))[0]?.label);

    await page.getByTestId('lang-switch').click();
    await expect(page.locator('h1')).toHaveText('两用人工智能图谱');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('zh');
    await expect(page.getByRole('tab', { name: '大纲' })).toHaveCount(1);
    // The data follows: node labels are the Chinese names.
    const chineseLabel = String((await drawnNodes(page))[0]?.label);
    expect(chineseLabel).not.toBe(englishLabel);
    expect(chineseLabel).toMatch(/[\u4e00-\u9fff]/);

    await page.reload();
    await waitForNodes(page, 5);
    await expect(page.locator('h1')).toHaveText('两用人工智能图谱');

    // A new visit without a language in the link remembers the choice.
    const again = await open('/', VIEWPORT, context);
    await waitForNodes(again, 5);
    await expect(again.locator('h1')).toHaveText('两用人工智能图谱');
    await waitForIdle(again);
    await screenshot(again, 'language-zh');

    await again.getByTestId('lang-switch').click();
    await expect(again.locator('h1')).toHaveText('Dual-Use AI Atlas');
    await context.close();
  });

  test("shows a quote in the atlas's English translation with the original one click away, and the original in 中文", async ({
    open,
  }) => {
    const page = await open('/?lang=en&n=regime:wassenaar&sel=regime:wassenaar');
    const panel = page.getByTestId('detail-node');
    // The first source whose quote the atlas translated: the translation is shown, labelled, the original folded.
    const translated = panel.locator('ol.sources > li.source', { has: page.getByTestId('source-original') }).first();
    await translated.waitFor();
    const shown = (await translated.locator('blockquote.source-quote').first().textContent()) ?? '';
    expect(shown).toMatch(/^“[^\u4e00-\u9fff]+”$/u);
    await expect(translated.locator('.translation-note')).toHaveText('Translation by the atlas');
    const original = translated.locator('[data-testid="source-original"] blockquote');
    expect(await original.isVisible()).toBe(false);
    await translated.getByText('Original (中文)').click();
    await original.waitFor({ state: 'visible' });
    const originalText = (await original.textContent()) ?? '';
    expect(originalText).toMatch(/[\u4e00-\u9fff]/u);
    // Section titles and document titles are in English too.
    expect(await panel.locator('.source-doc').allTextContents()).not.toContainEqual(
      expect.stringMatching(/[\u4e00-\u9fff]/u),
    );
    await screenshot(page, 'detail-sources-en');

    // In Chinese the same source shows the original, with the report's Chinese title, and no translation.
    await page.getByTestId('lang-switch').click();
    await panel
      .locator('blockquote.source-quote', { hasText: originalText.slice(1, -1) })
      .first()
      .waitFor();
    expect(await panel.locator('.source-translation').count()).toBe(0);
    await expect(panel.locator('.source-doc').allTextContents()).resolves.toContain('出口军民两用的人工智能技术问题');
    await screenshot(page, 'detail-sources-zh');
    await page.close();
  });
});
