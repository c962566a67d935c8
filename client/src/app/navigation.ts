/** A node named in a panel or a list: selected and centered when drawn, else added to the view. */
import { open, select } from '../core/view/actions';
import { selectVisible } from '../core/selectors';
import { atlas } from '../core/store';
import type { NodeInfo } from '../state/types';
import { centerLater } from './canvas';

export function selectAndCenter(ids: readonly string[]): void {
  atlas.setState(select(ids));
  const [first] = ids;
  if (first) centerLater(first);
}

export function openNode(node: NodeInfo): void {
  if (selectVisible(atlas.getState()).has(node.id)) selectAndCenter([node.id]);
  else atlas.setState(open(node));
}
