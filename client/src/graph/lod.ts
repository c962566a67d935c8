/**
 * Level of detail: when a view is large enough to be drawn for speed, which nodes are hubs (their labels are larger
 * and stay drawn further out, the rest appear as you zoom in), and where a label may wrap. Pure, so it is unit-tested; the stylesheet (style.ts)
 * and the canvas (apply.ts) use it.
 */

/**
 * Views at least this large are drawn for speed: lighter styling (straight edges), a texture while panning and
 * zooming, no edges while the view moves, and no hover mark (restyling one node redraws every element).
 */
export const LARGE_VIEW_ELEMENTS = 1000;

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

/**
 * How long a node's caption on the canvas may be, in widths of a Latin letter (a Chinese character counts as two):
 * about three wrapped lines. A few report titles ran to ten lines or more and took the room of five nodes each; the
 * full name is in the tooltip, the details and the Outline.
 */
export const CAPTION_MAX = 44;
/**
 * Names are cut short only on views of more nodes than this (the start page's 60): a coverage trace or a path
 * result has room for whole names, and there the names are what the reader came for.
 */
export const CAPTION_MIN_NODES = 30;

const units = (ch: string) => (CJK.test(ch) ? 2 : 1);

/** The name as the canvas shows it: whole when short, otherwise cut after a word (anywhere in Chinese) with "…". */
export function caption(label: string, max = CAPTION_MAX): string {
  // By code point, so that a character outside the basic plane is never cut in half.
  const chars = Array.from(label);
  if (chars.reduce((n, ch) => n + units(ch), 0) <= max) return label;
  let used = 1; // the ellipsis
  let end = 0;
  while (end < chars.length && used + units(chars[end] ?? '') <= max) used += units(chars[end++] ?? '');
  let cut = chars.slice(0, end).join('');
  // Latin names are cut after a whole word, unless that would lose most of the line.
  const space = cut.lastIndexOf(' ');
  if (!hasCjk(cut) && space > max * 0.6) cut = cut.slice(0, space);
  return `${cut.replace(/[\s,;:–—(-]+$/u, '')}…`;
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

/**
 * Whether Cytoscape draws a label at this zoom. It does not compare the label's on-screen size with
 * `min-zoomed-font-size` directly: it rounds the zoom (times the screen's pixel ratio) up to a power of two, the
 * texture level it draws at. So on a plain screen every label is drawn at zooms above 0.5 and 11 px labels with a
 * 7 px minimum disappear at 0.5 and below. The probe counts hidden labels by this rule, as they are drawn.
 */
export function labelDrawnAt(fontSize: number, minZoomedFontSize: number, zoom: number, pixelRatio: number): boolean {
  const level = Math.pow(2, Math.ceil(Math.log2(zoom * pixelRatio)));
  return fontSize * level >= minZoomedFontSize;
}
