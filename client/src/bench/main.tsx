/**
 * The canvas benchmark page (npm run bench:ui): mounts the real GraphCanvas with synthetic graphs and measures,
 * in the browser, the time to lay out and draw them; the benchmark script then pans and zooms with the mouse
 * while the page records frame times.
 */
import type { Core } from 'cytoscape';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { toElements } from '../graph/elements';
import { computeLayout } from '../graph/layoutCompute';
import { jobOf, WORKER_LAYOUT_MARKS } from '../graph/runLayout';
import { GraphCanvas, type CanvasLook, type CanvasText } from '../graph/GraphCanvas';
import { syntheticGraph } from './synthetic';
import '../styles.css';

export interface BenchResult {
  readonly elements: number;
  readonly renderer: 'canvas' | 'webgl';
  /** From handing the elements to GraphCanvas to the first frame drawn after the layout. */
  readonly totalMs: number;
  /** The force-directed layout alone, with the options the canvas uses for this size. */
  readonly layoutMs: number;
  readonly webglAvailable: boolean;
  /**
   * The longest main-thread tasks (Long Tasks API, which reports tasks of 50 ms or more; 0 when there was none), by
   * when they started: before the layout was handed to the worker (adding and styling the elements, in the commit
   * that hands them over; with a layout on the page, until it stopped), while the worker computed it (null when the
   * layout ran on the page), and after its answer until the first frame drawn after it (placing and drawing).
   */
  readonly longestTaskAddingMs: number;
  readonly longestTaskWhileWorkerMs: number | null;
  readonly longestTaskPlacingMs: number;
}

declare global {
  interface Window {
    __bench?: {
      ready: () => boolean;
      run: (elements: number, webgl: boolean) => Promise<BenchResult>;
      startFrames: () => void;
      stopFrames: () => { meanMs: number; p95Ms: number; maxMs: number };
      backgroundPoint: () => { x: number; y: number };
    };
  }
}

const nextFrame = () =>
  new Promise<number>((resolve) => {
    requestAnimationFrame((t) => {
      resolve(t);
    });
  });

interface Scene {
  readonly key: number;
  readonly elements: ReturnType<typeof toElements>;
  readonly webgl: boolean;
}

const controls: { setScene: ((scene: Scene) => void) | null; cyReady: ((cy: Core) => void) | null } = {
  setScene: null,
  cyReady: null,
};

const BENCH_LOOK: CanvasLook = { selection: [], highlight: null, edgeLabels: true, boxSelect: false };
const BENCH_TEXT: CanvasText = { label: 'Benchmark graph' };

function Bench() {
  const [scene, set] = useState<Scene>({ key: 0, elements: [], webgl: false });
  useEffect(() => {
    controls.setScene = set;
  }, []);
  return (
    <div style={{ position: 'absolute', inset: 0 }}>
      <GraphCanvas
        key={`${scene.webgl ? 'webgl' : 'canvas'}-${scene.key}`}
        elements={scene.elements}
        layout={{ name: 'fcose', relayoutKey: scene.key }}
        look={BENCH_LOOK}
        webgl={scene.webgl}
        text={BENCH_TEXT}
        onReady={(cy) => {
          controls.cyReady?.(cy);
        }}
      />
    </div>
  );
}

function webglAvailable(): boolean {
  try {
    return document.createElement('canvas').getContext('webgl2') !== null;
  } catch {
    return false;
  }
}

let runs = 0;

async function run(elements: number, webgl: boolean): Promise<BenchResult> {
  const graph = syntheticGraph(elements, 42);
  const defs = toElements(graph.nodes, graph.edges, { lang: 'en' });
  runs += 1;
  const cyPromise = new Promise<Core>((resolve) => {
    controls.cyReady = resolve;
  });
  // Mount a fresh, empty canvas first so that creating Cytoscape is not counted.
  controls.setScene?.({ key: runs * 2, elements: [], webgl });
  const cy = await cyPromise;
  current = cy;
  await nextFrame();
  const stopped = new Promise<void>((resolve) => {
    cy.one('layoutstop', () => {
      resolve();
    });
  });
  const tasks: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => {
    tasks.push(...list.getEntries());
  });
  observer.observe({ type: 'longtask' });
  performance.clearMarks(WORKER_LAYOUT_MARKS.posted);
  performance.clearMarks(WORKER_LAYOUT_MARKS.answered);
  const t0 = performance.now();
  controls.cyReady = null;
  controls.setScene?.({ key: runs * 2, elements: defs, webgl });
  await stopped;
  const layoutStopped = performance.now();
  await nextFrame();
  await nextFrame();
  const totalMs = performance.now() - t0;
  tasks.push(...observer.takeRecords());
  observer.disconnect();
  const mark = (name: string) => performance.getEntriesByName(name, 'mark')[0]?.startTime;
  const posted = mark(WORKER_LAYOUT_MARKS.posted);
  const answered = mark(WORKER_LAYOUT_MARKS.answered);
  const inWorker = posted !== undefined && answered !== undefined;
  const longest = (entries: PerformanceEntry[]) => Math.max(0, ...entries.map((e) => e.duration));
  const end = (e: PerformanceEntry) => e.startTime + e.duration;
  // The marks fall inside tasks: the commit that posts the job started before `posted`, and the task that receives
  // the answer started before `answered` and places it, so a task belongs to the worker's time only if it started
  // after the job was posted and ended before the answer came.
  const adding = tasks.filter((e) => e.startTime >= t0 && e.startTime < (inWorker ? posted : layoutStopped));
  const whileWorker = inWorker ? tasks.filter((e) => e.startTime >= posted && end(e) <= answered) : [];
  const placing = inWorker
    ? tasks.filter((e) => e.startTime >= posted && end(e) > answered)
    : tasks.filter((e) => e.startTime >= layoutStopped);

  // The layout alone, with the options the canvas used, computed as the worker computes it but here on the page and
  // on a copy (the drawn picture is left as the reader sees it): the work the worker takes off the main thread.
  const job = jobOf(cy.elements(), {
    name: 'fcose',
    nodeCount: graph.nodes.length,
    edgeCount: graph.edges.length,
    fixed: [],
    incremental: false,
    fromScratch: true,
  });
  const l0 = performance.now();
  computeLayout(job);
  const layoutMs = performance.now() - l0;
  await nextFrame();
  return {
    elements,
    renderer: webgl ? 'webgl' : 'canvas',
    totalMs,
    layoutMs,
    webglAvailable: webglAvailable(),
    longestTaskAddingMs: longest(adding),
    longestTaskWhileWorkerMs: inWorker ? longest(whileWorker) : null,
    longestTaskPlacingMs: longest(placing),
  };
}

/** Records frame intervals while the benchmark drives the mouse (drag to pan, wheel to zoom) from outside. */
const recorder = { running: false, frames: [] as number[] };

let current: Core | null = null;

function startFrames(): void {
  // Dragging should pan the view, not move whichever node is under the pointer.
  current?.autoungrabify(true);
  recorder.running = true;
  recorder.frames = [];
  let last = performance.now();
  const tick = (now: number) => {
    if (!recorder.running) return;
    recorder.frames.push(now - last);
    last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

function stopFrames(): { meanMs: number; p95Ms: number; maxMs: number } {
  recorder.running = false;
  current?.autoungrabify(false);
  const frames = recorder.frames.slice(1);
  const sorted = [...frames].sort((a, b) => a - b);
  const mean = frames.reduce((a, b) => a + b, 0) / Math.max(1, frames.length);
  return { meanMs: mean, p95Ms: sorted[Math.floor(sorted.length * 0.95)] ?? mean, maxMs: sorted.at(-1) ?? mean };
}

/**
 * A point of the page over the canvas's background, in the widest margin between the picture and the canvas's edge,
 * so that dragging from it pans the view (a drag that starts on a node does not).
 */
function backgroundPoint(): { x: number; y: number } {
  const cy = current;
  const rect = cy?.container()?.getBoundingClientRect();
  if (!cy || !rect) return { x: 10, y: 10 };
  const bb = cy.elements().renderedBoundingBox();
  const [w, h] = [cy.width(), cy.height()];
  const margins = [
    { size: bb.x1, x: bb.x1 / 2, y: h / 2 },
    { size: w - bb.x2, x: (bb.x2 + w) / 2, y: h / 2 },
    { size: bb.y1, x: w / 2, y: bb.y1 / 2 },
    { size: h - bb.y2, x: w / 2, y: (bb.y2 + h) / 2 },
  ].sort((a, b) => b.size - a.size);
  const best = margins[0] ?? { x: 10, y: 10 };
  return { x: rect.left + best.x, y: rect.top + best.y };
}

window.__bench = { ready: () => controls.setScene !== null, run, startFrames, stopFrames, backgroundPoint };

const root = document.getElementById('root');
if (root) createRoot(root).render(<Bench />);
