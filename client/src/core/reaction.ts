/**
 * Runs an effect when a value derived from the store changes, as a React effect runs when its dependencies do: the
 * effect's cleanup (e.g. aborting its request) runs before the next one and when the reaction stops.
 */
import type { AtlasState, AtlasStore } from './store';

export type Cleanup = () => void;

export function reaction<T>(
  store: AtlasStore,
  select: (state: AtlasState) => T,
  effect: (value: T, state: AtlasState) => Cleanup | undefined,
  equals: (a: T, b: T) => boolean = Object.is,
): Cleanup {
  let value = select(store.getState());
  let cleanup = effect(value, store.getState());
  // Reads the store rather than the listener's argument: an effect that sets state notifies listeners from inside
  // a notification, after which the outer notification goes on with what is by then an older state.
  const unsubscribe = store.subscribe(() => {
    const state = store.getState();
    const next = select(state);
    if (equals(next, value)) return;
    value = next;
    cleanup?.();
    cleanup = effect(next, state);
  });
  return () => {
    unsubscribe();
    cleanup?.();
  };
}

/** A request that a reaction starts, aborted by the reaction's cleanup. */
export function abortable(start: (signal: AbortSignal) => void): Cleanup {
  const controller = new AbortController();
  start(controller.signal);
  return () => {
    controller.abort();
  };
}

/** Equal when both lists hold the same values, compared with Object.is: for selecting several parts of the state. */
export function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
}
