/**
 * On narrow screens (phones, portrait tablets) the canvas takes the full width and the panels share one bottom
 * sheet: either the left column's panel (start page, coverage, paths, outline) or the details of the selection.
 * This decides which one the sheet shows: a new selection shows its details, a newly opened panel shows the panel,
 * and the sheet's tabs switch by hand.
 */
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useAtlas } from '../core/store';

/** The width up to which the panels are a bottom sheet under a full-width canvas (styles/screens.css). */
export const NARROW_QUERY = '(max-width: 900px)';

export type Sheet = 'panel' | 'details';

function subscribeNarrow(onChange: () => void): () => void {
  const query = window.matchMedia(NARROW_QUERY);
  query.addEventListener('change', onChange);
  return () => {
    query.removeEventListener('change', onChange);
  };
}

/** Whether the page is laid out as one full-width canvas with a bottom sheet. */
export function useNarrow(): boolean {
  return useSyncExternalStore(
    subscribeNarrow,
    () => window.matchMedia(NARROW_QUERY).matches,
    () => false,
  );
}

/** The entities a panel key (see useSheet) is about: a coverage panel's technology, the paths panel's ends. */
function panelSubjects(panel: string): string[] {
  if (panel.startsWith('coverage:')) return [panel.slice('coverage:'.length)];
  if (panel.startsWith('paths:')) return panel.slice('paths:'.length).split('|').filter(Boolean);
  return [];
}

/** What the sheet shows after a change: the details when the selection changed to something, the panel when it opened. */
export function nextSheet(
  current: Sheet,
  before: { readonly selection: string; readonly panel: string },
  after: { readonly selection: string; readonly panel: string },
): Sheet {
  if (after.panel !== before.panel) return 'panel';
  if (after.selection !== before.selection) {
    if (!after.selection) return 'panel';
    // The panel's own subjects (the coverage panel's technology, the ends of the paths), selected with its answer,
    // are what the panel already shows.
    const subjects = panelSubjects(after.panel);
    if (after.selection.split(',').every((id) => subjects.includes(id))) return current;
    return 'details';
  }
  return current;
}

/** The sheet's current content and the way to switch it, following the selection and the open panel. */
export function useSheet(): readonly [Sheet, (sheet: Sheet) => void] {
  const selection = useAtlas((s) => s.history.present.selection.join(','));
  const panel = useAtlas((s) => {
    const p = s.history.present.panel;
    if (p.type === 'coverage') return `coverage:${p.tech}`;
    if (p.type === 'paths') return `paths:${p.from ?? ''}|${p.to ?? ''}`;
    return p.type;
  });
  const [sheet, setSheet] = useState<Sheet>(selection ? 'details' : 'panel');
  const seen = useRef({ selection, panel });
  useEffect(() => {
    // Read the previous values now: the updater runs later, after `seen` has moved on.
    const before = seen.current;
    const after = { selection, panel };
    setSheet((current) => nextSheet(current, before, after));
    seen.current = after;
  }, [selection, panel]);
  return [sheet, setSheet];
}
