import { describe, expect, it } from 'vitest';
import { REPORT_SOURCE } from '../../tests/unit/helpers/export-fixture';
import { sourceKey, type Source } from './source';

// The serializer tests' source, with the translations the loader adds.
const REPORT: Source = { ...REPORT_SOURCE, sectionEn: 'Measures', quoteEn: 'recognised by 42 states' };

describe('sourceKey', () => {
  it('is the same for a source whatever its looked-up titles and translations', () => {
    const bare: Source = { ...REPORT, documentZh: undefined, sectionEn: undefined, quoteEn: undefined };
    expect(sourceKey({ ...REPORT, document: 'Another title', documentZh: null })).toBe(sourceKey(REPORT));
    expect(sourceKey(bare)).toBe(sourceKey(REPORT));
    expect(sourceKey({ ...REPORT, note: undefined })).toBe(sourceKey(REPORT));
  });

  it('tells apart sources that differ in anything a citation shows of its own', () => {
    const variants: Source[] = [
      { ...REPORT, documentId: 'doc:other' },
      { ...REPORT, section: null },
      { ...REPORT, footnote: 16 },
      { ...REPORT, footnote: null },
      { ...REPORT, quote: '其他' },
      { ...REPORT, url: 'https://example.org/' },
      { ...REPORT, supplementary: true },
      { ...REPORT, note: 'checked 2025' },
    ];
    const keys = new Set([REPORT, ...variants].map(sourceKey));
    expect(keys.size).toBe(variants.length + 1);
  });

  it('does not confuse a missing section with an empty one or a field boundary', () => {
    expect(sourceKey({ ...REPORT, section: '' })).not.toBe(sourceKey({ ...REPORT, section: null }));
    expect(sourceKey({ ...REPORT, section: 'a|b', quote: 'c' })).not.toBe(
      sourceKey({ ...REPORT, section: 'a', quote: 'b|c' }),
    );
  });
});
