/**
 * The canvas's idle signal. The canvas is idle when the elements it draws match its props and no layout or view
 * animation runs. It shows this as `data-idle="true"|"false"` on the canvas element and fires `graphidle` there
 * each time it becomes idle; the handle's `idle()` promise resolves then. End-to-end tests wait on the attribute
 * (an auto-waiting locator) instead of sleeping.
 */

/** Fired on the canvas element (`[data-testid="graph-canvas"]`) whenever the canvas becomes idle. */
export const IDLE_EVENT = 'graphidle';

/** What keeps the canvas busy: new props not yet drawn, a running layout, a running view animation. */
export type BusyReason = 'elements' | 'layout' | 'animation';

/** Counts what is running and tells its watcher when the canvas turns busy or idle. */
export class IdleTracker {
  readonly #running = new Map<BusyReason, number>();
  #waiters: (() => void)[] = [];
  readonly #generation = new Map<BusyReason, number>();
  #watcher: ((idle: boolean) => void) | null = null;

  /** Reports the current state at once and every change after; returns the function that stops it. */
  watch(watcher: (idle: boolean) => void): () => void {
    this.#watcher = watcher;
    watcher(this.idle);
    return () => {
      if (this.#watcher === watcher) this.#watcher = null;
    };
  }

  #onChange(idle: boolean): void {
    this.#watcher?.(idle);
  }

  get idle(): boolean {
    return this.#running.size === 0;
  }

  /** Marks one piece of work as started; the returned function marks it done (calling it again does nothing). */
  begin(reason: BusyReason): () => void {
    const wasIdle = this.idle;
    this.#running.set(reason, (this.#running.get(reason) ?? 0) + 1);
    if (wasIdle) this.#onChange(false);
    const generation = this.#generation.get(reason) ?? 0;
    let done = false;
    return () => {
      if (done || generation !== (this.#generation.get(reason) ?? 0)) return;
      done = true;
      this.#end(reason);
    };
  }

  /** Resolves at once when idle, otherwise the next time the canvas becomes idle. */
  whenIdle(): Promise<void> {
    if (this.idle) return Promise.resolve();
    return new Promise((resolve) => {
      this.#waiters.push(resolve);
    });
  }

  /**
   * Forgets the running work of one kind (it belonged to a Cytoscape instance that is gone and will never report
   * back); `done` of that earlier work is then a no-op.
   */
  forget(reason: BusyReason): void {
    this.#generation.set(reason, (this.#generation.get(reason) ?? 0) + 1);
    if (!this.#running.delete(reason)) return;
    if (this.idle) this.#settle();
  }

  #end(reason: BusyReason): void {
    const left = (this.#running.get(reason) ?? 1) - 1;
    if (left > 0) this.#running.set(reason, left);
    else this.#running.delete(reason);
    if (this.idle) this.#settle();
  }

  #settle(): void {
    this.#onChange(true);
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const resolve of waiters) resolve();
  }
}

/** Writes the signal onto the canvas element and fires the event when it turns idle. */
export function showIdle(element: HTMLElement | null, idle: boolean): void {
  if (!element) return;
  element.dataset.idle = String(idle);
  if (idle) element.dispatchEvent(new Event(IDLE_EVENT));
}
