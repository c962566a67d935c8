/**
 * After a search result is picked, the keyboard goes to what one most likely does next with it: Trace coverage for
 * a technology, Expand all for anything else (else the first of its actions). The detail panel draws these only
 * once the entity is known and its relations loaded, so this waits for them, and gives up as soon as the user has
 * put the focus somewhere else.
 */

/** How long the preferred action is waited for before the first action of the panel is taken instead. */
const PREFERRED_WAIT_MS = 4000;
/** How long anything is waited for at all. */
const GIVE_UP_MS = 10000;

/** The selectors of the main action for an entity of this kind, best first, inside its detail article. */
export function mainActionSelectors(kind: string): readonly string[] {
  const preferred =
    kind === 'TECHNOLOGY' ? '[data-testid="trace-coverage"]' : '[data-testid="expand-all"]:not(:disabled)';
  return [preferred, '.detail-actions button:not(:disabled)'];
}

let cancelPending: (() => void) | null = null;

/** Moves the focus to the main action of entity `id` in the detail panel once it is drawn. */
export function focusMainAction(id: string, kind: string): void {
  cancelPending?.();
  const [preferred, fallback] = mainActionSelectors(kind);
  const startedOn = document.activeElement;
  const started = performance.now();
  const article = () => document.querySelector(`#detail-panel [data-entity="${CSS.escape(id)}"]`);
  const attempt = (): boolean => {
    const focused = document.activeElement;
    // The user went on elsewhere: leave the focus where it is.
    if (focused !== startedOn && focused !== document.body && focused !== null) return true;
    const root = article();
    if (!root) return false;
    const waited = performance.now() - started;
    const target =
      root.querySelector<HTMLElement>(preferred ?? '') ??
      (waited > PREFERRED_WAIT_MS && fallback ? root.querySelector<HTMLElement>(fallback) : null);
    if (!target) return false;
    target.focus();
    return true;
  };
  const observer = new MutationObserver(() => {
    if (attempt()) stop();
  });
  const timers = [
    window.setTimeout(() => {
      if (attempt()) stop();
    }, PREFERRED_WAIT_MS + 50),
    window.setTimeout(() => {
      stop();
    }, GIVE_UP_MS),
  ];
  function stop() {
    observer.disconnect();
    for (const timer of timers) window.clearTimeout(timer);
    cancelPending = null;
  }
  cancelPending = stop;
  if (attempt()) {
    stop();
    return;
  }
  observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
}
