/**
 * Carries a layout job to a Web Worker and its answer back. One worker per job, ended when the job is answered or
 * stopped (a newer layout replaces it), so a stale answer is never applied. Where the browser has no workers, or the
 * worker fails, the same job runs on the main thread (layoutCompute.ts): slower, but the picture is the same.
 */
import type { Position } from 'cytoscape';
import { readAnswer, type LayoutJob } from './layoutJob';

export interface WorkerLayout {
  /** The new positions; never settles once `stop` was called. */
  readonly positions: Promise<Readonly<Record<string, Position>>>;
  readonly stop: () => void;
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
      worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      fallback();
      return;
    }
    worker.onmessage = (event: MessageEvent<unknown>) => {
      const answer = readAnswer(event.data, expected);
      worker?.terminate();
      worker = null;
      if (stopped) return;
      if (answer.ok) resolve(answer.positions);
      else fallback();
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
      worker?.terminate();
      worker = null;
    },
  };
}
