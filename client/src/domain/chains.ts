/**
 * Reads a path as a sentence chain — "NVIDIA H100 —is an example of→ GPU —is controlled by→ …" — and numbers
 * the sources cited along a set of paths, so each hop can carry citation markers [1], [2] that link to the quote.
 */
import { sourceKey, type Lang, type Source } from '#domain';
import { relationLabel } from '../i18n/I18n';
import { nodeName, type NodeInfo } from '../state/types';

export interface ChainEdge {
  readonly id: string;
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly note?: string | null;
  readonly sources?: readonly Source[];
}

export interface ChainPath {
  readonly nodes: readonly NodeInfo[];
  readonly edges: readonly ChainEdge[];
}

export interface ChainHop {
  readonly edge: ChainEdge;
  /** How the hop reads in the walking direction: the verb when the edge points forward, else its inverse. */
  readonly label: string;
  readonly direction: 'OUT' | 'IN';
  readonly to: NodeInfo;
  /** Citation numbers of this hop's sources (see numberCitations). */
  readonly citations: readonly number[];
}

export interface Chain {
  readonly start: NodeInfo;
  readonly hops: readonly ChainHop[];
}

export interface Citation extends Source {
  readonly n: number;
}

/** Numbers the distinct sources (by the domain's source identity) of all the paths' edges in reading order, from 1. */
export function numberCitations(paths: readonly ChainPath[]): {
  citations: Citation[];
  numberOf: (s: Source) => number;
} {
  const numbers = new Map<string, Citation>();
  for (const path of paths) {
    for (const edge of path.edges) {
      for (const source of edge.sources ?? []) {
        const key = sourceKey(source);
        if (!numbers.has(key)) numbers.set(key, { ...source, n: numbers.size + 1 });
      }
    }
  }
  return {
    citations: [...numbers.values()],
    numberOf: (s) => numbers.get(sourceKey(s))?.n ?? 0,
  };
}

export function toChain(path: ChainPath, lang: Lang, numberOf: (s: Source) => number = () => 0): Chain | null {
  const start = path.nodes[0];
  if (!start) return null;
  const hops: ChainHop[] = [];
  path.edges.forEach((edge, i) => {
    const here = path.nodes[i];
    const next = path.nodes[i + 1];
    if (!here || !next) return;
    const direction = edge.from === here.id ? 'OUT' : 'IN';
    hops.push({
      edge,
      label: relationLabel(edge.type, direction, lang),
      direction,
      to: next,
      citations: [...new Set((edge.sources ?? []).map(numberOf).filter((n) => n > 0))],
    });
  });
  return { start, hops };
}

/** The chain as one line of plain text, for tooltips, screen readers and the facts export. */
export function chainText(chain: Chain, lang: Lang): string {
  let text = nodeName(chain.start, lang);
  for (const hop of chain.hops) {
    const marks = hop.citations.map((n) => `[${n}]`).join('');
    text += ` —${hop.label}${marks}→ ${nodeName(hop.to, lang)}`;
  }
  return text;
}
