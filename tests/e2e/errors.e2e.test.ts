// Errors say what happened and what to do: over-long search text is refused in the box, a bad or stale link names the
// part that is wrong and opens what it can, and no spinner waits forever when a request fails or is refused.
import type { Page, Route } from '@playwright/test';
import { screenshot } from './screenshots';
import { expect, test } from './fixtures';
import { DESKTOP, nodeIds, waitForIdle, waitForNode, waitForNodes, waitForSelected } from './explorer';

/** An answer of each error kind the API gives, as the server sends it. */
const ERRORS = {
  BAD_USER_INPUT: { status: 200, code: 'BAD_USER_INPUT', text: /server refused the request/ },
  NOT_FOUND: { status: 200, code: 'NOT_FOUND', text: /not in the atlas/ },
  RATE_LIMITED: { status: 429, code: 'RATE_LIMITED', text: /Too many requests/ },
  SERVICE_UNAVAILABLE: { status: 503, code: 'SERVICE_UNAVAILABLE', text: /did not answer, even after several tries/ },
} as const;

type Kind = keyof typeof ERRORS | 'NETWORK';

/** Fails every GraphQL request whose operation is `operation` with `kind`; the others go through. */
async function failOperation(page: Page, operation: string, kind: Kind): Promise<void> {
  await page.route('**/graphql', async (route: Route) => {
    const body = route.request().postData() ?? '';
    if (!body.includes(`query ${operation}`)) return route.fallback();
    if (kind === 'NETWORK') return route.abort('connectionrefused');
    const { status, code } = ERRORS[kind];
    return route.fulfill({
      status,
      contentType: 'application/json',
      body: JSON.stringify({ errors: [{ message: 'refused', extensions: { code } }] }),
    });
  });
}

test.describe('errors that say what happened', () => {
  test('refuses over-long search text in the box, with the limit, and sends nothing', async ({ openStartPage }) => {
    const page = await openStartPage('en');
    const searches: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/graphql') && (request.postData() ?? '').includes('query Search')) {
        searches.push(request.postData() ?? '');
      }
    });
    const box = page.getByRole('combobox').first();
    await box.fill('x'.repeat(213));
    await expect(page.getByTestId('search-too-long')).toHaveText(
      'At most 200 characters (213 typed). Shorten the text to search.',
    );
    await expect(page.getByText('Searching…')).toHaveCount(0);
    await expect(page.getByTestId('error-banner')).toHaveCount(0);
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await screenshot(page, 'errors-search-too-long');
    await box.fill('H100');
    await expect(page.getByRole('option').first()).toBeVisible();
    expect(searches.some((s) => s.includes('x'.repeat(201)))).toBe(false);
  });

  for (const kind of ['BAD_USER_INPUT', 'RATE_LIMITED', 'NETWORK'] as const) {
    test(`ends "Searching…" with a message when the search fails (${kind})`, async ({ open }) => {
      const page = await open('/?lang=en');
      await failOperation(page, 'Search', kind);
      await page.getByRole('combobox').first().fill('H100');
      const failure = page.locator('.search-popup').getByTestId('failure-line');
      await expect(failure).toContainText('The search failed.');
      await expect(page.getByText('Searching…')).toHaveCount(0);
    });
  }

  for (const kind of ['NOT_FOUND', 'RATE_LIMITED', 'SERVICE_UNAVAILABLE', 'NETWORK'] as const) {
    test(`ends the coverage "Loading…" with a message (${kind})`, async ({ page }) => {
      // The route is in place before the page asks, so the first coverage request already fails.
      await page.setViewportSize(DESKTOP);
      await failOperation(page, 'Coverage', kind);
      await page.goto('/?lang=en&n=tech:nvidia-h100&cov=tech:nvidia-h100');
      const panel = page.getByTestId('coverage-panel');
      const failure = panel.getByTestId('failure-line');
      await expect(failure).toContainText('The coverage could not be loaded.');
      if (kind !== 'NETWORK') await expect(failure).toContainText(ERRORS[kind].text);
      await expect(panel.getByText('Loading…')).toHaveCount(0);
      if (kind === 'SERVICE_UNAVAILABLE') await screenshot(page, 'errors-coverage-down');
      // Asking again once the server answers again brings the coverage.
      await page.unroute('**/graphql');
      if (kind !== 'NOT_FOUND') {
        await failure.getByRole('button', { name: 'Retry' }).click();
        await expect(
          panel.getByTestId('coverage-covered').or(panel.getByTestId('coverage-finding')).first(),
        ).toBeVisible();
        await expect(failure).toHaveCount(0);
      }
    });
  }

  for (const kind of ['BAD_USER_INPUT', 'SERVICE_UNAVAILABLE'] as const) {
    test(`ends the paths "Loading…" and the entity details with a message (${kind})`, async ({ open }) => {
      const page = await open('/?lang=en&n=tech:nvidia-h100,regime:wassenaar', DESKTOP);
      await waitForNodes(page, 2);
      await failOperation(page, 'Paths', kind);
      await failOperation(page, 'EntityDetail', kind);
      await page.goto(
        '/?lang=en&n=tech:nvidia-h100,regime:wassenaar&sel=tech:nvidia-h100&tab=paths&pf=tech:nvidia-h100&pt=regime:wassenaar',
      );
      const paths = page.getByTestId('paths-panel');
      await expect(paths.getByTestId('failure-line')).toContainText('The paths could not be found.');
      await expect(paths.getByText('Loading…')).toHaveCount(0);
      const detail = page.getByTestId('detail-node');
      await expect(detail.getByTestId('failure-line')).toContainText('The details could not be loaded.');
      await expect(detail.getByText('Loading…')).toHaveCount(0);
    });
  }

  test('a link with unknown ids names them, opens the rest, and does not blame the legend', async ({ open }) => {
    const page = await open('/?lang=en&n=tech:nvidia-h100,tech:no-such-chip&sel=tech:nvidia-h100', DESKTOP);
    await waitForSelected(page, 'tech:nvidia-h100');
    const problems = page.getByTestId('link-problems');
    await expect(problems.getByTestId('link-missing')).toContainText('tech:no-such-chip');
    await waitForIdle(page);
    await screenshot(page, 'errors-link-unknown-ids');

    const gone = await open('/?lang=en&n=tech:gone-1,tech:gone-2', DESKTOP);
    await expect(gone.getByTestId('canvas-empty')).toContainText('None of the link’s entities is in the atlas');
    await expect(gone.getByTestId('canvas-empty')).toContainText('tech:gone-1, tech:gone-2');
    await expect(gone.getByTestId('canvas-empty')).not.toContainText('legend');
  });

  test('a coverage link naming a non-technology says so and opens the entity instead', async ({ open }) => {
    const page = await open('/?lang=en&n=regime:wassenaar&cov=regime:wassenaar', DESKTOP);
    await expect(page.getByTestId('link-problems')).toContainText('which is not a technology');
    await waitForSelected(page, 'regime:wassenaar');
    await expect(page.getByTestId('detail-node')).toBeVisible();
    await expect(page.getByText('Loading…')).toHaveCount(0);
    await expect(page.getByTestId('error-banner')).toHaveCount(0);
    expect(new URL(page.url()).searchParams.get('cov')).toBeNull();
    await waitForIdle(page);
    await screenshot(page, 'errors-link-not-technology');
  });

  test('a paths link without its nodes draws the ends of the paths it lists; an unknown end is named', async ({
    open,
  }) => {
    const page = await open('/?lang=en&n=org:nvidia&tab=paths&pf=regime:wassenaar&pt=tech:nvidia-h100', DESKTOP);
    const panel = page.getByTestId('paths-panel');
    await expect(panel.getByTestId('path-item').first()).toBeVisible();
    await waitForNode(page, 'regime:wassenaar');
    await waitForNode(page, 'tech:nvidia-h100');
    await expect(page.getByTestId('link-problems')).toContainText('its view did not hold');

    const unknown = await open(
      '/?lang=en&n=regime:wassenaar&tab=paths&pf=regime:wassenaar&pt=tech:no-such-chip',
      DESKTOP,
    );
    const failure = unknown.getByTestId('paths-panel').getByTestId('failure-line');
    await expect(failure).toContainText('The end of the path “tech:no-such-chip” is not in the atlas');
    await expect(unknown.getByTestId('paths-panel').getByText('Loading…')).toHaveCount(0);
    expect(await nodeIds(unknown)).not.toContain('tech:no-such-chip');
  });

  test('malformed layout, language and version are named, and the view opens with defaults', async ({ open }) => {
    const page = await open('/?n=regime:wassenaar&layout=spiral&lang=xx&v=zz!&hide=NOPE', DESKTOP);
    const problems = page.getByTestId('link-problems');
    await expect(problems.locator('[data-part="layout"]')).toContainText('“spiral”');
    await expect(problems.locator('[data-part="lang"]')).toContainText('“xx”');
    await expect(problems.locator('[data-part="version"]')).toContainText('“zz!”');
    await expect(problems.locator('[data-part="hide"]')).toContainText('NOPE');
    await waitForNode(page, 'regime:wassenaar');
    await screenshot(page, 'errors-link-malformed');
    await problems.getByRole('button', { name: 'Dismiss' }).click();
    await expect(problems).toHaveCount(0);
  });

  test('the greyed Coverage tab says why', async ({ openStartPage }) => {
    const page = await openStartPage('en');
    const tab = page.getByTestId('tab-coverage');
    await expect(tab).toBeDisabled();
    await expect(tab).toHaveAttribute('title', 'Pick a technology to trace its coverage');
    await expect(tab).toHaveAccessibleDescription('Pick a technology to trace its coverage');
  });
});
