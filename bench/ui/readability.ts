/**
 * npm run bench:readability — how readable the explorer's default pictures are. Starts the real app on a
 * throwaway database loaded with the seed (tests/setup/stack.ts, as the browser tests do), opens the start page, a
 * coverage trace, a path result and a 30-neighbour expansion (tests/e2e/views.ts) at 1440×900 and 1024×768 in
 * both languages in Chromium, and counts, from Cytoscape's bounding boxes read through the canvas probe, the node
 * labels that lie over another label or another node. It also times picking a search result until the canvas has
 * settled, and the language switch until the canvas has settled with the other language's labels.
 *
 * `--label NAME` stores the run as bench/ui/readability-NAME.json (default "after"); the report
 * bench/ui/READABILITY.md puts the stored "before" run beside it. `--report-only` writes the report again from the
 * stored run without measuring (after a change of the report's wording).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { format, resolveConfig } from 'prettier';
import { startTestStack } from '../../tests/setup/stack';
import { openView, readability, settled, SIZES, switchLanguage, VIEWS, type Lang } from '../../tests/e2e/views';

const here = path.dirname(fileURLToPath(import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const LANGS: readonly Lang[] = ['en', 'zh'];
/** READABILITY_VIEW=start measures one view only (a quick look while tuning; the report is written all the same). */
const ONLY = process.env.READABILITY_VIEW;
/** The node labels' font size at zoom 1 (client/src/graph/style.ts), for the on-screen size in the report. */
const LABEL_FONT_PX = 11;

interface Row {
  readonly view: string;
  readonly size: string;
  readonly lang: Lang;
  readonly nodes: number;
  readonly labelLabel: number;
  readonly labelNode: number;
  readonly nodesInvolved: number;
  readonly hiddenLabels: number;
  readonly outside: number;
  readonly zoom: number;
  readonly pickMs: number | null;
  readonly switchMs: number | null;
}

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const stored = (label: string) => path.join(here, `readability-${label}.json`);

function load(label: string): Row[] | null {
  const file = stored(label);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Row[]) : null;
}

const ms = (n: number | null) => (n === null ? '–' : `${Math.round(n)} ms`);
const key = (r: Row) => `${r.view} ${r.size} ${r.lang}`;

function table(after: readonly Row[], before: readonly Row[] | null): string {
  const old = new Map((before ?? []).map((r) => [key(r), r]));
  const pair = (b: number | undefined, a: number) => (b === undefined ? String(a) : `${b} → ${a}`);
  return [
    '| View | Size | Lang | Nodes | Label/label | Label/node | Nodes involved | Labels hidden (zoom, label size) | Outside view | Pick → settled | Language switch |',
    '| ---- | ---- | ---- | ----: | ----------: | ---------: | -------------: | -------------------------------: | -----------: | -------------: | --------------: |',
    ...after.map((r) => {
      const b = old.get(key(r));
      return `| ${r.view} | ${r.size} | ${r.lang} | ${r.nodes} | ${pair(b?.labelLabel, r.labelLabel)} | ${pair(b?.labelNode, r.labelNode)} | ${pair(b?.nodesInvolved, r.nodesInvolved)} | ${pair(b?.hiddenLabels, r.hiddenLabels)} (${r.zoom.toFixed(2)}, ${(LABEL_FONT_PX * r.zoom).toFixed(1)} px) | ${pair(b?.outside, r.outside)} | ${ms(r.pickMs)} | ${ms(r.switchMs)} |`;
    }),
  ].join('\n');
}

async function measure(appUrl: string): Promise<Row[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox'] });
  const rows: Row[] = [];
  try {
    for (const lang of LANGS) {
      for (const size of SIZES) {
        for (const view of VIEWS.filter((v) => ONLY === undefined || ONLY === v)) {
          const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
          page.on('pageerror', (error) => {
            console.error(`page error: ${error.message}`);
          });
          await page.goto(`${appUrl}/?lang=${lang}`);
          const { pickMs } = await openView(page, view).catch(async (error: unknown) => {
            await page.screenshot({ path: path.resolve('test-results', `readability-bench-failed-${view}.png`) });
            throw error;
          });
          const r = await readability(page);
          // The language switch is timed on the start page, whose 60 names all change.
          let switchMs: number | null = null;
          if (view === 'start') {
            switchMs = await switchLanguage(page);
            await settled(page, 5);
          }
          const row: Row = {
            view,
            size: size.name,
            lang,
            nodes: r.nodes,
            labelLabel: r.labelLabel,
            labelNode: r.labelNode,
            nodesInvolved: r.nodesInvolved,
            hiddenLabels: r.hiddenLabels,
            outside: r.outside.length,
            zoom: r.zoom,
            pickMs,
            switchMs,
          };
          rows.push(row);
          console.log(
            `${view.padEnd(9)} ${size.name} ${lang}: ${row.nodes} nodes, ${row.labelLabel} label/label, ${row.labelNode} label/node (${row.nodesInvolved} nodes), ${row.hiddenLabels} labels hidden at zoom ${row.zoom.toFixed(2)}, ${row.outside} outside, pick ${ms(pickMs)}, switch ${ms(switchMs)}`,
          );
          await page.close();
        }
      }
    }
  } finally {
    await browser.close();
  }
  return rows;
}

async function measureAndStore(label: string): Promise<Row[]> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  console.log('Starting a throwaway database and the app…');
  // What is measured is the picture, not the database: on a busy machine its answers may take longer than the
  // app's default deadlines.
  const stack = await startTestStack({
    app: true,
    appEnv: { QUERY_TIMEOUT_MS: '60000', REQUEST_TIMEOUT_MS: '60000' },
  });
  let rows: Row[];
  try {
    rows = await measure(stack.appUrl);
  } finally {
    await stack.stop();
  }
  writeFileSync(stored(label), `${JSON.stringify(rows, null, 2)}\n`);
  return rows;
}

async function main(): Promise<void> {
  const label = argument('label') ?? 'after';
  const rows = process.argv.includes('--report-only') ? load(label) : await measureAndStore(label);
  if (!rows) throw new Error(`No stored run ${stored(label)} to report on.`);
  const before = label === 'before' ? null : load('before');
  const body = table(rows, before);
  const report = `# Readability of the explorer's default pictures

\`npm run bench:readability\` — the real app on a throwaway database with the seed, in headless Chromium. For each
view, size and language: the node labels drawn over another node's label (label/label) or body (label/node), read from
Cytoscape's bounding boxes through the canvas probe (\`client/src/graph/overlap.ts\`); the nodes taking part; the labels
Cytoscape does not draw at the fitted zoom (level of detail: they appear as you zoom in), with that zoom and the
on-screen size of the ${LABEL_FONT_PX} px labels; the nodes whose body or label lies partly outside the canvas; the time
from picking a search result to a settled canvas (coverage and expansion views); and the time from clicking the
language switch to a settled canvas with the other language's labels
(start page). ${before ? '"a → b" is the stored run before the layout change → this run.' : ''}

Cytoscape decides whether to draw a label at the zoom rounded up to a power of two (\`labelDrawnAt\` in
\`client/src/graph/lod.ts\`): on a plain screen every label is drawn above a zoom of 0.5, only the hubs' from 0.25 to
0.5. The previous version of this report
counted a label as hidden below a zoom of 0.64 and gave the start page 51 of 60 labels hidden at both sizes (zoom
0.54 at 1440×900, 0.49 at 1024×768); by Cytoscape's rule the labels at 1440×900 were drawn, at about 6 px, and at
1024×768 51 were hidden.

${body}
`;
  const file = path.join(here, 'READABILITY.md');
  writeFileSync(file, await format(report, { ...(await resolveConfig(file)), parser: 'markdown' }));
  console.log(`\n${body}\n\nWritten to bench/ui/READABILITY.md and ${path.relative(process.cwd(), stored(label))}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
