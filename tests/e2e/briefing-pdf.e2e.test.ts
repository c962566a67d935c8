// The briefing builder: a footnoted briefing on the selected entities, with an edited title, printed to an A4 PDF
// whose text holds the title, a fact and its footnote's quote; and the same briefing in Chinese.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './browser';
import { openPage, waitForIdle, waitForNodes } from './explorer';
import { pdfText, squeeze } from './pdf-text';

const VIEW = '/?n=tech:nvidia-h100,regime:wassenaar,regime:us-ecra&sel=tech:nvidia-h100,regime:wassenaar';

describe('briefing builder', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('builds a briefing from the selection and prints it to an A4 PDF with its footnotes', async () => {
    const page = await openPage(browser, `${VIEW}&lang=en`);
    await waitForNodes(page, 3);
    await waitForIdle(page);
    await page.getByTestId('briefing-open').click();
    const view = page.getByTestId('briefing-view');
    await view.getByTestId('briefing-meta').waitFor();
    await expect(view.getByTestId('briefing-meta').textContent()).resolves.toMatch(
      /As of \d{4}-\d{2}-\d{2} · data version [0-9a-f]{12}/,
    );
    // Only the selected entities, in the selection's order.
    await expect(
      view.locator('section[data-entity]').evaluateAll((s) => s.map((e) => e.getAttribute('data-entity'))),
    ).resolves.toEqual(['tech:nvidia-h100', 'regime:wassenaar']);
    await view.getByTestId('briefing-diagram').waitFor();
    expect(new URL(page.url()).hash).toBe('#briefing');

    const title = 'H100 and Wassenaar — test briefing';
    await view.getByTestId('briefing-title-input').fill(title);
    await expect(view.getByTestId('briefing-heading').textContent()).resolves.toBe(title);

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
    await expect(view.locator('.fn-original').first().textContent()).resolves.toMatch(
      /^ \(Translation by the atlas; original: “[^”]*[\u4e00-\u9fff][^”]*”\)$/u,
    );
    // Footnotes with a URL link to it (not every source has one).
    await expect(view.locator('a.fn-url').first().getAttribute('href')).resolves.toMatch(/^https?:\/\//);

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
    await expect(page.locator('.app-header').isVisible()).resolves.toBe(false);
    await expect(view.getByTestId('briefing-print').isVisible()).resolves.toBe(false);
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

  it('shows the briefing in Chinese, and keeps it open across a reload', async () => {
    const page = await openPage(browser, `${VIEW}&lang=zh#briefing`);
    const view = page.getByTestId('briefing-view');
    await view.getByTestId('briefing-meta').waitFor({ timeout: 30_000 });
    await expect(view.getByTestId('briefing-heading').textContent()).resolves.toMatch(/^简报/);
    await expect(view.getByTestId('briefing-meta').textContent()).resolves.toMatch(/数据/);
    await expect(view.getByTestId('briefing-footnotes').locator('li').first().textContent()).resolves.toMatch(/《.+》/);
    await expect(view.locator('.fn-quote').first().textContent()).resolves.toMatch(/^“.+”$/);
    // In Chinese the footnotes cite the original alone.
    expect(await view.locator('.fn-original').count()).toBe(0);
    await view.getByTestId('briefing-diagram').waitFor({ timeout: 30_000 });
    await waitForIdle(page);
    await screenshot(page, 'briefing-view-zh');
    await page.close();
  });
});
