// The briefing builder: a footnoted briefing on the selected entities, with an edited title, printed to an A4 PDF
// whose text holds the title, a fact and its footnote's quote; and the same briefing in Chinese.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { screenshot } from './screenshots';
import { expect, test } from './fixtures';
import { waitForIdle, waitForNodes } from './explorer';
import { pdfText, squeeze } from './pdf-text';

const VIEW = '/?n=tech:nvidia-h100,regime:wassenaar,regime:us-ecra&sel=tech:nvidia-h100,regime:wassenaar';

test.describe('briefing builder', () => {
  test('builds a briefing from the selection and prints it to an A4 PDF with its footnotes', async ({ open }) => {
    const page = await open(`${VIEW}&lang=en`);
    await waitForNodes(page, 3);
    await waitForIdle(page);
    await page.getByTestId('briefing-open').click();
    const view = page.getByTestId('briefing-view');
    await view.getByTestId('briefing-meta').waitFor();
    await expect(view.getByTestId('briefing-meta')).toHaveText(/As of \d{4}-\d{2}-\d{2} · data version [0-9a-f]{12}/);
    // Only the selected entities, in the selection's order.
    await expect(
      view.locator('section[data-entity]').evaluateAll((s) => s.map((e) => e.getAttribute('data-entity'))),
    ).resolves.toEqual(['tech:nvidia-h100', 'regime:wassenaar']);
    await view.getByTestId('briefing-diagram').waitFor();
    expect(new URL(page.url()).hash).toBe('#briefing');

    const title = 'H100 and Wassenaar — test briefing';
    await view.getByTestId('briefing-title-input').fill(title);
    await expect(view.getByTestId('briefing-heading')).toHaveText(title);

    // A fact, its first footnote marker and that footnote's quote.
    const fact = view.locator('.briefing-fact').first();
    const factText = (await fact.evaluate((li) => li.firstChild?.textContent ?? '')).trim();
    expect(factText.length).toBeGreaterThan(10);
    const href = await fact.locator('a.fn-ref').first().getAttribute('href');
    expect(href).toMatch(/^#briefing-fn-\d+$/);
    const footnote = view.locator(href ?? '');
    const quote = (await footnote.locator('.fn-quote').textContent()) ?? '';
    expect(quote).toMatch(/^“.+”$/);
    // A quote from the Chinese report reads in the atlas's translation, marked as such, with the original after it.
    await expect(view.locator('.fn-original').first()).toHaveText(
      /^ \(Translation by the atlas; original: “[^”]*[\u4e00-\u9fff][^”]*”\)$/u,
    );
    // Footnotes with a URL link to it (not every source has one).
    await expect(view.locator('a.fn-url').first()).toHaveAttribute('href', /^https?:\/\//);

    // The Markdown download carries the edited title.
    const wait = page.waitForEvent('download');
    await view.getByTestId('briefing-markdown').click();
    const download = await wait;
    expect(download.suggestedFilename()).toMatch(/\.md$/);
    const { readFile } = await import('node:fs/promises');
    const markdown = await readFile(await download.path(), 'utf8');
    expect(markdown.split('\n')[0]).toContain(title);
    expect(markdown).toMatch(/\[\^1\]/);

    await screenshot(page, 'briefing-view');

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.app-header')).toBeHidden();
    await expect(view.getByTestId('briefing-print')).toBeHidden();
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    const dir = path.resolve('test-results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'briefing.pdf'), pdf);
    const { pages, text } = await pdfText(pdf);
    expect(pages).toBeGreaterThanOrEqual(1);
    const flat = squeeze(text);
    expect(flat).toContain(squeeze(title));
    expect(flat).toContain(squeeze(factText).slice(0, 60));
    expect(flat).toContain(squeeze(quote).slice(0, 40));
    // The buttons and the explorer's chrome are not printed.
    expect(text).not.toContain('Print / Save as PDF');
    expect(text).not.toContain('Skip to the graph');
    await page.emulateMedia({ media: 'screen' });

    // Closing returns to the explorer and drops the marker from the address.
    await view.getByTestId('briefing-close').click();
    await page.getByTestId('briefing-view').waitFor({ state: 'detached' });
    expect(new URL(page.url()).hash).toBe('');
    await page.close();
  });

  test('shows the briefing in Chinese, and keeps it open across a reload', async ({ open }) => {
    const page = await open(`${VIEW}&lang=zh#briefing`);
    const view = page.getByTestId('briefing-view');
    await view.getByTestId('briefing-meta').waitFor({ timeout: 30_000 });
    await expect(view.getByTestId('briefing-heading')).toHaveText(/^简报/);
    await expect(view.getByTestId('briefing-meta')).toHaveText(/数据/);
    await expect(view.getByTestId('briefing-footnotes').locator('li').first()).toHaveText(/《.+》/);
    await expect(view.locator('.fn-quote').first()).toHaveText(/^“.+”$/);
    // In Chinese the footnotes cite the original alone.
    expect(await view.locator('.fn-original').count()).toBe(0);
    await view.getByTestId('briefing-diagram').waitFor({ timeout: 30_000 });
    await waitForIdle(page);
    await screenshot(page, 'briefing-view-zh');
    await page.close();
  });
});
