import { describe, expect, it } from 'vitest';
import { savedLink } from '../components/savedviews/saved';
import { permalink } from '../export/permalink';
import { decodeView, encodeView, isNavigation } from './url';
import { INITIAL_VIEW, type ViewState } from './view';

const dated: ViewState = {
  ...INITIAL_VIEW,
  nodes: ['tech:nvidia-h100'],
  overview: false,
  panel: { type: 'coverage', tech: 'tech:nvidia-h100' },
  asOf: '2023-01-01',
};

describe('the as-of day in the URL', () => {
  it('is written as asOf=YYYY-MM-DD and read back', () => {
    const search = encodeView(dated);
    expect(search).toContain('&asOf=2023-01-01&');
    const decoded = decodeView(search);
    expect(decoded.view).toEqual(dated);
    expect(decoded.problems).toEqual([]);
  });

  it('is left out for today', () => {
    expect(encodeView({ ...dated, asOf: null })).not.toContain('asOf');
    expect(decodeView('?n=a&lang=en').view.asOf).toBeNull();
  });

  it('falls back to today on a value that is not a calendar day, and says so', () => {
    for (const raw of ['2023-02-30', 'yesterday', '2023-1-1', '2023']) {
      const decoded = decodeView(`?n=a&asOf=${raw}&lang=en`);
      expect(decoded.view.asOf).toBeNull();
      expect(decoded.problems).toEqual([{ part: 'asOf', value: raw }]);
    }
  });

  it('round-trips the matrix tab', () => {
    const matrix = { ...dated, panel: { type: 'matrix' } as const };
    expect(encodeView(matrix)).toContain('tab=matrix');
    expect(decodeView(encodeView(matrix)).view).toEqual(matrix);
  });

  it('keeps its day in a permalink and in a saved view’s link', () => {
    const href = `https://atlas.example/${encodeView(dated)}`;
    const link = permalink(href, 'abcdef0123456789');
    expect(decodeView(new URL(link).search).view.asOf).toBe('2023-01-01');
    const saved = savedLink(
      'https://atlas.example/?n=other',
      { id: '1', name: 'H100 in 2023', search: encodeView(dated), savedAt: '2026-01-01T00:00:00Z' },
      'abcdef',
    );
    expect(decodeView(new URL(saved).search).view.asOf).toBe('2023-01-01');
  });

  it('makes another day a navigation, so the back button returns to the day before', () => {
    expect(isNavigation(dated, { ...dated, asOf: '2022-09-01' })).toBe(true);
    expect(isNavigation(dated, { ...dated, asOf: '2023-01-01' })).toBe(false);
  });
});
