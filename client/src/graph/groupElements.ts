/** The "N more <kind>" groups of leaves (core/graph/groups.ts) as Cytoscape elements: a node and its tie to the anchor. */
import type { ElementDefinition } from 'cytoscape';
import type { LeafGroup } from '../core/graph/groups';
import type { Lang } from '../state/types';
import { kindStyle } from './kinds';

/** The id of the edge that ties a group to the node its leaves hang on. */
export function groupEdgeId(groupId: string): string {
  return `${groupId}:edge`;
}

export function groupElements(
  groups: readonly LeafGroup[],
  lang: Lang,
  label: (count: number, kindLabel: string) => string,
): ElementDefinition[] {
  return groups.flatMap((g): ElementDefinition[] => {
    const style = kindStyle(g.kind);
    return [
      {
        group: 'nodes',
        data: {
          id: g.id,
          label: label(g.members.length, style.label[lang]),
          caption: label(g.members.length, style.label[lang]),
          kind: g.kind,
          kindLabel: style.label[lang],
          color: style.color,
          shape: style.shape,
          members: g.members.length,
        },
        classes: 'group',
      },
      {
        group: 'edges',
        data: { id: groupEdgeId(g.id), source: g.anchor, target: g.id, type: 'GROUP', label: '', sentence: '' },
        classes: 'group-edge',
      },
    ];
  });
}
