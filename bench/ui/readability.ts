/**
 * npm run bench:readability — how readable the explorer's default pictures are. Starts the real app on a
 * throwaway database loaded with the seed (tests/setup/stack.ts, as the browser tests do), opens the start page, a
 * coverage trace, a path result and a 30-neighbour expansion (tests/e2e/views.ts) at 1440×900 and 1024×768 in
 * both languages in Chromium, and counts, from Cytoscape's bounding boxes read through the canvas probe, the node
 * labels that lie over another label or another node. It also times picking a search result until the canvas has
 * settled, and the language switch until the canvas has settled with the other language's labels.
 *
 * `--label NAME` stores the run as bench/ui/readability-NAME.json (default "after"); the report
 * bench/ui/READABILITY.md puts the stored "before" run beside it.
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
    '| View | Size | Lang | Nodes | Label/label | Label/node | Nodes involved | Labels hidden (zoom) | Outside view | Pick → settled | Language switch |',
    '| ---- | ---- | ---- | ----: | ----------: | ---------: | -------------: | -------------------: | -----------: | -------------: | --------------: |',
    ...after.map((r) => {
      const b = old.get(key(r));
      return `| ${r.view} | ${r.size} | ${r.lang} | ${r.nodes} | ${pair(b?.labelLabel, r.labelLabel)} | ${pair(b?.labelNode, r.labelNode)} | ${pair(b?.nodesInvolved, r.nodesInvolved)} | ${pair(b?.hiddenLabels, r.hiddenLabels)} (${r.zoom.toFixed(2)}) | ${pair(b?.outside, r.outside)} | ${ms(r.pickMs)} | ${ms(r.switchMs)} |`;
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

async function main(): Promise<void> {
  const label = argument('label') ?? 'after';
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
  const before = label === 'before' ? null : load('before');
  const body = table(rows, before);
  const report = `# Readability of the explorer's default pictures

\`npm run bench:readability\` — the real app on a throwaway database with the seed, in headless Chromium. For each
view, size and language: the node labels drawn over another node's label (label/label) or body (label/node), read from
Cytoscape's bounding boxes through the canvas probe (\`client/src/graph/overlap.ts\`); the nodes taking part; the labels
not drawn at the fitted zoom (level of detail: they appear as you zoom in) with that zoom; the nodes whose body or
label lies partly outside the canvas; the time from picking a search result to a settled canvas (coverage and
expansion views); and the time from clicking the language switch to a settled canvas with the other language's labels
(start page). ${before ? '"a → b" is the stored run before the layout change → this run.' : ''}

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
