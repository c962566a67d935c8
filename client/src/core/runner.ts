/**
 * How effects run their requests. The page installs the API layer's runner, which shows progress and offers a retry
 * after a failure; without one (in tests), a task runs as is and a failure resolves to undefined.
 */
import type { ApiRunner, Task } from '../api/ApiRunner';

export type Run = ApiRunner['run'];

const plain: Run = async (task, signal) => {
  try {
    return await task(signal ?? new AbortController().signal);
  } catch {
    return undefined;
  }
};

let current: Run = plain;

/** Installs a runner until the returned function is called. */
export function installRunner(run: Run): () => void {
  current = run;
  return () => {
    if (current === run) current = plain;
  };
}

export function run<T>(task: Task<T>, signal?: AbortSignal): Promise<T | undefined> {
  return current(task, signal);
}
