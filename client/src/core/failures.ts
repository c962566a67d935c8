/**
 * Failed or refused requests of the coverage and paths panels, kept in the store so that the panel that waited shows
 * what happened instead of "Loading…". A failure belongs to what was asked (its key); asking again clears it.
 */
import { failedArgument, failureKind, isAbort, type FailureKind } from '../api/errors';
import type { AtlasState, Update } from './store';

export type FailureArea = 'coverage' | 'paths';

export interface TaskFailure {
  /** What was asked: the technology id, or the two ends of the paths. */
  readonly key: string;
  readonly kind: FailureKind;
  /** The argument the server blamed (e.g. `from`), when it named one. */
  readonly argument: string | null;
}

export type TaskFailures = Readonly<Partial<Record<FailureArea, TaskFailure>>>;

export function failed(area: FailureArea, key: string, error: unknown): Update {
  const failure: TaskFailure = { key, kind: failureKind(error), argument: failedArgument(error) };
  return (state) => ({ failures: { ...state.failures, [area]: failure } });
}

export function cleared(area: FailureArea): Update {
  return (state) => (state.failures[area] ? { failures: { ...state.failures, [area]: undefined } } : {});
}

/** The failure of `area` for what is asked now (`key`), if the last request for it failed. */
export function failureOf(state: AtlasState, area: FailureArea, key: string | null): TaskFailure | null {
  const failure = state.failures[area];
  return failure && key !== null && failure.key === key ? failure : null;
}

/**
 * Runs `task`, recording its failure under `area` and `key` (then throwing on, so the runner shows the banner), or
 * clearing the area's last failure when it succeeds. An aborted task records nothing.
 */
export async function recording<T>(
  setState: (update: Update) => void,
  area: FailureArea,
  key: string,
  task: () => Promise<T>,
): Promise<T> {
  try {
    const result = await task();
    setState(cleared(area));
    return result;
  } catch (error) {
    if (!isAbort(error)) setState(failed(area, key, error));
    throw error;
  }
}

export function pathsKey(from: string, to: string): string {
  return `${from}\n${to}`;
}
