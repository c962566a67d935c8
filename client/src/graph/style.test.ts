import { describe, expect, it } from 'vitest';
import { graphStylesheet, LABEL_MAX_WIDTH, MIN_EDGE_LABEL_PX, MIN_HUB_LABEL_PX, MIN_NODE_LABEL_PX } from './style';
import { shapePath } from './shapes';
import { KIND_STYLES, kindStyle } from './kinds';

type Rule = { selector: string; style: Record<string, unknown> };
const rule = (sheet: unknown, selector: string) => (sheet as Rule[]).find((r) => r.selector === selector)?.style;

describe('graphStylesheet', () => {
  it('draws kinds by colour and shape and hides labels when zoomed out', () => {
    const sheet = graphStylesheet();
    expect(rule(sheet, 'node')).toMatchObject({
      'background-color': 'data(color)',
      shape: 'data(shape)',
      'min-zoomed-font-size': MIN_NODE_LABEL_PX,
    });
    expect(rule(sheet, 'edge')).toMatchObject({ label: 'data(label)', 'min-zoomed-font-size': MIN_EDGE_LABEL_PX });
  });

  it('toggles edge labels, but always labels highlighted and selected edges', () => {
    const sheet = graphStylesheet({ edgeLabels: false });
    expect(rule(sheet, 'edge')?.label).toBe('');
    expect(rule(sheet, 'edge.hl')?.label).toBe('data(label)');
    expect(rule(sheet, 'edge:selected')?.label).toBe('data(label)');
  });

  it('uses straight edges on large graphs', () => {
    expect(rule(graphStylesheet({ edgeLabels: true, large: true }), 'edge')?.['curve-style']).toBe('straight');
    expect(rule(graphStylesheet({ edgeLabels: true }), 'edge')?.['curve-style']).toBe('bezier');
  });

  it('styles highlight, fade, pinned and selection', () => {
    const selectors = (graphStylesheet() as Rule[]).map((r) => r.selector);
    for (const s of [
      'node.hl',
      'edge.hl',
      'node.faded',
      'edge.faded',
      'node.pinned',
      'node.hl.weak',
      'edge.hl.weak',
      'node:selected',
      'edge:selected',
    ]) {
      expect(selectors).toContain(s);
    }
  });
});

describe('labels', () => {
  it('wraps labels, Chinese anywhere and Latin at spaces', () => {
    const node = rule(graphStylesheet(), 'node');
    expect(node).toMatchObject({ 'text-wrap': 'wrap', 'text-max-width': `${LABEL_MAX_WIDTH}px` });
    const wrap = node?.['text-overflow-wrap'] as (n: { data: (key: string) => unknown }) => string;
    expect(wrap({ data: () => '美国商务部工业与安全局' })).toBe('anywhere');
    expect(wrap({ data: () => 'Bureau of Industry and Security' })).toBe('whitespace');
  });

  it('keeps hub labels drawn further out than the rest, and selected labels at any zoom', () => {
    const sheet = graphStylesheet();
    expect(MIN_HUB_LABEL_PX).toBeLessThan(MIN_NODE_LABEL_PX);
    expect(rule(sheet, 'node.hub')).toMatchObject({ 'min-zoomed-font-size': MIN_HUB_LABEL_PX });
    expect(rule(sheet, 'node:selected')).toMatchObject({ 'min-zoomed-font-size': 0 });
    // A highlighted label is coloured, never bolded: that would widen it past the room the layout made.
    expect(rule(sheet, 'node.hl')?.['font-weight']).toBeUndefined();
  });
});

describe('weak highlight', () => {
  it('draws what only a general measure reaches dashed, after the plain highlight so that it wins', () => {
    const sheet = graphStylesheet() as Rule[];
    expect(rule(sheet, 'edge.hl.weak')).toMatchObject({ 'line-style': 'dashed' });
    expect(rule(sheet, 'node.hl.weak')).toMatchObject({ 'border-style': 'dashed' });
    const at = (selector: string) => sheet.findIndex((r) => r.selector === selector);
    expect(at('edge.hl.weak')).toBeGreaterThan(at('edge.hl'));
    expect(at('node.hl.weak')).toBeGreaterThan(at('node.hl'));
  });
});

describe('kind shapes for the legend', () => {
  it('draws a closed SVG path for every kind’s shape', () => {
    for (const style of Object.values(KIND_STYLES)) {
      const d = shapePath(style.shape, 7);
      expect(d).toMatch(/^M[\d.,-]+/);
      expect(d.trim().endsWith('Z')).toBe(true);
      expect(d).not.toMatch(/NaN/);
    }
  });

  it('falls back to a grey ellipse for an unknown kind', () => {
    expect(kindStyle('NOPE')).toMatchObject({ color: '#999999', shape: 'ellipse' });
  });
});
