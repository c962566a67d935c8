// The minimap of a large view: shown from 70 drawn nodes (not on the 60-node start page), pressing on it moves the
// view there, it can be hidden and shown again, and phones do not get it.
import { expect, test } from './fixtures';
import { DESKTOP, PHONE, drawnNodes, waitForIdle, waitForNodes } from './explorer';
import { screenshot } from './screenshots';

const LARGE = 90;

test.describe('minimap', () => {
  test('appears on a large view, moves the view where it is pressed, and hides on demand', async ({ open, db }) => {
    const start = await open('/?lang=en', DESKTOP);
    await waitForNodes(start, 5);
    await waitForIdle(start);
    await expect(start.getByTestId('minimap')).toHaveCount(0);

    const rows = await db.read<{ id: string }>({
      cypher: 'MATCH (n:Entity) RETURN n.id AS id ORDER BY n.id LIMIT $n',
      params: { n: LARGE },
    });
    expect(rows).toHaveLength(LARGE);
    const page = await open(`/?n=${rows.map((r) => r.id).join(',')}&lang=en`, DESKTOP);
    await waitForNodes(page, LARGE);
    await waitForIdle(page);
    const map = page.getByTestId('minimap-map');
    await expect(map).toBeVisible();
    await expect(map).toHaveAccessibleName(/Minimap/);

    const someNode = (await drawnNodes(page))[0];
    if (!someNode) throw new Error('nothing drawn');
    const box = await map.boundingBox();
    if (!box) throw new Error('the minimap has no box');
    // Press near the map's top left corner: the view moves there, so every node is drawn elsewhere on screen.
    await page.mouse.click(box.x + 8, box.y + 8);
    await expect
      .poll(async () => (await drawnNodes(page)).find((n) => n.id === someNode.id)?.rendered)
      .not.toEqual(someNode.rendered);
    await screenshot(page, 'minimap-en');

    await page.getByRole('button', { name: 'Hide minimap' }).click();
    await expect(map).toHaveCount(0);
    await page.getByRole('button', { name: 'Show minimap' }).click();
    await expect(page.getByTestId('minimap-map')).toBeVisible();

    await page.setViewportSize(PHONE);
    await expect(page.getByTestId('minimap')).toBeHidden();
  });
});
