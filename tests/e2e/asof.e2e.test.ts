// Questions asked as of a day: the header's "As of" date moves every answer (coverage, the matrix) to that day, the
// day is kept in the URL across a reload, the coverage panel compares two days, and the timeline strip moves "as of"
// to a change. Dates and instruments are the seed's dated rules (graph-seed/data/entities/instruments.yaml).
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DESKTOP, waitForIdle, waitForNodes } from './explorer';
import { screenshot } from './screenshots';

/** The US rule of 7 October 2022 on advanced computing and semiconductor equipment. */
const RULE_2022 = 'regime:us-advanced-computing-sme-rule-2022';
/** The AI diffusion rule of January 2025, rescinded in May 2025. */
const DIFFUSION = 'regime:us-ai-diffusion-rule-2025';

function coverageItem(page: Page, instrument: string) {
  return page.getByTestId('coverage-panel').locator(`[data-testid="coverage-item"][data-instrument="${instrument}"]`);
}

async function setAsOf(page: Page, day: string): Promise<void> {
  await page.getByTestId('as-of-input').fill(day);
  await expect(page).toHaveURL(new RegExp(`[?&]asOf=${day}(&|$)`));
}

test.describe('as of a day', () => {
  test('moving the date changes the H100’s coverage, and a reload keeps the date', async ({ open }) => {
    const page = await open(`/?cov=tech:nvidia-h100&asOf=2023-01-01&lang=en`, DESKTOP);
    await waitForNodes(page, 1);
    await expect(page.getByTestId('as-of-input')).toHaveValue('2023-01-01');
    await expect(page.getByTestId('coverage-panel').getByTestId('as-of-badge')).toHaveText('As of 2023-01-01');
    await expect(coverageItem(page, RULE_2022)).toHaveCount(1);

    // Before the rule was published, nothing of it covers the H100.
    await setAsOf(page, '2022-09-01');
    await expect(coverageItem(page, RULE_2022)).toHaveCount(0);
    await expect(page.getByTestId('coverage-panel').getByTestId('coverage-item').first()).toBeVisible();
    await waitForIdle(page);
    await screenshot(page, 'asof-coverage-2022-09-01');

    // The link round-trips: a reload opens the same day and the same answer.
    await page.reload();
    await expect(page.getByTestId('as-of-input')).toHaveValue('2022-09-01');
    await expect(page.getByTestId('coverage-panel').getByTestId('coverage-item').first()).toBeVisible();
    await expect(coverageItem(page, RULE_2022)).toHaveCount(0);

    // Compared with 1 January 2023, the 2022 rule is among the instruments added.
    await page.getByTestId('compare-date').fill('2023-01-01');
    const added = page.getByTestId('compare-added');
    await expect(added.locator(`[data-instrument="${RULE_2022}"]`)).toBeVisible();
    await expect(page.getByTestId('compare-result')).toContainText('From 2022-09-01 to 2023-01-01');
    await screenshot(page, 'asof-coverage-compare');

    // Back to today: the date leaves the URL.
    await page.getByTestId('as-of-today').click();
    await expect(page).not.toHaveURL(/asOf=/);
    await expect(page.getByTestId('as-of-today')).toBeDisabled();
  });

  test('model weights are covered by the AI diffusion rule in March 2025, not today', async ({ open }) => {
    const page = await open(`/?cov=tech:model-weights&asOf=2025-03-01&lang=en`, DESKTOP);
    await waitForNodes(page, 1);
    await expect(coverageItem(page, DIFFUSION)).toHaveCount(1);
    await page.getByTestId('as-of-today').click();
    await expect(page).not.toHaveURL(/asOf=/);
    await expect(coverageItem(page, DIFFUSION)).toHaveCount(0);
  });

  test('the matrix follows the date, explains a cell, marks gaps and exports CSV', async ({ open }) => {
    const page = await open(`/?tab=matrix&asOf=2023-01-01&lang=en`, DESKTOP);
    const h100 = page.locator('[data-testid="matrix-row"][data-tech="tech:nvidia-h100"]');
    const ruleCell = h100.locator(`[data-testid="matrix-cell"][data-instrument="${RULE_2022}"]`);
    await expect(ruleCell).toHaveCount(1);
    await expect(page.getByTestId('gaps-panel').getByTestId('gap-item').first()).toBeVisible();
    await expect(page.locator('[data-testid="matrix-row"][data-gap="true"]').first()).toBeVisible();

    // A cell opens the path that explains it, with its citations.
    await ruleCell.click();
    const detail = page.getByTestId('matrix-detail');
    await expect(detail).toBeVisible();
    await expect(detail.locator('.chain')).toBeVisible();
    await expect(detail.locator('.citations li').first()).toBeVisible();
    await screenshot(page, 'asof-matrix-cell');

    // The CSV holds a row per technology and the instruments as columns.
    const downloading = page.waitForEvent('download');
    await page.getByTestId('matrix-csv').click();
    const file = await downloading;
    expect(file.suggestedFilename()).toBe('coverage-matrix-2023-01-01.csv');
    const path = await file.path();
    const csv = readFileSync(path, 'utf8');
    expect(csv.split('\r\n')[0]).toMatch(/^Technology,id,Category,Gap,Strongest basis,/);
    expect(csv).toContain(',tech:nvidia-h100,');

    // Before the rule, its column no longer covers the H100; the reload keeps the tab and the day.
    await setAsOf(page, '2022-09-01');
    await expect(ruleCell).toHaveCount(0);
    await expect(h100).toBeVisible();
    await page.reload();
    await expect(page.getByTestId('as-of-input')).toHaveValue('2022-09-01');
    await expect(h100).toBeVisible();
    await expect(ruleCell).toHaveCount(0);
  });

  test('a change on the timeline moves "as of" to its day', async ({ open }) => {
    const page = await open(`/?n=tech:nvidia-h100,${RULE_2022}&sel=${RULE_2022}&lang=en`, DESKTOP);
    await waitForNodes(page, 2);
    await page.getByTestId('timeline-toggle').click();
    const change = page.getByTestId('timeline-change').first();
    await expect(change).toBeVisible();
    const day = await change.getAttribute('data-date');
    expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await change.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`asOf=${day ?? ''}`));
    await expect(page.getByTestId('as-of-input')).toHaveValue(day ?? '');
    await expect(change).toHaveAttribute('aria-current', 'date');
    await screenshot(page, 'asof-timeline');
  });
});
