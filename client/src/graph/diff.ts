/**
 * The element diff: what the canvas must remove, add and update to go from the elements it draws to the ones it
 * is given. Pure (plain data in, plain data out), so it is tested without a browser; the canvas applies the result
 * in one Cytoscape batch.
 */
import type { ElementDefinition, Position } from 'cytoscape';

/** One element as the canvas draws it now. */
export interface DrawnElement {
  readonly id: string;
  readonly isNode: boolean;
  readonly data: Readonly<Record<string, unknown>>;
  readonly pinned: boolean;
}

/** Changes to an element that stays: only the data keys whose value changed, and the pin when it changed. */
export interface ElementUpdate {
  readonly id: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly pinned?: boolean;
}

export interface ElementDiff {
  /** Drawn elements that are no longer wanted. */
  readonly remove: readonly string[];
  /** New elements, nodes first so that edges find their ends; a node drawn before comes back where it was. */
  readonly add: readonly ElementDefinition[];
  readonly update: readonly ElementUpdate[];
  /** New nodes with no known position: the layout places them. */
  readonly added: readonly string[];
  /** New nodes that were drawn before (undo, a recreated canvas) and come back at their last position. */
  readonly restored: readonly string[];
}

export function isPinned(def: ElementDefinition): boolean {
  const classes =
    typeof def.classes === 'string' ? def.classes : Array.isArray(def.classes) ? def.classes.join(' ') : '';
  return classes.includes('pinned');
}

export function diffElements(
  drawn: Iterable<DrawnElement>,
  wanted: readonly ElementDefinition[],
  knownPosition: (id: string) => Position | undefined,
): ElementDiff {
  const wantedById = new Map(wanted.map((e) => [String(e.data.id), e]));
  const drawnById = new Map<string, DrawnElement>();
  const remove: string[] = [];
  for (const element of drawn) {
    drawnById.set(element.id, element);
    if (!wantedById.has(element.id)) remove.push(element.id);
  }
  const nodes: ElementDefinition[] = [];
  const edges: ElementDefinition[] = [];
  const update: ElementUpdate[] = [];
  const added: string[] = [];
  const restored: string[] = [];
  for (const [id, def] of wantedById) {
    const existing = drawnById.get(id);
    if (existing) {
      const changed = updateOf(existing, def);
      if (changed) update.push(changed);
    } else if (def.group === 'nodes') {
      const known = knownPosition(id);
      if (known) restored.push(id);
      else added.push(id);
      nodes.push(known ? { ...def, position: { ...known } } : def);
    } else {
      edges.push(def);
    }
  }
  return { remove, add: [...nodes, ...edges], update, added, restored };
}

function updateOf(existing: DrawnElement, def: ElementDefinition): ElementUpdate | null {
  const data: Record<string, unknown> = {};
  let changes = 0;
  for (const [key, value] of Object.entries(def.data)) {
    if (existing.data[key] !== value) {
      data[key] = value;
      changes += 1;
    }
  }
  const pinned = isPinned(def);
  const pinChanged = existing.pinned !== pinned;
  if (changes === 0 && !pinChanged) return null;
  return pinChanged ? { id: existing.id, data, pinned } : { id: existing.id, data };
}
