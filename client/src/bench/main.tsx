/**
 * The canvas benchmark page (npm run bench:ui): mounts the real GraphCanvas with synthetic graphs and measures,
 * in the browser, the time to lay out and draw them; the benchmark script then pans and zooms with the mouse
 * while the page records frame times.
 */
import type { Core, LayoutOptions } from 'cytoscape';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { toElements } from '../graph/elements';
import { layoutOptions } from '../graph/layout';
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
}

declare global {
  interface Window {
    __bench?: {
      ready: () => boolean;
      run: (elements: number, webgl: boolean) => Promise<BenchResult>;
      startFrames: () => void;
      stopFrames: () => { meanMs: number; p95Ms: number };
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
  const t0 = performance.now();
  controls.cyReady = null;
  controls.setScene?.({ key: runs * 2, elements: defs, webgl });
  await stopped;
  await nextFrame();
  await nextFrame();
  const totalMs = performance.now() - t0;

  // The layout alone, with the options the canvas used, timed synchronously (large layouts are not animated).
  const options = layoutOptions({
    name: 'fcose',
    nodeCount: graph.nodes.length,
    edgeCount: graph.edges.length,
    fixed: [],
    incremental: false,
    fromScratch: true,
  });
  const l0 = performance.now();
  cy.layout({ ...options, animate: false } as LayoutOptions).run();
  const layoutMs = performance.now() - l0;
  await nextFrame();
  return { elements, renderer: webgl ? 'webgl' : 'canvas', totalMs, layoutMs, webglAvailable: webglAvailable() };
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

function stopFrames(): { meanMs: number; p95Ms: number } {
  recorder.running = false;
  current?.autoungrabify(false);
  const frames = recorder.frames.slice(1);
  const sorted = [...frames].sort((a, b) => a - b);
  const mean = frames.reduce((a, b) => a + b, 0) / Math.max(1, frames.length);
  return { meanMs: mean, p95Ms: sorted[Math.floor(sorted.length * 0.95)] ?? mean };
}

window.__bench = { ready: () => controls.setScene !== null, run, startFrames, stopFrames };

const root = document.getElementById('root');
if (root) createRoot(root).render(<Bench />);
