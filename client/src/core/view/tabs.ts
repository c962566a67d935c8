/**
 * The panel each side tab opens. A tab opens what is at hand: the panel already open when it is that tab's (on a
 * phone it may sit behind the Details sheet, waiting for its answer), else the last results, else the selection.
 */
import type { Panel } from '../../state/types';
import { selectSelectedNodes } from '../selectors';
import type { AtlasState } from '../store';

export type TabId = Panel['type'];

/** The panel a tab opens, or null when it has nothing to show (coverage without a technology). */
export function tabTarget(state: AtlasState, id: TabId): Panel | null {
  const open = state.history.present.panel;
  // The open panel is kept as it is: its ends or technology may come from a link whose answer has not arrived.
  if (open.type === id) return open;
  const selected = selectSelectedNodes(state);
  switch (id) {
    case 'start':
      return { type: 'start' };
    case 'outline':
      return { type: 'outline' };
    case 'matrix':
      return { type: 'matrix' };
    case 'paths':
      return {
        type: 'paths',
        from: state.paths?.from ?? selected[0] ?? null,
        to: state.paths?.to ?? selected[1] ?? null,
      };
    case 'coverage': {
      const only = selected.length === 1 ? selected[0] : undefined;
      const tech = state.coverage?.tech ?? (only && state.data.nodes[only]?.kind === 'TECHNOLOGY' ? only : null);
      return tech ? { type: 'coverage', tech } : null;
    }
  }
}
