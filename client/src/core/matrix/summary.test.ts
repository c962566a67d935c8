import { describe, expect, it } from 'vitest';
import { matrix } from '../../test/matrix';
import { markdownCell, matrixMarkdown, matrixSummary } from './summary';

const words = {
  heading: 'Coverage matrix (as of 2023-01-01)',
  technology: 'Technology',
  category: 'Category',
  strongest: 'Strongest',
  coveredBy: 'Covered by',
  gap: 'gap',
  none: 'none',
  basis: { NAMED: 'Named', CATEGORY: 'Category', GENERAL: 'General' },
};

describe('the matrix in a briefing', () => {
  it('sums each technology up, strongest instrument first', () => {
    const h100 = matrixSummary(matrix, 'en')[1];
    expect(h100?.coveredBy.map((c) => c.basis)).toEqual(['NAMED', 'CATEGORY', 'GENERAL']);
    expect(h100?.coveredBy[0]?.name).toBe('US rule of 2022');
  });

  it('writes a Markdown table with gaps marked', () => {
    const md = matrixMarkdown(matrixSummary(matrix, 'en'), words);
    expect(md).toContain('## Coverage matrix (as of 2023-01-01)');
    expect(md).toContain('| Model weights (gap) | AI models | General | Catch-all control (General) |');
  });

  it('escapes what would break a table cell', () => {
    expect(markdownCell('a | b\nc')).toBe('a \\| b c');
  });
});
