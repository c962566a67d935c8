// Switching language on data already loaded asks the server nothing: names, summaries, notes and quotes came in both
// languages with the first answers. Prints the time from the click to the canvas drawing the other language.
import type { Page } from '@playwright/test';
import type { GraphCanvasElement } from '../../client/src/graph/probe';
import { expect, test } from './fixtures';
import { DESKTOP, waitForIdle, waitForSelected } from './explorer';

const HAN = /[\u4e00-\u9fff]/u;

/** Counts the GraphQL requests the page sends from now on. */
function countRequests(page: Page): { readonly count: () => number } {
  let count = 0;
  page.on('request', (request) => {
    if (request.url().includes('/graphql')) count += 1;
  });
  return { count: () => count };
}

/**
 * Clicks the language switch and resolves to the milliseconds until the canvas's label of `nodeId` matches
 * `pattern`, measured in the page from the click to the first frame that draws it.
 */
async function switchAndTime(page: Page, nodeId: string, pattern: RegExp): Promise<number> {
  const timing = page.evaluate(
    ({ id, source, flags }) =>
      new Promise<number>((resolve) => {
        const canvas = document.querySelector<GraphCanvasElement>('[data-testid="graph-canvas"]');
        const button = document.querySelector<HTMLButtonElement>('[data-testid="lang-switch"]');
        if (!canvas || !button) throw new Error('The canvas or the language switch is missing.');
        const wanted = new RegExp(source, flags);
        const start = performance.now();
        const check = () => {
          const label = canvas.probe?.nodes().find((n) => n.id === id)?.label ?? '';
          if (wanted.test(label)) resolve(performance.now() - start);
          else requestAnimationFrame(check);
        };
        button.click();
        requestAnimationFrame(check);
      }),
    { id: nodeId, source: pattern.source, flags: pattern.flags },
  );
  return timing;
}

test.describe('language switch on loaded data', () => {
  test('relabels the canvas and the panels without a request, both ways', async ({ open }) => {
    const tech = 'tech:nvidia-h100';
    const page = await open(`/?lang=en&n=${tech},regime:wassenaar&sel=${tech}`, DESKTOP);
    await waitForSelected(page, tech);
    const detail = page.getByTestId('detail-node');
    await expect(detail.locator('.detail-summary')).toHaveText(/[A-Za-z]/);
    await waitForIdle(page);

    const requests = countRequests(page);
    const toChinese = await switchAndTime(page, tech, HAN);
    await expect(page.locator('h1')).toHaveText('两用人工智能图谱');
    await expect(detail.locator('.detail-summary')).toHaveText(HAN);
    await waitForIdle(page);
    const toEnglish = await switchAndTime(page, tech, /^[^\u4e00-\u9fff]+$/u);
    await expect(page.locator('h1')).toHaveText('Dual-Use AI Atlas');
    await expect(detail.locator('.detail-summary')).not.toHaveText(HAN);
    await waitForIdle(page);
    console.log(
      `[language switch] click to relabelled canvas: to Chinese ${toChinese.toFixed(0)} ms, to English ${toEnglish.toFixed(0)} ms`,
    );
    expect(requests.count()).toBe(0);
  });
});
