import { describe, expect, it } from 'vitest';
import { approximateMeasure, frameLayout, wrapText, type Measure } from './frameLayout';

/** Every character half as wide as the font size: widths are easy to reckon. */
const half: Measure = (text, size) => Array.from(text).length * size * 0.5;

const LEGEND = [
  { label: 'Technology', color: '#1f77b4', shape: 'round-rectangle' },
  { label: 'Regime', color: '#d62728', shape: 'hexagon' },
];

describe('wrapText', () => {
  it('breaks at spaces, never inside a word, and between CJK characters', () => {
    expect(wrapText('aaaa bbbb cccc', 40, 10, half)).toEqual(['aaaa', 'bbbb', 'cccc']);
    expect(wrapText('aaaa bbbb cccc', 50, 10, half)).toEqual(['aaaa bbbb', 'cccc']);
    expect(wrapText('一二三四五六', 20, 10, approximateMeasure)).toEqual(['一二', '三四', '五六']);
    expect(wrapText('averyveryverylongword', 20, 10, half)).toEqual(['averyveryverylongword']);
    expect(wrapText('', 20, 10, half)).toEqual([]);
  });
});

describe('frameLayout', () => {
  it('is the picture alone with a margin when there is nothing to add', () => {
    const layout = frameLayout(800, 400, { title: null, legend: [], footer: [] }, half);
    expect(layout).toEqual({
      width: 840,
      height: 440,
      image: { x: 20, y: 20, width: 800, height: 400 },
      texts: [],
      swatches: [],
    });
  });

  it('puts the title above, the legend between, the picture, then the footer, without overlap', () => {
    const layout = frameLayout(
      800,
      400,
      { title: 'Chips', legend: LEGEND, footer: ['Source: the report', 'Data version abc'] },
      half,
    );
    const [title, technology, regime, source, version] = layout.texts;
    expect(title).toMatchObject({ text: 'Chips', x: 20, bold: true, size: 20 });
    expect(layout.swatches.map((s) => s.color)).toEqual(['#1f77b4', '#d62728']);
    // One legend row: the second entry follows the first on the same line.
    expect(regime?.y).toBe(technology?.y);
    expect(regime?.x ?? 0).toBeGreaterThan((technology?.x ?? 0) + half('Technology', 12));
    expect(technology?.y ?? 0).toBeGreaterThan(title?.y ?? Infinity);
    expect(layout.image.y).toBeGreaterThan(technology?.y ?? Infinity);
    expect(source?.y ?? 0).toBeGreaterThan(layout.image.y + 400);
    expect(version?.y ?? 0).toBeGreaterThan(source?.y ?? Infinity);
    expect(layout.height).toBeGreaterThan((version?.y ?? Infinity) + 10);
    expect(layout.width).toBe(840);
  });

  it('wraps the legend into rows and long lines to the width, and widens a narrow picture', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({
      label: `Kind number ${String(i)}`,
      color: '#000',
      shape: 'ellipse',
    }));
    const layout = frameLayout(100, 100, { title: 'x '.repeat(80), legend: many, footer: [] }, half);
    expect(layout.width).toBe(520);
    expect(layout.image.x).toBe(210);
    const rows = new Set(layout.swatches.map((s) => s.y));
    expect(rows.size).toBeGreaterThan(1);
    for (const text of layout.texts) expect(text.x + half(text.text, text.size)).toBeLessThanOrEqual(500 + 1e-9);
    expect(layout.texts.filter((t) => t.bold).length).toBeGreaterThan(1);
  });

  it('scales every size and margin with the unit (a 2× PNG)', () => {
    const content = { title: 'Chips', legend: LEGEND, footer: ['Source'] };
    const one = frameLayout(400, 200, content, half, 1);
    const two = frameLayout(800, 400, content, half, 2);
    expect(two.width).toBe(one.width * 2);
    expect(two.height).toBe(one.height * 2);
    expect(two.texts.map((t) => t.size)).toEqual(one.texts.map((t) => t.size * 2));
    expect(two.image).toEqual({ x: one.image.x * 2, y: one.image.y * 2, width: 800, height: 400 });
  });
});
