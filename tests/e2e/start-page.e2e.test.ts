// The start page draws real entities from Neo4j in Cytoscape.
import { statSync } from 'node:fs';
import { screenshot } from './screenshots';
import { expect, test } from './fixtures';
import { drawnNodes, waitForNodes } from './explorer';

test.describe('start page', () => {
  test('draws nodes that exist in the database', async ({ page, db }) => {
    await page.goto('/');
    await waitForNodes(page, 1);
    const drawn = (await drawnNodes(page)).map((n) => n.id);
    expect(drawn.length).toBeGreaterThan(5);

    const rows = await db.read<{ id: string }>({
      cypher: 'MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id',
      params: { ids: drawn },
    });
    expect(rows.map((r) => r.id).sort()).toEqual([...drawn].sort());
    await expect(page.getByTestId('graph-stats')).toHaveText(/\d+ entities/);
    const file = await screenshot(page, 'start-page');
    expect(statSync(file).size).toBeGreaterThan(10_000);
  });
});
