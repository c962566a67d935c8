// Readable by default: in the default layout of the start page, a coverage trace, a path result and a
// 30-neighbour expansion, no drawn node label lies over another label or another node, the new result lies
// wholly inside the canvas, and the start page opens with its labels drawn rather than hidden by level of detail. Measured from Cytoscape's bounding boxes through the canvas probe (tests/e2e/views.ts,
// the same measure as npm run bench:readability).
import { drawnNodes } from './explorer';
import { screenshot } from './screenshots';
import { expect, test } from './fixtures';
import { EXPANSION_NEIGHBOURS, entitiesShown, openView, readability, SIZES, type Lang, type ViewName } from './views';

/** English for every view; Chinese too for the start page and the coverage trace. */
/**
 * At most this many of the start page's 60 labels may be hidden at the fitted zoom. The start layout is compacted to
 * a zoom at which Cytoscape draws every label (above 0.5; lod.ts), so none is hidden at either size; a tenth is
 * allowed so that a slightly wider name after a data change does not fail the test, while the old picture, with 51
 * of 60 hidden, fails it by far.
 */
const START_HIDDEN_MAX = 6;

const CASES: readonly { view: ViewName; langs: readonly Lang[] }[] = [
  { view: 'start', langs: ['en', 'zh'] },
  { view: 'coverage', langs: ['en', 'zh'] },
  { view: 'paths', langs: ['en'] },
  { view: 'expansion', langs: ['en'] },
];

test.describe('readable default layout', () => {
  for (const { view, langs } of CASES) {
    for (const lang of langs) {
      for (const size of SIZES) {
        test(`${view} at ${size.name} in ${lang}: no label over another label or node, all in view`, async ({
          open,
        }) => {
          const page = await open(`/?lang=${lang}`, { width: size.width, height: size.height });
          await openView(page, view);
          const measured = await readability(page);
          await screenshot(page, `readability-${view}-${size.name}-${lang}`);

          // Entities drawn, or counted in the "N more" groups an expansion gathers its leaves into.
          expect(await entitiesShown(page)).toBeGreaterThan(view === 'expansion' ? EXPANSION_NEIGHBOURS : 1);
          expect(measured.nodes).toBeGreaterThan(1);
          expect({ labelLabel: measured.labelLabel, labelNode: measured.labelNode }).toEqual({
            labelLabel: 0,
            labelNode: 0,
          });
          // The result fits the view: every node's body and drawn label lies inside the canvas.
          expect(measured.outside).toEqual([]);
          if (view === 'start') expect(measured.hiddenLabels).toBeLessThanOrEqual(START_HIDDEN_MAX);
          await page.close();
        });
      }
    }
  }
});

test('the start page is the same picture on every visit (the layout is seeded)', async ({ open }) => {
  const positions = async () => {
    const page = await open('/?lang=en', { width: 1024, height: 768 });
    await openView(page, 'start');
    const nodes = await drawnNodes(page);
    await page.close();
    return Object.fromEntries(nodes.map((n) => [n.id, [Math.round(n.rendered.x), Math.round(n.rendered.y)]]));
  };
  const first = await positions();
  expect(Object.keys(first).length).toBeGreaterThan(30);
  expect(await positions()).toEqual(first);
});
