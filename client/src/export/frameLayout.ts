/**
 * Where things go in a framed image export: the title above, the legend of the kinds drawn, the graph's picture,
 * then the source and data-version lines below. Pure: text widths come from a `measure` function, so the PNG
 * (drawn on a canvas) and the SVG (text elements) share one layout, and the layout is tested without a browser.
 */

export interface LegendEntry {
  readonly label: string;
  readonly color: string;
  /** A Cytoscape node shape (shapes.ts draws it). */
  readonly shape: string;
}

export interface FrameContent {
  /** Null or blank: no title. */
  readonly title: string | null;
  /** Empty: no legend. */
  readonly legend: readonly LegendEntry[];
  /** Lines under the picture (the source line, the data version); empty: none. */
  readonly footer: readonly string[];
}

/** The width of `text` set at `size` pixels. */
export type Measure = (text: string, size: number) => number;

export interface PlacedText {
  readonly text: string;
  /** Left edge and baseline. */
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly bold: boolean;
}

export interface PlacedSwatch {
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly color: string;
  readonly shape: string;
}

export interface FrameLayout {
  readonly width: number;
  readonly height: number;
  /** Where the graph's picture goes, at its own size. */
  readonly image: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
  readonly texts: readonly PlacedText[];
  readonly swatches: readonly PlacedSwatch[];
}

/** Sizes at scale 1, in CSS pixels. */
const PAD = 20;
const MIN_WIDTH = 520;
const TITLE = 20;
const LEGEND = 12;
const FOOTER = 11;
const GAP = 12;
const LINE = 1.35;
const SWATCH_GAP = 6;
const ENTRY_GAP = 16;

/** A rough width for when no canvas can measure: CJK characters are square, others about half as wide. */
export const approximateMeasure: Measure = (text, size) =>
  Array.from(text).reduce(
    (w, ch) => w + (/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u.test(ch) ? size : size * 0.56),
    0,
  );

/** Splits text into lines no wider than `max`: at spaces, and between any two CJK characters. */
export function wrapText(text: string, max: number, size: number, measure: Measure): string[] {
  const tokens = text.match(
    /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+|\s+/gu,
  );
  const lines: string[] = [];
  let line = '';
  for (const token of tokens ?? []) {
    const next = line + token;
    if (line.trim() !== '' && measure(next.trimEnd(), size) > max) {
      lines.push(line.trimEnd());
      line = /^\s+$/u.test(token) ? '' : token;
    } else {
      line = next;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

/**
 * The frame around a picture of `imageWidth`×`imageHeight` output pixels; `unit` is the output pixels per CSS
 * pixel (the PNG's scale), so text keeps its size relative to the graph's labels.
 */
export function frameLayout(
  imageWidth: number,
  imageHeight: number,
  content: FrameContent,
  measure: Measure = approximateMeasure,
  unit = 1,
): FrameLayout {
  const pad = PAD * unit;
  const width = Math.ceil(Math.max(imageWidth + 2 * pad, MIN_WIDTH * unit));
  const inner = width - 2 * pad;
  const texts: PlacedText[] = [];
  const swatches: PlacedSwatch[] = [];
  let y = pad;

  const title = content.title?.trim() ?? '';
  if (title) {
    const size = TITLE * unit;
    for (const line of wrapText(title, inner, size, measure)) {
      texts.push({ text: line, x: pad, y: y + size, size, bold: true });
      y += size * LINE;
    }
    y += GAP * unit * 0.5;
  }

  if (content.legend.length > 0) {
    const size = LEGEND * unit;
    const swatch = size * 1.1;
    const rowHeight = Math.max(swatch, size) * LINE;
    let x = pad;
    for (const entry of content.legend) {
      const entryWidth = swatch + SWATCH_GAP * unit + measure(entry.label, size);
      if (x > pad && x + entryWidth > pad + inner) {
        x = pad;
        y += rowHeight;
      }
      swatches.push({ x, y: y + (rowHeight - swatch) / 2, size: swatch, color: entry.color, shape: entry.shape });
      texts.push({
        text: entry.label,
        x: x + swatch + SWATCH_GAP * unit,
        y: y + rowHeight / 2 + size * 0.35,
        size,
        bold: false,
      });
      x += entryWidth + ENTRY_GAP * unit;
    }
    y += rowHeight + GAP * unit * 0.5;
  }

  const image = { x: Math.round((width - imageWidth) / 2), y: Math.round(y), width: imageWidth, height: imageHeight };
  y = image.y + imageHeight;

  if (content.footer.length > 0) {
    y += GAP * unit * 0.5;
    const size = FOOTER * unit;
    for (const text of content.footer) {
      for (const line of wrapText(text, inner, size, measure)) {
        texts.push({ text: line, x: pad, y: y + size, size, bold: false });
        y += size * LINE;
      }
    }
  }
  return { width, height: Math.ceil(y + pad), image, texts, swatches };
}
