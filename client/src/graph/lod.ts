/**
 * Level of detail for node labels: which nodes are hubs (their labels are larger and stay drawn further out, the
 * rest appear as you zoom in), and where a label may wrap. Pure, so it is unit-tested; the stylesheet (style.ts)
 * and the canvas (apply.ts) use it.
 */

/** Han, kana, hangul and CJK punctuation: scripts written without spaces between words. */
const CJK = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;

export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

/**
 * Cytoscape wraps at spaces only; a Chinese name has none, so it may break anywhere. A Latin name keeps its
 * words whole.
 */
export function labelOverflowWrap(label: unknown): 'anywhere' | 'whitespace' {
  return typeof label === 'string' && hasCjk(label) ? 'anywhere' : 'whitespace';
}

/** A node needs at least this many links to be a hub. */
export const HUB_MIN_DEGREE = 4;
/** At most this share of the nodes are hubs. */
export const HUB_SHARE = 0.15;

/**
 * The best-connected nodes: at most HUB_SHARE of them (at least one), each with HUB_MIN_DEGREE links or more.
 * Ties are broken by id, so the same picture always has the same hubs.
 */
export function hubIds(degrees: readonly { readonly id: string; readonly degree: number }[]): Set<string> {
  const ranked = degrees
    .filter((d) => d.degree >= HUB_MIN_DEGREE)
    .sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id));
  const count = Math.max(1, Math.floor(degrees.length * HUB_SHARE));
  return new Set(ranked.slice(0, count).map((d) => d.id));
}
