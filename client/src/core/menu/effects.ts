/** Carries out what was chosen in the context menu (items.ts), through the same actions as the rest of the explorer. */
import { traceCoverage } from '../coverage/effects';
import { openGroup } from '../graph/actions';
import { expand } from '../graph/effects';
import { EXPAND_CAP } from '../graph/actions';
import { atlas } from '../store';
import { hide, pin, select, setPanel } from '../view/actions';
import { closeMenu, hideEdge, showEdges } from './actions';
import type { MenuCommand } from './items';

export function perform(command: MenuCommand): void {
  atlas.setState(closeMenu);
  switch (command.type) {
    case 'expand':
      expand(command.id, command.types, EXPAND_CAP, command.depth);
      return;
    case 'openGroup':
      atlas.setState(openGroup(command.id));
      return;
    case 'paths':
      atlas.setState(setPanel({ type: 'paths', from: command.id, to: null }));
      return;
    case 'coverage':
      traceCoverage(command.id);
      return;
    case 'hide':
      atlas.setState(hide(command.ids));
      return;
    case 'pin':
      atlas.setState(pin([command.id], command.pinned));
      return;
    case 'select':
    case 'showSources':
      atlas.setState(select(command.type === 'select' ? command.ids : [command.id]));
      return;
    case 'hideEdge':
      atlas.setState(hideEdge(command.id));
      return;
    case 'showEdges':
      atlas.setState(showEdges);
      return;
  }
}
