/**
 * Large expansions without a hairball: when one node would gain more than GROUP_THRESHOLD leaves (new nodes whose
 * only known relationship in the picture is to that node), its leaves are gathered by kind into "N more <kind>"
 * group nodes, opened on demand. Also where each node of a deeper expansion came from, so that it starts near it.
 * Pure functions over graph data; the store keeps the groups and the canvas draws them as ordinary elements.
 */
import type { EdgeInfo } from '../../state/types';
import type { LeafGroup } from '../../state/view';

export type { LeafGroup } from '../../state/view';

/** More leaves than this on one node are grouped. */
export const GROUP_THRESHOLD = 12;

export const GROUP_PREFIX = 'group:';

export function groupId(anchor: string, kind: string): string {
  return `${GROUP_PREFIX}${anchor}:${kind}`;
}

export function isGroupId(id: string): boolean {
  return id.startsWith(GROUP_PREFIX);
}

/** Each node's distinct neighbours among `among`, from the edges whose ends are both in it. */
function neighbours(edges: readonly EdgeInfo[], among: ReadonlySet<string>): Map<string, Set<string>> {
  const result = new Map<string, Set<string>>();
  const add = (a: string, b: string) => {
    const set = result.get(a) ?? new Set<string>();
    set.add(b);
    result.set(a, set);
  };
  for (const e of edges) {
    if (e.from === e.to || !among.has(e.from) || !among.has(e.to)) continue;
    add(e.from, e.to);
    add(e.to, e.from);
  }
  return result;
}

export interface Expansion {
  /** Nodes the expansion returned that the view does not show yet. */
  readonly added: readonly string[];
  /** Nodes the view shows already. */
  readonly present: readonly string[];
  /** Every known relationship (those among the nodes above are used). */
  readonly edges: readonly EdgeInfo[];
  readonly kindOf: (id: string) => string | undefined;
  /** Groups kept from earlier expansions: their members count towards the threshold, and new leaves join them. */
  readonly existing?: readonly LeafGroup[];
  readonly threshold?: number;
}

/**
 * Which added nodes are drawn and which are gathered into groups. Leaves of a node past the threshold are grouped
 * by kind; a kind with a single leaf stays drawn, since a group of one hides nothing.
 */
export function groupLeaves(expansion: Expansion): { shown: string[]; groups: LeafGroup[] } {
  const { added, present, edges, kindOf, existing = [], threshold = GROUP_THRESHOLD } = expansion;
  const presentSet = new Set(present);
  const fresh = added.filter((id) => !presentSet.has(id));
  const near = neighbours(edges, new Set([...present, ...fresh]));
  const leavesOf = new Map<string, string[]>();
  for (const id of fresh) {
    const mine = near.get(id);
    const only = mine?.size === 1 ? [...mine][0] : undefined;
    if (only === undefined) continue;
    leavesOf.set(only, [...(leavesOf.get(only) ?? []), id]);
  }
  const groups = new Map(existing.map((g) => [g.id, g]));
  const grouped = new Set<string>();
  for (const [anchor, leaves] of leavesOf) {
    const already = existing.filter((g) => g.anchor === anchor).reduce((n, g) => n + g.members.length, 0);
    if (leaves.length + already <= threshold) continue;
    const byKind = new Map<string, string[]>();
    for (const id of leaves) {
      const kind = kindOf(id) ?? '';
      byKind.set(kind, [...(byKind.get(kind) ?? []), id]);
    }
    for (const [kind, members] of byKind) {
      const id = groupId(anchor, kind);
      const before = groups.get(id)?.members ?? [];
      if (before.length + members.length < 2) continue;
      groups.set(id, { id, anchor, kind, members: [...new Set([...before, ...members])] });
      for (const m of members) grouped.add(m);
    }
  }
  return { shown: fresh.filter((id) => !grouped.has(id)), groups: [...groups.values()] };
}

/**
 * Where each node of an expansion from `root` came from: the root for its direct neighbours, else a neighbour of
 * the root that links to it (the first in `added` order), so that a depth-2 node starts beside its parent.
 */
export function expansionAnchors(
  root: string,
  added: readonly string[],
  edges: readonly EdgeInfo[],
): Record<string, string> {
  const near = neighbours(edges, new Set([root, ...added]));
  const first = near.get(root) ?? new Set<string>();
  const anchors: Record<string, string> = {};
  for (const id of added) {
    if (id === root) continue;
    const mine = near.get(id);
    const parent = first.has(id) ? root : added.find((other) => first.has(other) && mine?.has(other));
    anchors[id] = parent ?? root;
  }
  return anchors;
}

/** The groups still worth drawing: their anchor is drawn, their kind not hidden, and some members are not shown. */
export function drawnGroups(
  groups: readonly LeafGroup[],
  drawn: ReadonlySet<string>,
  inView: ReadonlySet<string>,
  hiddenKinds: readonly string[],
): LeafGroup[] {
  const result: LeafGroup[] = [];
  for (const g of groups) {
    if (!drawn.has(g.anchor) || hiddenKinds.includes(g.kind)) continue;
    const members = g.members.filter((m) => !inView.has(m));
    if (members.length > 0) result.push(members.length === g.members.length ? g : { ...g, members });
  }
  return result;
}
