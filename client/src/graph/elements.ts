/** Turns the visible nodes and edges into Cytoscape element definitions; pure, so it is tested without a browser. */
import type { ElementDefinition } from 'cytoscape';
import { relationPhrase, type Lang } from '#domain';
import { relationLabel } from '../i18n/I18n';
import { NODE_SIZE } from '../state/size';
import { nodeName, type EdgeInfo, type NodeInfo } from '../state/types';
import { kindStyle } from './kinds';
import { caption, CAPTION_MIN_NODES } from './lod';

export interface ElementOptions {
  readonly lang: Lang;
  readonly pinned?: ReadonlySet<string>;
  /** Node sizes by a chosen measure (state/size.ts); a node without one is drawn at NODE_SIZE. */
  readonly sizes?: ReadonlyMap<string, number>;
}

/** "NVIDIA H100 is an example of GPU"; in Chinese the verb's "…" stands for the object ("H100是GPU的实例"). */
export function sentence(subject: string, type: string, object: string, lang: Lang): string {
  return relationPhrase(subject, relationLabel(type, 'OUT', lang), object, lang);
}

/** Edges whose ends are not both present are dropped: Cytoscape would throw on them. */
export function toElements(
  nodes: readonly NodeInfo[],
  edges: readonly EdgeInfo[],
  options: ElementOptions = { lang: 'en' },
): ElementDefinition[] {
  const { lang, pinned, sizes } = options;
  const names = new Map(nodes.map((n) => [n.id, nodeName(n, lang)]));
  const shorten = nodes.length > CAPTION_MIN_NODES;
  const nodeElements: ElementDefinition[] = nodes.map((n) => {
    const style = kindStyle(n.kind);
    const isPinned = pinned?.has(n.id) ?? false;
    return {
      group: 'nodes',
      data: {
        id: n.id,
        label: names.get(n.id) ?? n.id,
        caption: shorten ? caption(names.get(n.id) ?? n.id) : (names.get(n.id) ?? n.id),
        kind: n.kind,
        kindLabel: style.label[lang],
        color: style.color,
        shape: style.shape,
        size: sizes?.get(n.id) ?? NODE_SIZE,
      },
      classes: isPinned ? 'pinned' : '',
    };
  });
  const edgeElements: ElementDefinition[] = edges
    .filter((e) => names.has(e.from) && names.has(e.to))
    .map((e) => ({
      group: 'edges',
      data: {
        id: e.id,
        source: e.from,
        target: e.to,
        type: e.type,
        label: relationLabel(e.type, 'OUT', lang),
        sentence: sentence(names.get(e.from) ?? e.from, e.type, names.get(e.to) ?? e.to, lang),
      },
    }));
  return [...nodeElements, ...edgeElements];
}
