// The printed briefing, in both languages: numbered pages (the print stylesheet's own page numbers, and the
// footer Playwright's PDF adds), the source line naming the report in full exactly once, and the footnotes citing
// it after by its short title or Ibid. (同上).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { waitForIdle, waitForNodes } from './explorer';
import { pdfText, squeeze } from './pdf-text';
import { screenshot } from './screenshots';

// Entities the report does not itself relate to (it CITES some laws, which would name it in a fact).
const VIEW = '/?n=tech:nvidia-h100,regime:wassenaar,tech:gpu&sel=tech:nvidia-h100,regime:wassenaar,tech:gpu';

const REPORT = {
  en: {
    full: 'The Export of Dual-Use Artificial Intelligence Technologies (UNIDO expert report)',
    short: 'UNIDO expert report',
    ibid: 'Ibid.',
    source:
      /^Source: The Export of Dual-Use Artificial Intelligence Technologies \(UNIDO expert report\) \(cited below as UNIDO expert report\) and the documents it cites\./u,
  },
  zh: {
    full: '出口军民两用的人工智能技术问题',
    short: '《专家报告》',
    ibid: '同上',
    source: /^来源：《出口军民两用的人工智能技术问题》（下称《专家报告》）及其引用的文献。/u,
  },
} as const;

function occurrences(text: string, part: string): number {
  return text.split(part).length - 1;
}

async function openBriefing(page: Page): Promise<void> {
  await waitForNodes(page, 3);
  await waitForIdle(page);
  await page.getByTestId('briefing-open').click();
  const view = page.getByTestId('briefing-view');
  await view.getByTestId('briefing-meta').waitFor();
  await view.getByTestId('briefing-diagram').waitFor();
}

async function printPdf(page: Page, name: string, footer: boolean): Promise<Buffer> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({
    format: 'A4',
    printBackground: true,
    preferCSSPageSize: true,
    ...(footer
      ? {
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          footerTemplate:
            '<div style="width:100%;font-size:8px;text-align:center">' +
            'Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
        }
      : {}),
  });
  await page.emulateMedia({ media: 'screen' });
  const dir = path.resolve('test-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${name}.pdf`), pdf);
  return pdf;
}

for (const lang of ['en', 'zh'] as const) {
  test(`the printed briefing (${lang}) has page numbers, the source line, and the report's full title once`, async ({
    open,
  }) => {
    const words = REPORT[lang];
    const page = await open(`${VIEW}&lang=${lang}`);
    await openBriefing(page);
    const view = page.getByTestId('briefing-view');
    await expect(view.getByTestId('briefing-source-line')).toHaveText(words.source);
    const notes = await view.locator('.briefing-footnote').allTextContents();
    expect(notes.length).toBeGreaterThan(2);
    // On screen, too: no footnote repeats the report's full title; it is cited short, or Ibid. right after itself.
    expect(notes.filter((n) => n.includes(words.full))).toEqual([]);
    expect(notes.filter((n) => n.startsWith(words.short)).length).toBeGreaterThan(0);
    expect(notes.filter((n) => n.startsWith(words.ibid)).length).toBeGreaterThan(0);
    await screenshot(page, `briefing-print-${lang}`);

    // The browser's own print (Print / Save as PDF): the stylesheet numbers the pages "n / N".
    const own = await pdfText(await printPdf(page, `briefing-print-${lang}`, false));
    expect(own.pages).toBeGreaterThan(1);
    own.perPage.forEach((text, i) => {
      expect(squeeze(text), `page ${String(i + 1)}`).toContain(`${String(i + 1)}/${String(own.pages)}`);
    });
    const flat = squeeze(own.text);
    expect(flat).toContain(squeeze((await view.getByTestId('briefing-source-line').textContent()) ?? '-'));
    expect(occurrences(flat, squeeze(words.full))).toBe(1);
    expect(occurrences(flat, squeeze(words.short))).toBeGreaterThan(1);
    expect(flat).toContain(squeeze(words.ibid));

    // A PDF printed with a page footer carries "Page n of N" on every page.
    const footed = await pdfText(await printPdf(page, `briefing-print-footer-${lang}`, true));
    footed.perPage.forEach((text, i) => {
      expect(squeeze(text)).toContain(`Page${String(i + 1)}of${String(footed.pages)}`);
    });
  });
}
