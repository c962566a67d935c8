/**
 * Carries a layout job to a Web Worker and its answer back. The page keeps one idle worker between jobs, so a layout
 * after the first does not wait for the worker to load Cytoscape again. A job stopped while it runs (a newer layout
 * replaces it) ends its worker, so a stale answer is never applied. Where the browser has no workers, or the worker
 * fails, the same job runs on the main thread (layoutCompute.ts): slower, but the picture is the same.
 */
import type { Position } from 'cytoscape';
import { readAnswer, type LayoutJob } from './layoutJob';

export interface WorkerLayout {
  /** The new positions; never settles once `stop` was called. */
  readonly positions: Promise<Readonly<Record<string, Position>>>;
  readonly stop: () => void;
}

/** A worker that finished its job and waits for the next one. */
let idle: Worker | null = null;

function takeWorker(): Worker {
  const worker = idle ?? new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  idle = null;
  return worker;
}

function giveBack(worker: Worker): void {
  worker.onmessage = null;
  worker.onerror = null;
  if (idle) worker.terminate();
  else idle = worker;
}

async function onMainThread(job: LayoutJob): Promise<Readonly<Record<string, Position>>> {
  const { computeLayout } = await import('./layoutCompute');
  return computeLayout(job);
}

export function layoutOffThread(job: LayoutJob): WorkerLayout {
  let stopped = false;
  let worker: Worker | null = null;
  const expected = job.nodes.map((n) => n.id);
  const positions = new Promise<Readonly<Record<string, Position>>>((resolve, reject) => {
    const fallback = () => {
      worker?.terminate();
      worker = null;
      if (stopped) return;
      onMainThread(job).then((found) => {
        if (!stopped) resolve(found);
      }, reject);
    };
    if (typeof Worker === 'undefined') {
      fallback();
      return;
    }
    try {
      worker = takeWorker();
    } catch {
      fallback();
      return;
    }
    worker.onmessage = (event: MessageEvent<unknown>) => {
      const answer = readAnswer(event.data, expected);
      if (!answer.ok) {
        fallback();
        return;
      }
      if (worker) giveBack(worker);
      worker = null;
      if (!stopped) resolve(answer.positions);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fallback();
    };
    worker.postMessage(job);
  });
  return {
    positions,
    stop: () => {
      stopped = true;
      // A worker still computing cannot be interrupted otherwise.
      worker?.terminate();
      worker = null;
    },
  };
}
