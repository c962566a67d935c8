/**
 * npm run bench:ui — how fast the explorer's canvas lays out and draws large graphs, in headless Chromium.
 * Builds the benchmark page (client/bench.html, which mounts the real GraphCanvas with synthetic graphs),
 * serves it, and for 500, 2,000 and 5,000 elements measures, as the median of a few runs:
 *   - total: from handing the elements to the canvas to the first frame after the layout,
 *   - layout: the force-directed layout alone (the work a Web Worker takes off the page for large views),
 *   - the longest main-thread task (Long Tasks API) while the elements are added, while the worker lays them out,
 *     and while they are placed and first drawn (User Timing marks of runLayout.ts tell these apart),
 *   - frame: the mean, 95th-percentile and longest frame time while the mouse pans (drag) and zooms (wheel) the
 *     view (responsiveness; 16.7 ms = 60 fps),
 * with Cytoscape's canvas renderer and, where the browser offers WebGL 2, its WebGL renderer.
 * Prints a table and writes it to bench/ui/RESULTS.md.
 */
import { createReadStream, existsSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { chromium, type Browser, type Page } from 'playwright-core';
import { format, resolveConfig } from 'prettier';
import { build } from 'vite';
import type { BenchResult } from '../../client/src/bench/main';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const clientDir = path.join(root, 'client');
const outDir = path.join(root, 'dist', 'bench');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SIZES = (process.env.BENCH_SIZES ?? '500,2000,5000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

async function buildPage(): Promise<void> {
  await build({
    root: clientDir,
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    build: {
      outDir,
      emptyOutDir: true,
      chunkSizeWarningLimit: 4096,
      rolldownOptions: { input: { bench: path.join(clientDir, 'bench.html') } },
    },
  });
}

function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const file = path.join(dir, url.pathname === '/' ? 'bench.html' : decodeURIComponent(url.pathname));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve(server);
    });
  });
}

interface Frames {
  readonly meanMs: number;
  readonly p95Ms: number;
  readonly maxMs: number;
}

/**
 * Pans by dragging from the background and zooms with the wheel, as a reader would, while the page records frame
 * times, a second after the view was drawn. The drag starts beside the picture: one that starts on a node does not
 * pan.
 */
async function interact(page: Page): Promise<Frames> {
  // A settled view, as a reader finds it: the garbage of the run just measured (a whole canvas replaced, the layout
  // timed again on the page) is collected before the reader's first move, not during it.
  await page.waitForTimeout(1000);
  const start = (await page.evaluate(() => window.__bench?.backgroundPoint())) ?? { x: 10, y: 10 };
  // Towards the middle of the page, so the pointer stays over the canvas.
  const dx = start.x < 640 ? 8 : -8;
  const dy = start.y < 400 ? 4 : -4;
  await page.evaluate(() => {
    window.__bench?.startFrames();
  });
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let i = 0; i < 20; i++) await page.mouse.move(start.x + i * dx, start.y + i * dy);
  await page.mouse.up();
  for (let i = 0; i < 10; i++) {
    await page.mouse.wheel(0, i % 2 === 0 ? -120 : 100);
    await page.waitForTimeout(16);
  }
  await page.waitForTimeout(100);
  const frames = await page.evaluate(() => window.__bench?.stopFrames());
  return frames ?? { meanMs: Number.NaN, p95Ms: Number.NaN, maxMs: Number.NaN };
}

/**
 * How this browser draws 2D canvases, from its own chrome://gpu page ("Canvas: Software only, …" or "Canvas: Hardware
 * accelerated"), so the table says which path it measured.
 */
async function canvasStatus(browser: Browser): Promise<string> {
  const tab = await browser.newPage();
  try {
    await tab.goto('chrome://gpu');
    const line = await tab
      .waitForFunction(() => {
        const host = document.querySelector('info-view');
        const text = host?.shadowRoot?.textContent ?? '';
        return /Canvas:[^*]*?(?=\*|Direct Rendering)/.exec(text)?.[0].trim() ?? false;
      })
      .then((handle) => handle.jsonValue());
    return typeof line === 'string' ? line : 'an unknown canvas status';
  } catch {
    return 'an unknown canvas status (chrome://gpu could not be read)';
  } finally {
    await tab.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const ms = (n: number) => `${Math.round(n).toLocaleString('en-US')} ms`;
const tasks = (r: { taskAdding: number; taskWhileWorker: number | null; taskPlacing: number }) =>
  `${ms(r.taskAdding)} / ${r.taskWhileWorker === null ? 'on the page' : ms(r.taskWhileWorker)} / ${ms(r.taskPlacing)}`;
const frameCell = (r: { frame: number; p95: number; maxFrame: number }) =>
  `${r.frame.toFixed(1)} / ${r.p95.toFixed(1)} / ${Math.round(r.maxFrame)} ms`;

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  console.log('Building the benchmark page…');
  await buildPage();
  const server = await serve(outDir);
  const { port } = server.address() as AddressInfo;
  // Each renderer runs in its own browser. The canvas renderer gets Chromium as it starts without a GPU: 2D canvases
  // drawn by Skia on the CPU (software rendering). The WebGL renderer needs SwiftShader, a GPU emulated on the CPU;
  // with it, Chromium also moves 2D canvases onto that emulated GPU, where every texture Cytoscape draws from is
  // copied through it, so a frame of the canvas renderer cost 200–300 ms there instead of 17 ms. No reader has that
  // set-up: a machine has a GPU, or draws 2D canvases on the CPU.
  const launch = (webgl: boolean) =>
    chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--no-first-run',
        ...(webgl ? ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'] : []),
      ],
    });
  let canvasStatusLine = 'not read';
  const rows: {
    elements: number;
    renderer: string;
    total: number;
    layout: number;
    taskAdding: number;
    taskWhileWorker: number | null;
    taskPlacing: number;
    frame: number;
    p95: number;
    maxFrame: number;
  }[] = [];
  try {
    for (const useWebgl of [false, true]) {
      const browser = await launch(useWebgl);
      try {
        const open = async (): Promise<Page> => {
          const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
          page.on('pageerror', (error) => {
            console.error(`page error: ${error.message}`);
          });
          await page.goto(`http://127.0.0.1:${port}/`);
          await page.waitForFunction(() => window.__bench?.ready() === true);
          return page;
        };
        const page = await open();
        const status = await canvasStatus(browser);
        if (!useWebgl) canvasStatusLine = status;
        console.log(`${useWebgl ? 'WebGL renderer' : 'Canvas renderer'}: Chromium reports ${status}`);
        if (useWebgl && !(await page.evaluate(() => document.createElement('canvas').getContext('webgl2') !== null))) {
          console.log('WebGL 2 is not available in this browser: measuring the canvas renderer only.');
          break;
        }
        for (const size of SIZES) {
          const results: BenchResult[] = [];
          const frames: Frames[] = [];
          // One warm-up run, not counted.
          await page.evaluate(([n, w]) => window.__bench?.run(n, w), [size, useWebgl] as const);
          for (let i = 0; i < RUNS; i++) {
            const result = await page.evaluate(([n, w]) => window.__bench?.run(n, w), [size, useWebgl] as const);
            if (result) results.push(result);
            frames.push(await interact(page));
          }
          const row = {
            elements: size,
            renderer: useWebgl ? 'webgl' : 'canvas',
            total: median(results.map((r) => r.totalMs)),
            layout: median(results.map((r) => r.layoutMs)),
            taskAdding: median(results.map((r) => r.longestTaskAddingMs)),
            taskWhileWorker: results.some((r) => r.longestTaskWhileWorkerMs === null)
              ? null
              : median(results.map((r) => r.longestTaskWhileWorkerMs ?? 0)),
            taskPlacing: median(results.map((r) => r.longestTaskPlacingMs)),
            frame: median(frames.map((f) => f.meanMs)),
            p95: median(frames.map((f) => f.p95Ms)),
            maxFrame: median(frames.map((f) => f.maxMs)),
          };
          rows.push(row);
          console.log(
            `${String(size).padStart(5)} elements, ${row.renderer.padEnd(6)}: total ${ms(row.total)}, layout ${ms(row.layout)}, longest task ${tasks(row)}, frame ${frameCell(row)}`,
          );
        }
        await page.close();
      } finally {
        await browser.close();
      }
    }
    rows.sort((a, b) => a.elements - b.elements || a.renderer.localeCompare(b.renderer));
  } finally {
    server.close();
  }

  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const table = [
    '| Elements | Renderer | Layout + first frame | Layout alone | Longest main-thread task: adding / while the worker lays out / placing and first frame | Frame while panning/zooming: mean / p95 / longest |',
    '| -------: | -------- | -------------------: | -----------: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.elements.toLocaleString('en-US')} | ${r.renderer} | ${ms(r.total)} | ${ms(r.layout)} | ${tasks(r)} | ${frameCell(r)} |`,
    ),
  ].join('\n');
  const report = `# Explorer canvas benchmark

\`npm run bench:ui\` — headless Chromium (${path.basename(CHROMIUM)}), ${os.cpus().length} × ${cpu}, median of ${RUNS} runs after a
warm-up. Synthetic graphs of about 40% nodes and 60% edges drawn by the real \`GraphCanvas\` with the app's styles and
layout rules (fcose; from 500 nodes its fast spectral pass alone, computed in a Web Worker and spread out so that each
node has room; no animation above 1,000 elements; labels hidden when zoomed out; large views drawn from a texture
while moving, without hover marks). "Layout alone" is that computation timed on the page. The longest main-thread
tasks come from the Long Tasks API (0 when no task took 50 ms): in the commit that adds and styles the elements and
hands the layout over; while the worker computes it, from the job posted to its answer ("on the page" where the
layout is small enough to run there, inside the first column's task); and from the answer to the first frame after
it, placing and drawing them. The canvas draws nothing while the worker computes (runLayout.ts \`holdDrawing\`).
"Frame" is the time between frames while the mouse drags the view from its background and wheels it, a second after
it was drawn: 16.7 ms is 60 frames a second. The canvas rows run in Chromium as it starts without a GPU, which draws
2D canvases on the CPU (chrome://gpu: ${canvasStatusLine}).
The WebGL rows use a software WebGL (SwiftShader), so they show the renderer works rather than its speed on a GPU;
with SwiftShader, Chromium also draws 2D canvases on that emulated GPU, so the canvas renderer is not measured there.

${table}
`;
  const file = path.join(here, 'RESULTS.md');
  // Written as Prettier would, so that the repository's format check stays green.
  writeFileSync(file, await format(report, { ...(await resolveConfig(file)), parser: 'markdown' }));
  console.log(`\n${table}\n\nWritten to bench/ui/RESULTS.md`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
